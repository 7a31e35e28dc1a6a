/**
 * A live listing instead of an inventory: ListObjectsV2, or ListObjectVersions for a versioned
 * bucket, folded page by page (memory stays bounded by one page and the cohorts). A listing shows
 * no Object Lock retention; the report says so. The AWS SDK is loaded only here.
 */
import type { CohortTable } from '../cohorts/cohort.js';
import type { SelectorMatcher } from '../cohorts/matcher.js';
import { RecordFolder, type InventoryRecord } from '../cohorts/records.js';
import { InputError } from './errors.js';

export interface ListingOptions {
  bucket: string;
  prefix?: string;
  versions?: boolean;
  region?: string;
  endpoint?: string;
  forcePathStyle?: boolean;
  matcher: SelectorMatcher;
  rankCap: number;
  progress?: (line: string) => void;
}

export async function listBucket(o: ListingOptions): Promise<CohortTable> {
  const { S3Client, ListObjectsV2Command, ListObjectVersionsCommand } = await import('@aws-sdk/client-s3');
  const client = new S3Client({ region: o.region ?? process.env.AWS_REGION ?? 'us-east-1', endpoint: o.endpoint, forcePathStyle: o.forcePathStyle });
  const folder = new RecordFolder(o.matcher, o.rankCap);
  const started = Date.now();
  const where = `s3://${o.bucket}/${o.prefix ?? ''}`;
  const tick = () => o.progress?.(`listing ${where}: ${folder.builder.rows.toLocaleString('en-US')} ${o.versions ? 'versions' : 'objects'} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  try {
    if (!o.versions) {
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: o.bucket, Prefix: o.prefix, ContinuationToken: token }));
        for (const c of page.Contents ?? []) {
          folder.add({ key: c.Key ?? '', size: c.Size ?? 0, lastModifiedMs: c.LastModified?.getTime() ?? NaN, storageClass: c.StorageClass ?? 'STANDARD' });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
        tick();
      } while (token);
    } else {
      let keyMarker: string | undefined;
      let versionMarker: string | undefined;
      do {
        const page = await client.send(new ListObjectVersionsCommand({ Bucket: o.bucket, Prefix: o.prefix, KeyMarker: keyMarker, VersionIdMarker: versionMarker }));
        const rows: InventoryRecord[] = [
          ...(page.Versions ?? []).map((v) => ({ key: v.Key ?? '', size: v.Size ?? 0, lastModifiedMs: v.LastModified?.getTime() ?? NaN, storageClass: v.StorageClass ?? 'STANDARD', isLatest: !!v.IsLatest })),
          ...(page.DeleteMarkers ?? []).map((d) => ({ key: d.Key ?? '', size: 0, lastModifiedMs: d.LastModified?.getTime() ?? NaN, storageClass: 'STANDARD', isLatest: !!d.IsLatest, isDeleteMarker: true })),
        ];
        // Versions and delete markers come in two lists; S3's order is by key, newest first.
        rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.lastModifiedMs - a.lastModifiedMs));
        for (const r of rows) folder.add(r);
        keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
        versionMarker = page.IsTruncated ? page.NextVersionIdMarker : undefined;
        tick();
      } while (keyMarker);
    }
  } catch (err) {
    const e = err as { name?: string; message?: string };
    throw new InputError(`cannot list ${where}: ${e.name ?? 'Error'}: ${e.message ?? String(err)}`);
  } finally {
    client.destroy();
  }
  return {
    cohorts: folder.builder.cohorts(),
    versioned: folder.versioned,
    rows: folder.builder.rows,
    skippedRows: folder.builder.skippedRows,
    notes: ['a listing shows no Object Lock retention: objects under retention are projected as if unlocked', 'a listing has no date of its own: the projection starts now unless --as-of says otherwise'],
    bucket: o.bucket,
  };
}
