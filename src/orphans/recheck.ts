/**
 * Whether an object is still the one the sweep judged: before it is tagged, it is read again
 * (HeadObject) and left alone when it is gone, or when its ETag, size or LastModified differ from
 * what the inventory or listing said (it was overwritten, so the registry's decision was about
 * another object). LastModified is compared to the second, HTTP's precision; ETags without their
 * quotes. Pure.
 */
import type { HeadedObject } from '../s3/tagging.js';
import type { StoredObject } from './classify.js';

export function changedSince(judged: StoredObject, now: HeadedObject | undefined): string | undefined {
  if (!now) return 'gone since it was listed';
  const diffs: string[] = [];
  if (judged.eTag !== undefined && now.eTag !== undefined && bare(judged.eTag) !== bare(now.eTag))
    diffs.push(`ETag ${bare(judged.eTag)} → ${bare(now.eTag)}`);
  if (judged.size !== now.size) diffs.push(`size ${judged.size} → ${now.size} bytes`);
  if (seconds(judged.lastModified) !== seconds(now.lastModified))
    diffs.push(`LastModified ${iso(judged.lastModified)} → ${iso(now.lastModified)}`);
  return diffs.length
    ? `changed since it was listed (${diffs.join(', ')}), so the registry's decision may be about another object`
    : undefined;
}

function bare(eTag: string): string {
  return eTag.replace(/^W\//, '').replace(/^"|"$/g, '');
}

function seconds(d: Date): number {
  return Math.floor(d.getTime() / 1000);
}

function iso(d: Date): string {
  return d.toISOString().replace('.000Z', 'Z');
}
