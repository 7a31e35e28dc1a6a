/**
 * An S3 Inventory report object by object, for the commands that need keys rather than cohorts
 * (`lifeguard orphans`): the same manifest, file locations and parsers as readInventory, with the
 * CSV kernel in record mode and the Parquet reader feeding a sink instead of a cohort folder.
 */
import type { InventoryRecord } from '../cohorts/records.js';
import { csvLayout, foldCsvFiles, kernelSetup } from './csv.js';
import { InputError } from './errors.js';
import { foldOrc } from './orc.js';
import { foldParquet } from './parquet.js';
import type { InventorySource } from './source.js';

export interface InventoryRecords {
  /** When S3 started the scan the report describes (ms). */
  asOfMs: number;
  bucket?: string;
  rows: number;
}

export async function readInventoryRecords(source: InventorySource, onRecord: (r: InventoryRecord) => void): Promise<InventoryRecords> {
  const manifest = await source.readManifest();
  let rows = 0;
  if (manifest.format === 'CSV') {
    const setup = { ...kernelSetup(csvLayout(manifest.columns), [''], [0], 1), onRecord };
    const files = manifest.files.map((f) => {
      const file = source.file(f.key);
      return { name: file.name, stream: file.stream };
    });
    rows = (await foldCsvFiles(files, setup)).rows;
  } else {
    const sink = { add: (r: InventoryRecord) => void (rows++, onRecord(r)) };
    for (const f of manifest.files) {
      const file = source.file(f.key);
      try {
        await (manifest.format === 'ORC' ? foldOrc : foldParquet)(await file.randomAccess(), manifest.columns, sink, file.name, true);
      } catch (err) {
        if (err instanceof InputError) throw err;
        throw new InputError(`${file.name}: cannot be read (${(err as Error).message})`);
      }
    }
  }
  return { asOfMs: manifest.creationMs, bucket: manifest.sourceBucket, rows };
}
