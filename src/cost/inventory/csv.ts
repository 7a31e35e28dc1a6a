/** S3 Inventory CSV(.gz) data files into cohorts through the parser kernel (csv-kernel.ts). */
import { createGunzip, type ZlibOptions } from 'node:zlib';
import { pipeline, type Readable } from 'node:stream';
import { STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';
import { CohortBuilder, compareCohorts, splitSimpleKey, type Cohort } from '../cohorts/cohort.js';
import { newFacts } from '../cohorts/records.js';
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
  return toCohorts(k.result());
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

/** The kernel's table as cohorts, in the order every reader produces them. */
export function toCohorts(r: KernelResult): CsvFolded {
  const builder = new CohortBuilder();
  const facts = newFacts();
  for (const [key, objects, bytes] of r.other) {
    const f = key.split('|').map(Number) as number[];
    facts.signature = f[0]!;
    facts.classIndex = f[1]!;
    facts.createdDay = f[2]!;
    facts.current = f[3] === 1;
    if (facts.current) {
      facts.overwritten = f[4] === 1;
      facts.lockedUntilDay = f[5]!;
    } else {
      [facts.noncurrentSinceDay, facts.newerVersions, facts.lockedUntilDay, facts.headSignature, facts.headCreatedDay] = f.slice(4) as [number, number, number, number, number];
      facts.overwritten = false;
    }
    builder.addCounts(facts, objects, bytes);
  }
  const cohorts = builder.cohorts();
  for (let i = 0; i < r.simple.length; i += 3) {
    const k = splitSimpleKey(r.simple[i]!);
    const c: Cohort = { signature: k.signature, storageClass: STORAGE_CLASS_NAMES[k.classIndex]!, createdDay: k.day, current: true, objects: r.simple[i + 1]!, bytes: r.simple[i + 2]! };
    if (k.overwritten) c.overwritten = true;
    cohorts.push(c);
  }
  cohorts.sort(compareCohorts);
  return { cohorts, rows: r.rows, skipped: r.skipped, versioned: r.versioned, unknownClasses: new Map(r.unknownClasses) };
}
