/** S3 Inventory CSV(.gz) data files into cohorts through the parser kernel (csv-kernel.ts). */
import { createGunzip, type ZlibOptions } from 'node:zlib';
import { pipeline, type Readable } from 'node:stream';
import { STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';
import { CohortBuilder, compareCohorts, type Cohort } from '../cohorts/cohort.js';
import { csvKernel, type KernelResult, type KernelSetup } from './csv-kernel.js';
import { InputError } from './errors.js';

export type CsvLayout = KernelSetup['layout'];

export function csvLayout(columns: readonly string[]): CsvLayout {
  const at = (name: string) => columns.indexOf(name);
  return {
    key: at('key'),
    size: at('size'),
    lastModified: at('last_modified_date'),
    storageClass: at('storage_class'),
    isLatest: at('is_latest'),
    isDeleteMarker: at('is_delete_marker'),
    lockUntil: at('object_lock_retain_until_date'),
    legalHold: at('object_lock_legal_hold_status'),
  };
}

export function kernelSetup(layout: CsvLayout, prefixes: readonly string[], sizeBounds: readonly number[], rankCap: number): KernelSetup {
  return { layout, prefixes: [...prefixes], sizeBounds: [...sizeBounds], classNames: [...STORAGE_CLASS_NAMES], rankCap };
}

export interface CsvFile {
  name: string;
  stream(): Readable;
  /** Compressed size, if known (from the manifest). */
  size?: number;
}

const GUNZIP: ZlibOptions = { chunkSize: 1 << 20, readableHighWaterMark: 1 << 23 } as ZlibOptions;

export interface CsvFolded {
  cohorts: Cohort[];
  rows: number;
  skipped: number;
  versioned: boolean;
  unknownClasses: Map<string, number>;
}

export interface FoldOptions {
  onFile?: (done: number) => void;
}

/**
 * One parser thread; zlib decompresses on the thread pool meanwhile, so two cores are busy. Parser
 * threads fed with line-aligned pieces were measured slower and twice as large on two cores
 * (ADR 0080).
 */
export async function foldCsvFiles(files: readonly CsvFile[], setup: KernelSetup, o: FoldOptions = {}): Promise<CsvFolded> {
  const k = csvKernel(setup);
  let done = 0;
  for (const f of files) {
    k.beginFile(f.name);
    try {
      for await (const chunk of decompress(f.stream(), f.name) as AsyncIterable<Buffer>) k.feed(chunk);
      k.endFile();
    } catch (err) {
      throw readError(f.name, err);
    }
    o.onFile?.(++done);
  }
  return merge([k.result()]);
}

function decompress(stream: Readable, name: string): Readable {
  if (!/\.gz$/i.test(name)) return stream;
  // pipeline() destroys the gunzip stream on a read error, so the loop sees every failure; the
  // read-ahead lets the thread pool decompress while this thread parses.
  return pipeline(stream, createGunzip(GUNZIP), () => undefined);
}

function readError(name: string, err: unknown): InputError {
  const e = err as NodeJS.ErrnoException;
  if (e instanceof InputError) return e;
  if (typeof e.code === 'string' && e.code.startsWith('Z_')) return new InputError(`${name}: not a readable gzip file (${e.message})`);
  if (typeof e.code === 'string') return new InputError(`${name}: cannot be read (${e.code})`);
  // The kernel's own errors already name file and line.
  return new InputError(e.message);
}

function merge(results: readonly KernelResult[]): CsvFolded {
  const builder = new CohortBuilder();
  const facts = { signature: 0, classIndex: 0, createdDay: 0, size: 0, current: true, noncurrentSinceDay: 0, newerVersions: 0, lockedUntilDay: 0 };
  const simple = new Map<number, [number, number]>();
  const unknownClasses = new Map<string, number>();
  let rows = 0;
  let skipped = 0;
  let versioned = false;
  for (const r of results) {
    for (let i = 0; i < r.simple.length; i += 3) {
      const c = simple.get(r.simple[i]!);
      if (c) {
        c[0] += r.simple[i + 1]!;
        c[1] += r.simple[i + 2]!;
      } else simple.set(r.simple[i]!, [r.simple[i + 1]!, r.simple[i + 2]!]);
    }
    for (const [key, objects, bytes] of r.other) {
      const [sig, cls, day, cur, nc, newer, lock] = key.split('|').map(Number) as number[];
      Object.assign(facts, { signature: sig, classIndex: cls, createdDay: day, current: cur === 1, noncurrentSinceDay: nc, newerVersions: newer, lockedUntilDay: lock });
      builder.addCounts(facts, objects, bytes);
    }
    rows += r.rows;
    skipped += r.skipped;
    versioned ||= r.versioned;
    for (const [name, n] of r.unknownClasses) unknownClasses.set(name, (unknownClasses.get(name) ?? 0) + n);
  }
  const cohorts = builder.cohorts();
  // Current, unlocked objects: the numeric key is (signature × 8 + class) × 131072 + day.
  for (const [key, [objects, bytes]] of simple) {
    const rest = Math.floor(key / 131072);
    cohorts.push({ signature: Math.floor(rest / 8), storageClass: STORAGE_CLASS_NAMES[rest % 8]!, createdDay: key % 131072, current: true, objects, bytes });
  }
  cohorts.sort(compareCohorts);
  return { cohorts, rows, skipped, versioned, unknownClasses };
}
