/**
 * The objects under the artifact prefixes, from a live listing (ListObjectsV2 per prefix: current
 * versions, as tagging acts on them) or from an S3 Inventory report (read object by object with the
 * cost module's readers; noncurrent versions and delete markers left out).
 */
import { InputError } from '../cost/inventory/errors.js';
import { readInventoryRecords } from '../cost/inventory/records.js';
import { localSource } from '../cost/inventory/source.js';
import type { S3Access } from '../s3/client.js';
import { listBucket } from '../s3/listing.js';
import type { BucketRef } from '../s3/state.js';
import type { StoredObject } from './classify.js';
import { prefixFor } from './prefixes.js';

export interface GatheredObjects {
  objects: StoredObject[];
  /** The inventory's date (ISO), for inventories. */
  asOf?: string;
}

export async function listObjects(s3: S3Access, ref: BucketRef, prefixes: readonly string[]): Promise<GatheredObjects> {
  const objects: StoredObject[] = [];
  for (const prefix of prefixes) {
    const listing = await listBucket(s3, ref, { limit: Number.POSITIVE_INFINITY, prefix });
    for (const o of listing.objects)
      objects.push({
        key: o.key,
        size: o.size,
        lastModified: o.lastModified,
        storageClass: o.storageClass,
        ...(o.eTag ? { eTag: o.eTag } : {}),
      });
  }
  return { objects };
}

export async function inventoryObjects(path: string, cwd: string, bucket: string, prefixes: readonly string[]): Promise<GatheredObjects> {
  const objects: StoredObject[] = [];
  const source = localSource(path, cwd);
  const read = await readInventoryRecords(source, (r) => {
    if (r.isDeleteMarker || r.isLatest === false || prefixFor(prefixes, r.key) === undefined) return;
    objects.push({
      key: r.key,
      size: r.size,
      lastModified: new Date(r.lastModifiedMs),
      storageClass: r.storageClass,
      ...(r.eTag ? { eTag: r.eTag } : {}),
    });
  });
  if (read.bucket !== undefined && read.bucket !== bucket) {
    throw new InputError(`${source.manifestDisplay}: the inventory is of bucket ${read.bucket}, not ${bucket}`);
  }
  return { objects, asOf: new Date(read.asOfMs).toISOString() };
}
