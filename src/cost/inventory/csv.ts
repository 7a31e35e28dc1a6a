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
  /** At most this many parser threads (default: the cores, up to 4). */
  maxWorkers?: number;
  /** Below this many bytes of data files, threads cost more than they save. */
  minBytesForWorkers?: number;
}

export async function foldCsvFiles(files: readonly CsvFile[], setup: KernelSetup, o: FoldOptions = {}): Promise<CsvFolded> {
  const workers = Math.min(availableParallelism(), o.maxWorkers ?? MAX_WORKERS);
  const bytes = files.reduce((sum, f) => sum + (f.size ?? 0), 0);
  // Versions of a key must be read in order by one parser; small inputs are done before threads start.
  const parallel = workers > 1 && setup.layout.isLatest < 0 && bytes >= (o.minBytesForWorkers ?? MIN_BYTES_FOR_WORKERS);
  if (!parallel) return merge([await inThread(files, setup, o.onFile)]);
  try {
    return merge(await inWorkers(files, setup, workers, o.onFile));
  } catch (err) {
    // A worker knows the bad row but not its line: read again in this thread to say where.
    if (err instanceof RowError) return merge([await inThread(files, setup)]);
    throw err;
  }
}

const MAX_WORKERS = 4;
const MIN_BYTES_FOR_WORKERS = 8 << 20;
/** Pieces of decompressed text in flight per parser thread: bounds memory. */
const IN_FLIGHT = 4;

class RowError extends Error {}

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
  // pipeline() destroys the gunzip stream on a read error, so the loop sees every failure; the
  // read-ahead lets the thread pool decompress while the parsers work.
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
 * A parser thread's program, run from its source text with the kernel's source as its argument:
 * it refers to nothing outside its body. It parses whole lines it is sent, acknowledges each
 * piece, and sends its table at the end.
 */
function csvWorker(makeKernel: typeof csvKernel): void {
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  const k = makeKernel(workerData as KernelSetup);
  k.beginFile('(parallel)');
  parentPort!.on('message', (m: { kind: 'piece'; buf: ArrayBuffer } | { kind: 'end' }) => {
    try {
      if (m.kind === 'piece') {
        k.feed(Buffer.from(m.buf));
        parentPort!.postMessage({ kind: 'ack' });
      } else {
        k.endFile();
        parentPort!.postMessage({ kind: 'done', result: k.result() });
      }
    } catch (e) {
      parentPort!.postMessage({ kind: 'error', message: (e as Error).message });
    }
  });
}

/** Decompress here, cut at line ends, and spread the pieces over parser threads. */
async function inWorkers(files: readonly CsvFile[], setup: KernelSetup, n: number, onFile?: (done: number) => void): Promise<KernelResult[]> {
  const { Worker } = await import('node:worker_threads');
  const code = `(${csvWorker.toString()})(${csvKernel.toString()});`;
  let failure: Error | undefined;
  const pool = Array.from({ length: n }, () => {
    const w = new Worker(code, { eval: true, workerData: setup });
    const slot = { w, inFlight: 0, wake: undefined as (() => void) | undefined, result: undefined as Promise<KernelResult> | undefined };
    slot.result = new Promise<KernelResult>((resolve, reject) => {
      w.on('message', (m: { kind: string; result?: KernelResult; message?: string }) => {
        if (m.kind === 'ack') {
          slot.inFlight--;
          slot.wake?.();
        } else if (m.kind === 'done') resolve(m.result!);
        else {
          failure = new RowError(m.message);
          reject(failure);
          for (const s of pool) s.wake?.();
        }
      });
      w.on('error', (e) => {
        failure = e;
        reject(e);
        for (const s of pool) s.wake?.();
      });
    });
    slot.result.catch(() => undefined);
    return slot;
  });
  const send = async (piece: Buffer) => {
    let slot = pool.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    while (slot.inFlight >= IN_FLIGHT && !failure) {
      await new Promise<void>((r) => (slot.wake = r));
      slot.wake = undefined;
      slot = pool.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    }
    if (failure) throw failure;
    slot.inFlight++;
    // A fresh copy owns its memory (Buffers may share a pool), so it can be handed over as is.
    const own = new Uint8Array(piece.length);
    own.set(piece);
    slot.w.postMessage({ kind: 'piece', buf: own.buffer }, [own.buffer]);
  };
  try {
    let done = 0;
    for (const f of files) {
      let carry: Buffer | undefined;
      try {
        for await (const chunk of decompress(f.stream(), f.name) as AsyncIterable<Buffer>) {
          const last = chunk.lastIndexOf(0x0a);
          if (last < 0) {
            carry = carry ? Buffer.concat([carry, chunk]) : chunk;
            continue;
          }
          await send(carry ? Buffer.concat([carry, chunk.subarray(0, last + 1)]) : chunk.subarray(0, last + 1));
          carry = last + 1 < chunk.length ? Buffer.from(chunk.subarray(last + 1)) : undefined;
        }
        // A last line without its newline is a line all the same.
        if (carry?.length) await send(Buffer.concat([carry, Buffer.from('\n')]));
      } catch (err) {
        if (err instanceof RowError) throw err;
        throw readError(f.name, err);
      }
      onFile?.(++done);
    }
    for (const s of pool) s.w.postMessage({ kind: 'end' });
    return await Promise.all(pool.map((s) => s.result!));
  } finally {
    for (const s of pool) void s.w.terminate();
  }
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
