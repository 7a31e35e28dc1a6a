/** An S3 Inventory report (manifest + CSV, CSV.gz or Parquet files) folded into a cohort table. */
import type { CohortTable } from '../cohorts/cohort.js';
import type { SelectorMatcher } from '../cohorts/matcher.js';
import { RecordFolder } from '../cohorts/records.js';
import { csvLayout, foldCsvFiles, kernelSetup } from './csv.js';
import { InputError } from './errors.js';
import { foldOrc } from './orc.js';
import { foldParquet } from './parquet.js';
import type { InventorySource } from './source.js';

export interface ReadOptions {
  matcher: SelectorMatcher;
  /** Largest NewerNoncurrentVersions of the configurations + 1. */
  rankCap: number;
  /** Called as data files are read, with the rows read so far. */
  onProgress?: (rows: number, files: number, totalFiles: number) => void;
  /** Worker threads for reports of several CSV files (default: the machine's cores). */
  threads?: number;
}

export async function readInventory(source: InventorySource, opts: ReadOptions): Promise<CohortTable> {
  const manifest = await source.readManifest();
  const notes: string[] = [];
  let cohorts;
  let rows = 0;
  let skipped = 0;
  let versioned = false;
  if (manifest.format === 'CSV') {
    const setup = kernelSetup(csvLayout(manifest.columns), opts.matcher.prefixes, opts.matcher.sizeBounds, opts.rankCap);
    const files = manifest.files.map((f) => source.file(f.key));
    const folded = await foldCsvFiles(files, setup, {
      threads: opts.threads,
      onProgress: (rows, done) => opts.onProgress?.(rows, done, files.length),
    });
    for (const [name, n] of folded.unknownClasses)
      notes.push(`${n} objects in storage class ${name}, which lifecycle projections do not cover, were left out`);
    ({ cohorts, rows, skipped, versioned } = folded);
  } else {
    const folder = new RecordFolder(opts.matcher, opts.rankCap);
    let done = 0;
    for (const f of manifest.files) {
      const file = source.file(f.key);
      await guarded(file.name, async () =>
        (manifest.format === 'ORC' ? foldOrc : foldParquet)(await file.randomAccess(), manifest.columns, folder, file.name),
      );
      opts.onProgress?.(folder.builder.rows, ++done, manifest.files.length);
    }
    folder.finish();
    cohorts = folder.builder.cohorts();
    ({ rows, skippedRows: skipped } = folder.builder);
    versioned = folder.versioned;
  }
  return { cohorts, asOfMs: manifest.creationMs, versioned, rows, skippedRows: skipped, notes, bucket: manifest.sourceBucket };
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
