/**
 * Object listings for plans and projections: ListObjectsV2 for current objects, or
 * ListObjectVersions on versioned buckets (every version and delete marker). Bounded by a limit so
 * a plan on a huge bucket stays quick; the result says when it stopped early. Object tags are read
 * one object at a time and only when a rule filters on tags.
 */
import type { S3Access } from './client.js';
import { s3Failure } from './errors.js';
import { bucketInput, type BucketRef } from './state.js';

export interface ListedObject {
  key: string;
  size: number;
  lastModified: Date;
  storageClass: string;
  /** Set by ListObjectVersions ('null' for objects written before versioning). */
  versionId?: string;
  /** False for noncurrent versions. Always true from ListObjectsV2. */
  isLatest: boolean;
  deleteMarker: boolean;
  /** As S3 lists it (quoted). */
  eTag?: string;
}

export interface Listing {
  objects: ListedObject[];
  /** True when the limit stopped the listing before the end of the bucket. */
  truncated: boolean;
  /** True when the listing holds versions (ListObjectVersions). */
  versions: boolean;
}

export interface ListOptions {
  /** Stop after this many entries (versions and delete markers count). */
  limit: number;
  prefix?: string;
  versions?: boolean;
}

/** Entries a plan lists by default: ten 1,000-key pages. */
export const DEFAULT_LIST_LIMIT = 10_000;
const PAGE = 1000;

export async function listBucket(s3: S3Access, ref: BucketRef, options: ListOptions): Promise<Listing> {
  const objects: ListedObject[] = [];
  const { truncated } = await forEachListedPage(s3, ref, options, (page) => {
    for (const o of page) objects.push(o);
  });
  return { objects, truncated, versions: !!options.versions };
}

/**
 * Walks the listing one page at a time (up to 1,000 entries), for callers that fold objects as they
 * come (the cost projection) rather than keep them. ListObjectVersions pages hold versions, then
 * delete markers.
 */
export async function forEachListedPage(
  s3: S3Access,
  ref: BucketRef,
  options: { limit?: number; prefix?: string; versions?: boolean },
  onPage: (page: ListedObject[]) => void,
): Promise<{ truncated: boolean }> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  let seen = 0;
  const room = () => Math.max(1, Math.min(PAGE, limit - seen));
  const operation = options.versions ? 'ListObjectVersions' : 'ListObjectsV2';
  let more = false;
  try {
    if (!options.versions) {
      let token: string | undefined;
      do {
        const out = await s3.client.send(
          new s3.sdk.ListObjectsV2Command({ ...bucketInput(ref), ContinuationToken: token, Prefix: options.prefix, MaxKeys: room() }),
        );
        const page: ListedObject[] = [];
        for (const o of out.Contents ?? []) {
          if (o.Key === undefined) continue;
          page.push({
            key: o.Key,
            size: o.Size ?? 0,
            lastModified: o.LastModified ?? new Date(0),
            storageClass: o.StorageClass ?? 'STANDARD',
            isLatest: true,
            deleteMarker: false,
            ...(o.ETag ? { eTag: o.ETag } : {}),
          });
        }
        seen += page.length;
        onPage(page);
        token = out.IsTruncated ? out.NextContinuationToken : undefined;
        more = token !== undefined;
      } while (more && seen < limit);
    } else {
      let keyMarker: string | undefined;
      let versionMarker: string | undefined;
      do {
        const out = await s3.client.send(
          new s3.sdk.ListObjectVersionsCommand({
            ...bucketInput(ref),
            KeyMarker: keyMarker,
            VersionIdMarker: versionMarker,
            Prefix: options.prefix,
            MaxKeys: room(),
          }),
        );
        const page: ListedObject[] = [];
        for (const v of out.Versions ?? []) {
          if (v.Key === undefined) continue;
          page.push({
            key: v.Key,
            size: v.Size ?? 0,
            lastModified: v.LastModified ?? new Date(0),
            storageClass: v.StorageClass ?? 'STANDARD',
            versionId: v.VersionId,
            isLatest: v.IsLatest ?? false,
            deleteMarker: false,
            ...(v.ETag ? { eTag: v.ETag } : {}),
          });
        }
        for (const m of out.DeleteMarkers ?? []) {
          if (m.Key === undefined) continue;
          page.push({
            key: m.Key,
            size: 0,
            lastModified: m.LastModified ?? new Date(0),
            storageClass: '',
            versionId: m.VersionId,
            isLatest: m.IsLatest ?? false,
            deleteMarker: true,
          });
        }
        seen += page.length;
        onPage(page);
        more = !!out.IsTruncated;
        keyMarker = out.NextKeyMarker;
        versionMarker = out.NextVersionIdMarker;
      } while (more && seen < limit);
    }
  } catch (err) {
    throw s3Failure(err, operation, ref.bucket);
  }
  return { truncated: more };
}

/** An object's tags as a map; the version's tags when a version is named. */
export async function readObjectTags(s3: S3Access, ref: BucketRef, key: string, versionId?: string): Promise<Map<string, string>> {
  try {
    const out = await s3.client.send(new s3.sdk.GetObjectTaggingCommand({ ...bucketInput(ref), Key: key, VersionId: versionId }));
    return new Map((out.TagSet ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
  } catch (err) {
    throw s3Failure(err, versionId ? 'GetObjectVersionTagging' : 'GetObjectTagging', ref.bucket);
  }
}
