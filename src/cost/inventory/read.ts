/** An S3 Inventory report (manifest + CSV, CSV.gz or Parquet files) folded into a cohort table. */
import { createGunzip, type ZlibOptions } from 'node:zlib';
import { pipeline, type Readable } from 'node:stream';
import { CohortBuilder, type CohortTable } from '../cohorts/cohort.js';
import type { SelectorMatcher } from '../cohorts/matcher.js';
import { RecordFolder, VersionTracker } from '../cohorts/records.js';
import { csvLayout, foldCsv, type CsvFoldState } from './csv.js';
import { InputError } from './errors.js';
import { readManifest } from './manifest.js';
import { foldParquet } from './parquet.js';
import type { InventorySource } from './source.js';

export interface ReadOptions {
  matcher: SelectorMatcher;
  /** Largest NewerNoncurrentVersions of the configurations + 1. */
  rankCap: number;
  /** Called after each data file with the rows read so far. */
  onProgress?: (rows: number, files: number, totalFiles: number) => void;
}

export async function readInventory(source: InventorySource, opts: ReadOptions): Promise<CohortTable> {
  const manifest = await readManifest(source.manifestPath, source.manifestDisplay);
  const notes: string[] = [];
  let cohorts;
  let rows = 0;
  let skipped = 0;
  let versioned = false;
  if (manifest.format === 'CSV') {
    const builder = new CohortBuilder();
    const state: CsvFoldState = { matcher: opts.matcher, builder, rankCap: opts.rankCap, versioned: false, unknownClasses: new Map(), bytesIn: 0, versions: new VersionTracker() };
    const layout = csvLayout(manifest.columns);
    let done = 0;
    for (const f of manifest.files) {
      const file = source.file(f.key);
      await guarded(file.name, () => foldCsv(decompress(file.stream(), file.name), layout, state, file.name));
      opts.onProgress?.(builder.rows, ++done, manifest.files.length);
    }
    for (const [name, n] of state.unknownClasses) notes.push(`${n} objects in storage class ${name}, which lifecycle projections do not cover, were left out`);
    cohorts = builder.cohorts();
    ({ rows, skippedRows: skipped } = builder);
    versioned = state.versioned;
  } else {
    const folder = new RecordFolder(opts.matcher, opts.rankCap);
    let done = 0;
    for (const f of manifest.files) {
      const file = source.file(f.key);
      await guarded(file.name, async () => foldParquet(await file.randomAccess(), manifest.columns, folder, file.name));
      opts.onProgress?.(folder.builder.rows, ++done, manifest.files.length);
    }
    cohorts = folder.builder.cohorts();
    ({ rows, skippedRows: skipped } = folder.builder);
    versioned = folder.versioned;
  }
  return { cohorts, asOfMs: manifest.creationMs, versioned, rows, skippedRows: skipped, notes, bucket: manifest.sourceBucket };
}

function decompress(stream: Readable, name: string): Readable {
  if (!/\.gz$/i.test(name)) return stream;
  // pipeline() destroys the gunzip stream on a read error, so the reader's loop sees every failure.
  // A deep read-ahead lets the thread pool decompress while the main thread parses.
  // (zlib streams take the Transform options; @types/node does not list them.)
  const options = { chunkSize: 1 << 18, readableHighWaterMark: 1 << 24 } as ZlibOptions;
  return pipeline(stream, createGunzip(options), () => undefined);
}

async function guarded(name: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    if (err instanceof InputError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (typeof e.code === 'string' && e.code.startsWith('Z_')) throw new InputError(`${name}: not a readable gzip file (${e.message})`);
    throw new InputError(`${name}: cannot be read (${e.code ?? e.message})`);
  }
}
