/**
 * Object tags written by `lifeguard orphans`: add or remove one tag while keeping every other tag
 * the object carries (PutObjectTagging replaces the whole set, so the set is read first). Tags
 * belong to the current version when no version is named.
 */
import type { S3Access } from './client.js';
import { s3Failure } from './errors.js';
import { readObjectTags } from './listing.js';
import { bucketInput, type BucketRef } from './state.js';

export type TagChange =
  | { kind: 'tagged' | 'untagged' | 'unchanged'; tags: ReadonlyMap<string, string> }
  | { kind: 'refused'; reason: string; tags: ReadonlyMap<string, string> };

/** The tags after the change; `decide` sees the current tags and may refuse (e.g. a protect entry's tag, too many tags). */
export async function changeTag(
  s3: S3Access,
  ref: BucketRef,
  key: string,
  change: { set: [string, string] } | { remove: string },
  decide: (tags: ReadonlyMap<string, string>) => string | undefined = () => undefined,
  /** Tag this version only (on a versioned bucket: the version that was checked, not a newer one). */
  versionId?: string,
): Promise<TagChange> {
  const tags = await readObjectTags(s3, ref, key, versionId);
  const refusal = decide(tags);
  if (refusal !== undefined) return { kind: 'refused', reason: refusal, tags };
  const next = new Map(tags);
  if ('set' in change) {
    if (tags.get(change.set[0]) === change.set[1]) return { kind: 'unchanged', tags };
    next.set(change.set[0], change.set[1]);
  } else {
    if (!tags.has(change.remove)) return { kind: 'unchanged', tags };
    next.delete(change.remove);
  }
  await writeTags(s3, ref, key, next, versionId);
  return { kind: 'set' in change ? 'tagged' : 'untagged', tags: next };
}

async function writeTags(s3: S3Access, ref: BucketRef, key: string, tags: ReadonlyMap<string, string>, versionId?: string): Promise<void> {
  const operation = tags.size ? 'PutObjectTagging' : 'DeleteObjectTagging';
  try {
    if (tags.size) {
      const TagSet = [...tags].map(([Key, Value]) => ({ Key, Value }));
      await s3.client.send(
        new s3.sdk.PutObjectTaggingCommand({ ...bucketInput(ref), Key: key, VersionId: versionId, Tagging: { TagSet } }),
      );
    } else {
      await s3.client.send(new s3.sdk.DeleteObjectTaggingCommand({ ...bucketInput(ref), Key: key, VersionId: versionId }));
    }
  } catch (err) {
    throw s3Failure(err, operation, ref.bucket);
  }
}

/** The object as it is now, or undefined when it is gone (an inventory can be a day or more old). */
export interface HeadedObject {
  size: number;
  lastModified: Date;
  storageClass: string;
  eTag?: string;
  /** Set on versioned buckets: the current version. */
  versionId?: string;
}

export async function headObject(s3: S3Access, ref: BucketRef, key: string): Promise<HeadedObject | undefined> {
  try {
    const out = await s3.client.send(new s3.sdk.HeadObjectCommand({ ...bucketInput(ref), Key: key }));
    return {
      size: out.ContentLength ?? 0,
      lastModified: out.LastModified ?? new Date(0),
      storageClass: out.StorageClass ?? 'STANDARD',
      ...(out.ETag ? { eTag: out.ETag } : {}),
      ...(out.VersionId && out.VersionId !== 'null' ? { versionId: out.VersionId } : {}),
    };
  } catch (err) {
    const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404) return undefined;
    throw s3Failure(err, 'HeadObject', ref.bucket);
  }
}
