/**
 * What a change deletes that the current rules keep, from one listing of the bucket: the live and
 * the proposed rules are projected over the same objects (and the same tags), and an entry counts
 * when the proposed rules expire it and the live ones never do. Pure.
 *
 * Every expiry counts as a deletion, a delete marker included: on a versioned bucket it hides the
 * object from every reader, which is what the person approving the change needs to know. An object
 * whose fate under the live rules depends on tags that were not read counts as kept by them (so
 * the change is charged with it: the gate errs on the side of asking).
 */
import { normalizeConfiguration } from '../diff/normalize.js';
import { projectExpiry, type ExpiryProjection, type TagLookup } from '../plan/expiry.js';
import type { DeletionSummary } from '../report/pr-types.js';
import type { LifecycleJson } from '../s3/convert.js';
import type { Listing } from '../s3/listing.js';

/** Prefixes listed under "Where" in the comment. */
export const TOP_PREFIXES = 5;

export interface DeletionProjection {
  deleted: DeletionSummary;
  /** Entries whose fate under the proposed rules depends on tags that were not read. */
  undetermined: number;
  /** The listing stopped before the end of the bucket: the figures are a lower bound. */
  partial: boolean;
}

export function newlyDeleted(
  listing: Listing,
  tagsOf: TagLookup,
  live: LifecycleJson | null | undefined,
  proposed: LifecycleJson,
  now: Date,
  versioned: boolean,
): DeletionProjection {
  const project = (config: LifecycleJson) => projectExpiry(normalizeConfiguration(config), listing, tagsOf, now, versioned);
  const before = expiredEntries(project(live ?? { Rules: [] }));
  const after = project(proposed);
  const deleted: DeletionSummary = { objects: 0, bytes: 0, topPrefixes: [], listed: listing.objects.length };
  const byPrefix = new Map<string, { objects: number; bytes: number }>();
  for (const rule of after.rules) {
    for (const o of rule.objects) {
      if (before.has(entryKey(o.key, o.versionId))) continue;
      deleted.objects++;
      deleted.bytes += o.size;
      const p = prefixOf(o.key);
      const acc = byPrefix.get(p) ?? { objects: 0, bytes: 0 };
      acc.objects++;
      acc.bytes += o.size;
      byPrefix.set(p, acc);
    }
  }
  deleted.topPrefixes = [...byPrefix]
    .map(([prefix, v]) => ({ prefix, ...v }))
    .sort((a, b) => b.bytes - a.bytes || b.objects - a.objects || (a.prefix < b.prefix ? -1 : 1))
    .slice(0, TOP_PREFIXES);
  const undetermined = after.undetermined + after.rules.reduce((n, r) => n + r.unknown, 0);
  return { deleted, undetermined, partial: listing.truncated };
}

function expiredEntries(p: ExpiryProjection): Set<string> {
  return new Set(p.rules.flatMap((r) => r.objects.map((o) => entryKey(o.key, o.versionId))));
}

function entryKey(key: string, versionId: string | undefined): string {
  return `${versionId ?? ''}\u0000${key}`;
}

/** The first two levels of a key ("runs/2026/"), enough to say where the data is. */
export function prefixOf(key: string): string {
  const parts = key.split('/');
  if (parts.length === 1) return '(top level)';
  return parts.slice(0, Math.min(2, parts.length - 1)).join('/') + '/';
}
