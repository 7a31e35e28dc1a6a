/**
 * S3 Inventory CSV(.gz) data files into cohorts through the parser kernel (csv-kernel.ts): in this
 * thread, or — for several local files of an inventory without versions — split over worker
 * threads, each decompressing and parsing its share, their tables summed here. Versioned
 * inventories stay in one thread: a key's versions may continue from one file into the next.
 */
import { createGunzip, type ZlibOptions } from 'node:zlib';
import { pipeline, type Readable } from 'node:stream';
import { availableParallelism } from 'node:os';
import { STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';
import { CohortBuilder, type Cohort } from '../cohorts/cohort.js';
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
  /** A local path, when the file can be read by a worker thread. */
  localPath?: string;
}

const GUNZIP: ZlibOptions = { chunkSize: 1 << 18, readableHighWaterMark: 1 << 23 } as ZlibOptions;

export interface CsvFolded {
  cohorts: Cohort[];
  rows: number;
  skipped: number;
  versioned: boolean;
  unknownClasses: Map<string, number>;
}

export async function foldCsvFiles(files: readonly CsvFile[], setup: KernelSetup, onFile?: (done: number) => void, maxWorkers = MAX_WORKERS): Promise<CsvFolded> {
  const workers = Math.min(files.length, availableParallelism(), maxWorkers);
  const parallel = workers > 1 && setup.layout.isLatest < 0 && files.every((f) => f.localPath);
  const results = parallel ? await inWorkers(files, setup, workers, onFile) : [await inThread(files, setup, onFile)];
  return merge(results);
}

const MAX_WORKERS = 4;

async function inThread(files: readonly CsvFile[], setup: KernelSetup, onFile?: (done: number) => void): Promise<KernelResult> {
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
    onFile?.(++done);
  }
  return k.result();
}

function decompress(stream: Readable, name: string): Readable {
  if (!/\.gz$/i.test(name)) return stream;
  // pipeline() destroys the gunzip stream on a read error, so the loop sees every failure; the deep
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

/**
 * The worker's program, run from its source text with the kernel's source as its argument: it
 * refers to nothing outside its body (built-in modules come from process.getBuiltinModule).
 */
function csvWorker(makeKernel: typeof csvKernel): void {
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  const { createReadStream } = process.getBuiltinModule('node:fs');
  const { createGunzip: gunzip } = process.getBuiltinModule('node:zlib');
  const { pipeline: pipe } = process.getBuiltinModule('node:stream');
  const data = workerData as { setup: KernelSetup; files: Array<{ name: string; path: string }>; gunzip: object };
  const k = makeKernel(data.setup);
  const run = async () => {
    for (const f of data.files) {
      k.beginFile(f.name);
      const source = createReadStream(f.path, { highWaterMark: 1 << 20 });
      const stream = /\.gz$/i.test(f.name) ? pipe(source, gunzip(data.gunzip), () => undefined) : source;
      for await (const chunk of stream) k.feed(chunk as Buffer);
      k.endFile();
      parentPort!.postMessage({ kind: 'file' });
    }
    parentPort!.postMessage({ kind: 'done', result: k.result() });
  };
  run().catch((e: NodeJS.ErrnoException) => parentPort!.postMessage({ kind: 'error', message: e.message, code: e.code }));
}

async function inWorkers(files: readonly CsvFile[], setup: KernelSetup, n: number, onFile?: (done: number) => void): Promise<KernelResult[]> {
  const { Worker } = await import('node:worker_threads');
  const { statSync } = await import('node:fs');
  // Balance by size: the largest files first, each to the least loaded worker.
  const shares = Array.from({ length: n }, () => ({ bytes: 0, files: [] as Array<{ name: string; path: string }> }));
  const sized = files.map((f) => ({ f, bytes: statSync(f.localPath!).size })).sort((a, b) => b.bytes - a.bytes);
  for (const { f, bytes } of sized) {
    const share = shares.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    share.bytes += bytes;
    share.files.push({ name: f.name, path: f.localPath! });
  }
  const code = `(${csvWorker.toString()})(${csvKernel.toString()});`;
  let done = 0;
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<KernelResult>((resolve, reject) => {
          const w = new Worker(code, { eval: true, workerData: { setup, files: share.files, gunzip: GUNZIP } });
          w.on('message', (m: { kind: string; result?: KernelResult; message?: string; code?: string }) => {
            if (m.kind === 'file') onFile?.(++done);
            else if (m.kind === 'done') resolve(m.result!);
            else reject(readError(share.files.map((f) => f.name).join(', '), Object.assign(new Error(m.message), { code: m.code })));
          });
          w.on('error', (e) => reject(readError(share.files.map((f) => f.name).join(', '), e)));
          w.on('exit', (c) => c !== 0 && reject(new InputError(`a reader thread stopped with status ${c}`)));
        }),
    ),
  );
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
  for (const [key, [objects, bytes]] of simple) {
    facts.createdDay = key % 131072;
    const rest = Math.floor(key / 131072);
    facts.classIndex = rest % 8;
    facts.signature = Math.floor(rest / 8);
    facts.current = true;
    facts.noncurrentSinceDay = 0;
    facts.newerVersions = 0;
    facts.lockedUntilDay = 0;
    builder.addCounts(facts, objects, bytes);
  }
  return { cohorts: builder.cohorts(), rows, skipped, versioned, unknownClasses };
}
