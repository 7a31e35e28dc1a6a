/**
 * The only writes `lifeguard orphans` makes to a bucket: adding the quarantine tag to orphans and
 * removing it from objects the registry references again, each keeping the object's other tags.
 * Every object is decided on its own tags at the moment it is tagged: an object a protect entry's
 * tags cover is never tagged. Failures are collected per object; nothing is deleted here.
 */
import { MAX_TAGS_PER_OBJECT } from '../model/s3-limits.js';
import { QUARANTINE_TAG } from '../quarantine/record.js';
import { referencesObject, type Reference } from '../model-registry/reference.js';
import type { S3Access } from '../s3/client.js';
import { readObjectTags } from '../s3/listing.js';
import type { BucketRef } from '../s3/state.js';
import { changeTag, headObject } from '../s3/tagging.js';
import type { StoredObject } from './classify.js';
import { changedSince } from './recheck.js';
import type { ObjectProblem } from './report.js';
import { failureText } from '../plan/plan.js';

import { TAG_CONCURRENCY } from './limits.js';

export { TAG_CONCURRENCY };

export interface TagOutcome {
  tagged: StoredObject[];
  skipped: ObjectProblem[];
  failed: ObjectProblem[];
}

export interface QuarantineCall {
  /** The tag value (the batch's day). */
  day: string;
  /** Protect entries that decide by tags. */
  protect: readonly Reference[];
  /** The object must still be older than this (ms) when it is read again. */
  olderThanMs?: number;
  /** Objects worked on at once (default TAG_CONCURRENCY). */
  concurrency?: number;
  /** Called as soon as an object carries the tag (the resumable sweep's journal); awaited before the object counts as tagged. */
  onTagged?: (o: StoredObject) => Promise<void>;
}

export async function tagOrphans(
  s3: S3Access,
  ref: BucketRef,
  orphans: readonly StoredObject[],
  call: QuarantineCall,
): Promise<TagOutcome> {
  const out: TagOutcome = { tagged: [], skipped: [], failed: [] };
  await eachLimited(orphans, call.concurrency ?? TAG_CONCURRENCY, async (o) => {
    try {
      // Read again: an object rewritten (or gone) since the listing is not the one that was judged.
      const now = await headObject(s3, ref, o.key);
      const changed = changedSince(o, now);
      if (changed || !now) return void out.skipped.push({ key: o.key, reason: changed ?? 'gone' });
      if (call.olderThanMs !== undefined && now.lastModified.getTime() > call.olderThanMs)
        return void out.skipped.push({ key: o.key, reason: `younger than the minimum age (${now.lastModified.toISOString()})` });
      const object: StoredObject = { ...o, storageClass: now.storageClass, ...(now.versionId ? { versionId: now.versionId } : {}) };
      // On a versioned bucket only the version that was checked is tagged, never a newer upload.
      // An object that already carries this batch's tag (a run interrupted before it was journaled) is not written again.
      const change = await changeTag(
        s3,
        ref,
        o.key,
        { set: [QUARANTINE_TAG, call.day] },
        (tags) => refusal(o.key, tags, call.protect),
        now.versionId,
      );
      if (change.kind === 'refused') return void out.skipped.push({ key: o.key, reason: change.reason });
      await call.onTagged?.(object);
      out.tagged.push(object);
    } catch (err) {
      out.failed.push({ key: o.key, reason: failureText(err) });
    }
  });
  out.tagged.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return out;
}

function refusal(key: string, tags: ReadonlyMap<string, string>, protect: readonly Reference[]): string | undefined {
  const by = protect.find((r) => referencesObject(r, key, tags));
  if (by) return `${by.protectedBy ?? by.written} covers it (by its tags)`;
  if (!tags.has(QUARANTINE_TAG) && tags.size >= MAX_TAGS_PER_OBJECT)
    return `it carries ${MAX_TAGS_PER_OBJECT} tags already, the most S3 allows, so ${QUARANTINE_TAG} cannot be added`;
  return undefined;
}

export async function untag(
  s3: S3Access,
  ref: BucketRef,
  keys: readonly string[],
): Promise<{ released: string[]; failed: ObjectProblem[] }> {
  const released: string[] = [];
  const failed: ObjectProblem[] = [];
  await eachLimited(keys, TAG_CONCURRENCY, async (key) => {
    try {
      await changeTag(s3, ref, key, { remove: QUARANTINE_TAG });
      released.push(key);
    } catch (err) {
      failed.push({ key, reason: failureText(err) });
    }
  });
  return { released: released.sort(), failed };
}

/**
 * Orphans under a tag-deciding protect entry, split by their tags (read now). An object whose tags
 * cannot be read is left out of the orphans: unknown tags might be protected ones.
 */
export async function splitByProtectTags(
  s3: S3Access,
  ref: BucketRef,
  orphans: readonly StoredObject[],
  protect: readonly Reference[],
): Promise<{ kept: StoredObject[]; protectedObjects: StoredObject[]; failed: ObjectProblem[] }> {
  const protectedObjects: StoredObject[] = [];
  const failed: ObjectProblem[] = [];
  const candidates = orphans.filter((o) => protect.some((r) => referencesObject(r, o.key)));
  await eachLimited(candidates, TAG_CONCURRENCY, async (o) => {
    try {
      const tags = await readObjectTags(s3, ref, o.key);
      if (protect.some((r) => referencesObject(r, o.key, tags))) protectedObjects.push(o);
    } catch (err) {
      failed.push({ key: o.key, reason: failureText(err) });
    }
  });
  const out = new Set([...protectedObjects.map((o) => o.key), ...failed.map((f) => f.key)]);
  return { kept: orphans.filter((o) => !out.has(o.key)), protectedObjects, failed };
}

/** At most `limit` items in flight at once: bounded memory and requests, whatever the count. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
}
