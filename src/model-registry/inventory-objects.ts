/**
 * The objects of an S3 Inventory report that registry references name, for the protection check's
 * counts (objects, bytes, first deletion). Only those are kept, so a large report costs a read, not
 * memory. The readers are the cost module's, loaded only when a target names a local inventory.
 */
import { referenceIndex, type Reference } from './reference.js';
import type { InventoryObject } from './protect.js';

export interface ReferencedObjects {
  objects: InventoryObject[];
  /** The day the inventory describes, for messages. */
  asOf: string;
}

/** undefined for inventories lifeguard does not read here (s3:// locations). */
export async function referencedInventoryObjects(
  path: string,
  dir: string,
  refs: readonly Reference[],
): Promise<ReferencedObjects | undefined> {
  if (/^s3:\/\//i.test(path)) return undefined;
  const { localSource } = await import('../cost/inventory/source.js');
  const { readInventoryRecords } = await import('../cost/inventory/records.js');
  const objects: InventoryObject[] = [];
  const referenced = referenceIndex(refs);
  const read = await readInventoryRecords(localSource(path, dir), (r) => {
    if (r.isDeleteMarker || !referenced(r.key)) return;
    objects.push({
      key: r.key,
      size: r.size,
      lastModified: new Date(r.lastModifiedMs),
      ...(r.isLatest !== undefined ? { isLatest: r.isLatest } : {}),
    });
  });
  return { objects, asOf: new Date(read.asOfMs).toISOString().slice(0, 10) };
}
