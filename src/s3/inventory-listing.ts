/**
 * A live listing instead of an inventory: ListObjectsV2, or ListObjectVersions for a versioned
 * bucket, folded page by page (memory stays bounded by one page and the cohorts). A listing shows
 * no Object Lock retention; the report says so. The AWS SDK is loaded only here.
 */
import type { CohortTable } from '../cost/cohorts/cohort.js';
import type { SelectorMatcher } from '../cost/cohorts/matcher.js';
import { RecordFolder, type InventoryRecord } from '../cost/cohorts/records.js';
import { InputError } from '../cost/inventory/errors.js';

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
  // The project's one S3 edge: its checksum, retry and credential settings, and errors by name.
  const { openS3 } = await import('./client.js');
  const { forEachListedPage } = await import('./listing.js');
  const s3 = await openS3({ region: o.region, endpoint: o.endpoint, forcePathStyle: o.forcePathStyle });
  const folder = new RecordFolder(o.matcher, o.rankCap);
  const started = Date.now();
  const where = `s3://${o.bucket}/${o.prefix ?? ''}`;
  const tick = () =>
    o.progress?.(
      `listing ${where}: ${folder.builder.rows.toLocaleString('en-US')} ${o.versions ? 'versions' : 'objects'} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  try {
    await forEachListedPage(s3, { bucket: o.bucket }, { prefix: o.prefix, versions: o.versions }, (page) => {
      const rows: InventoryRecord[] = page.map((v) => ({
        key: v.key,
        size: v.size,
        lastModifiedMs: v.lastModified.getTime(),
        storageClass: v.storageClass || 'STANDARD',
        ...(o.versions ? { isLatest: v.isLatest } : {}),
        ...(v.deleteMarker ? { isDeleteMarker: true } : {}),
      }));
      // Versions and delete markers come in two lists; S3's order is by key, newest first.
      if (o.versions) rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.lastModifiedMs - a.lastModifiedMs));
      for (const r of rows) folder.add(r);
      tick();
    });
  } catch (err) {
    throw new InputError(`cannot list ${where}: ${(err as Error).message ?? String(err)}`);
  } finally {
    s3.client.destroy();
  }
  return {
    cohorts: (folder.finish(), folder.builder.cohorts()),
    versioned: folder.versioned,
    rows: folder.builder.rows,
    skippedRows: folder.builder.skippedRows,
    notes: [
      'a listing shows no Object Lock retention: objects under retention are projected as if unlocked',
      'a listing has no date of its own: the projection starts now unless --as-of says otherwise',
    ],
    bucket: o.bucket,
  };
}
