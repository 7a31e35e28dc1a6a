/** S3 Inventory CSV(.gz) data files into cohorts through the parser kernel (csv-kernel.ts). */
import { createGunzip, type ZlibOptions } from 'node:zlib';
import { pipeline, type Readable } from 'node:stream';
import { STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';
import { CohortBuilder, inSimpleOrder, mergeCohorts, splitSimpleKey, type Cohort } from '../cohorts/cohort.js';
import { newFacts } from '../cohorts/records.js';
import { csvKernel, type KernelResult, type KernelSetup } from './csv-kernel.js';
import { gunzipInWorker, parseInWorkers, readError } from './csv-workers.js';
import { availableParallelism } from 'node:os';

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
    // CSV manifests say "ETag" (read as etag), Parquet schemas e_tag.
    eTag: Math.max(at('e_tag'), at('etag')),
  };
}

export function kernelSetup(layout: CsvLayout, prefixes: readonly string[], sizeBounds: readonly number[], rankCap: number): KernelSetup {
  return { layout, prefixes: [...prefixes], sizeBounds: [...sizeBounds], classNames: [...STORAGE_CLASS_NAMES], rankCap };
}

export interface CsvFile {
  name: string;
  stream(): Readable;
  /** Set when the file is on the local disk: a worker then reads it itself. */
  path?: string;
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
  /** Rows read so far and files finished. */
  onProgress?: (rows: number, filesDone: number) => void;
  /** Worker threads for several files (default: the machine's cores); 1 reads on this thread. */
  threads?: number;
}

/**
 * Several files of a report without versions are parsed in worker threads, one file per worker
 * (ADR 0170). One file, or versions (a key's versions may continue into the next file), are parsed
 * on this thread while zlib decompresses ahead on the thread pool.
 */
export async function foldCsvFiles(files: readonly CsvFile[], setup: KernelSetup, o: FoldOptions = {}): Promise<CsvFolded> {
  const threads = o.threads ?? availableParallelism();
  if (files.length > 1 && threads > 1 && setup.layout.isLatest < 0 && !setup.onRecord) {
    const results = await parseInWorkers(files, setup, { threads, onProgress: o.onProgress });
    return toCohorts(mergeResults(results));
  }
  const k = csvKernel(setup);
  let done = 0;
  let chunks = 0;
  for (const f of files) {
    k.beginFile(f.name);
    try {
      // A local gzip file with a core to spare is inflated on a worker thread (ADR 0170).
      const bytes =
        f.path !== undefined && threads > 1 && /\.gz$/i.test(f.name)
          ? gunzipInWorker(f.path)
          : (decompress(f.stream(), f.name) as AsyncIterable<Buffer>);
      for await (const chunk of bytes) {
        k.feed(chunk);
        if (++chunks % 32 === 0) o.onProgress?.(k.rowCount(), done);
      }
      k.endFile();
    } catch (err) {
      throw readError(f.name, err);
    }
    o.onProgress?.(k.rowCount(), ++done);
  }
  return toCohorts(k.result());
}

function decompress(stream: Readable, name: string): Readable {
  if (!/\.gz$/i.test(name)) return stream;
  // pipeline() destroys the gunzip stream on a read error, so the loop sees every failure; the
  // read-ahead lets the thread pool decompress while this thread parses.
  return pipeline(stream, createGunzip(GUNZIP), () => undefined);
}

/** Per-file tables summed into one. */
export function mergeResults(results: readonly KernelResult[]): KernelResult {
  if (results.length === 1) return results[0]!;
  // Summed in place in one flat list (key → its offset): no small array per cohort.
  const flat: number[] = [];
  const at = new Map<number, number>();
  const other = new Map<string, [string, number, number]>();
  const unknown = new Map<string, number>();
  let rows = 0;
  let skipped = 0;
  let versioned = false;
  for (const r of results) {
    for (let i = 0; i < r.simple.length; i += 3) {
      const j = at.get(r.simple[i]!);
      if (j === undefined) {
        at.set(r.simple[i]!, flat.length);
        flat.push(r.simple[i]!, r.simple[i + 1]!, r.simple[i + 2]!);
      } else {
        flat[j + 1]! += r.simple[i + 1]!;
        flat[j + 2]! += r.simple[i + 2]!;
      }
    }
    for (const [k, objects, bytes] of r.other) {
      const c = other.get(k);
      if (c) {
        c[1] += objects;
        c[2] += bytes;
      } else other.set(k, [k, objects, bytes]);
    }
    for (const [name, n] of r.unknownClasses) unknown.set(name, (unknown.get(name) ?? 0) + n);
    rows += r.rows;
    skipped += r.skipped;
    versioned ||= r.versioned;
  }
  return { simple: flat, other: [...other.values()], rows, skipped, unknownClasses: [...unknown], versioned };
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
      [facts.noncurrentSinceDay, facts.newerVersions, facts.lockedUntilDay, facts.headSignature, facts.headCreatedDay] = f.slice(4) as [
        number,
        number,
        number,
        number,
        number,
      ];
      facts.overwritten = false;
    }
    builder.addCounts(facts, objects, bytes);
  }
  const counts = new Map<number, number>();
  const keys: number[] = [];
  for (let i = 0; i < r.simple.length; i += 3) {
    counts.set(r.simple[i]!, i);
    keys.push(r.simple[i]!);
  }
  const simple = inSimpleOrder(keys).map((key): Cohort => {
    const i = counts.get(key)!;
    const k = splitSimpleKey(key);
    const c: Cohort = {
      signature: k.signature,
      storageClass: STORAGE_CLASS_NAMES[k.classIndex]!,
      createdDay: k.day,
      current: true,
      objects: r.simple[i + 1]!,
      bytes: r.simple[i + 2]!,
    };
    if (k.overwritten) c.overwritten = true;
    return c;
  });
  const cohorts = mergeCohorts(simple, builder.cohorts());
  return { cohorts, rows: r.rows, skipped: r.skipped, versioned: r.versioned, unknownClasses: new Map(r.unknownClasses) };
}
