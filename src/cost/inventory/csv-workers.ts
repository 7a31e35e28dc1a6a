/**
 * S3 Inventory CSV data files read in parallel (ADR 0170): worker threads, one file at a time each,
 * so decompression (zlib on the thread pool) and parsing (the worker's own thread) overlap within a
 * file and files are parsed side by side. A worker is the parser kernel's source text with a small
 * loop around it, run with `eval` (ncc cannot bundle worker files). A worker reads a local file
 * itself; bytes from elsewhere (S3) are streamed to it by the main thread, a few chunks ahead.
 */
import { Worker } from 'node:worker_threads';
import type { Readable } from 'node:stream';
import { csvKernel, type KernelResult, type KernelSetup } from './csv-kernel.js';
import { InputError } from './errors.js';

export interface ParallelFile {
  name: string;
  /** A local path the worker opens itself, or a stream the main thread relays. */
  path?: string;
  stream?: () => Readable;
}

export interface ParallelOptions {
  threads: number;
  /** Rows parsed so far over all files, and files finished. */
  onProgress?: (rows: number, filesDone: number) => void;
}

/** Chunks relayed to a worker and not yet parsed; bounds memory when S3 is faster than the parser. */
const IN_FLIGHT = 8;

type FromWorker =
  | { type: 'result'; result: KernelResult }
  | { type: 'progress'; rows: number }
  | { type: 'ack' }
  | { type: 'error'; message: string; code?: string };

type ToWorker = { type: 'file'; name: string; path?: string; gz: boolean } | { type: 'chunk'; data: Uint8Array } | { type: 'end' };

/** Runs inside the worker, from its source text: no reference to anything outside its body. */
function workerMain(makeKernel: typeof csvKernel, collectGarbage: (req: NodeJS.Require) => () => void, req: NodeJS.Require): void {
  const { parentPort, workerData } = req('node:worker_threads') as typeof import('node:worker_threads');
  const collect = collectGarbage(req);
  const fs = req('node:fs') as typeof import('node:fs');
  const zlib = req('node:zlib') as typeof import('node:zlib');
  const { PassThrough } = req('node:stream') as typeof import('node:stream');
  const port = parentPort!;
  let relay: import('node:stream').PassThrough | undefined;
  const run = async (job: { name: string; path?: string; gz: boolean }): Promise<void> => {
    const k = makeKernel(workerData as KernelSetup);
    k.beginFile(job.name);
    let source: import('node:stream').Readable;
    if (job.path !== undefined) source = fs.createReadStream(job.path, { highWaterMark: 1 << 20 });
    else source = relay = new PassThrough({ highWaterMark: 1 << 22 });
    const input = job.gz ? source.pipe(zlib.createGunzip({ chunkSize: 1 << 20 })) : source;
    source.on('error', (e) => input.destroy(e));
    let chunks = 0;
    for await (const chunk of input as AsyncIterable<Buffer>) {
      k.feed(chunk);
      if (++chunks % 16 === 0) collect();
      if (chunks % 32 === 0) port.postMessage({ type: 'progress', rows: k.rowCount() });
    }
    k.endFile();
    const result = k.result();
    port.postMessage({ type: 'result', result });
  };
  port.on('message', (m: { type: string; name: string; path?: string; gz: boolean; data: Uint8Array }) => {
    if (m.type === 'file') {
      run(m).catch((e: NodeJS.ErrnoException) => port.postMessage({ type: 'error', message: e.message, code: e.code }));
    } else if (m.type === 'chunk') {
      relay!.write(Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength), () => port.postMessage({ type: 'ack' }));
    } else if (m.type === 'end') relay!.end();
  });
}

/**
 * Runs inside a worker, from its source text: a young-generation collection, or nothing where the
 * runtime will not give one. zlib hands out a new 1 MiB buffer per chunk; the buffers live outside
 * the JavaScript heap, which the worker barely touches, so V8 would only collect them after 64 MiB
 * of them had piled up (its external-memory limit) in every worker: a fifth of the peak memory of
 * a large report. A minor collection every 16 chunks returns them for well under a millisecond.
 */
function collectGarbage(req: NodeJS.Require): () => void {
  try {
    // Node's documented way to reach gc() without a command-line flag: it exists in new contexts.
    (req('node:v8') as typeof import('node:v8')).setFlagsFromString('--expose-gc');
    const gc = (req('node:vm') as typeof import('node:vm')).runInNewContext('gc') as (o: { type: 'minor' }) => void;
    return () => gc({ type: 'minor' });
  } catch {
    return () => undefined;
  }
}

/**
 * Runs inside a decompression worker, from its source text: reads a local gzip file, inflates it
 * and hands the bytes over a few megabytes at a time, pausing while the parser is behind.
 */
function inflateMain(collectGarbage: (req: NodeJS.Require) => () => void, req: NodeJS.Require): void {
  const { parentPort, workerData } = req('node:worker_threads') as typeof import('node:worker_threads');
  const collect = collectGarbage(req);
  let chunks = 0;
  const fs = req('node:fs') as typeof import('node:fs');
  const zlib = req('node:zlib') as typeof import('node:zlib');
  const port = parentPort!;
  const { path, ahead, size } = workerData as { path: string; ahead: number; size: number };
  const gunzip = zlib.createGunzip({ chunkSize: size });
  // A few buffers go back and forth, so memory stays flat however large the file.
  const free: ArrayBuffer[] = Array.from({ length: ahead }, () => new ArrayBuffer(size));
  port.on('message', (buf: ArrayBuffer) => {
    free.push(buf);
    if (gunzip.isPaused()) gunzip.resume();
  });
  gunzip.on('data', (chunk: Buffer) => {
    if (++chunks % 16 === 0) collect();
    const buf = free.pop() ?? new ArrayBuffer(size);
    new Uint8Array(buf).set(chunk);
    port.postMessage({ type: 'chunk', data: buf, length: chunk.length }, [buf]);
    if (!free.length) gunzip.pause();
  });
  gunzip.on('end', () => port.postMessage({ type: 'end' }));
  const fail = (e: NodeJS.ErrnoException) => port.postMessage({ type: 'error', message: e.message, code: e.code });
  gunzip.on('error', fail);
  const input = fs.createReadStream(path, { highWaterMark: 1 << 20 });
  input.on('error', fail);
  input.pipe(gunzip);
}

/**
 * A local gzip file's bytes, inflated on a worker thread: the calling thread only parses (zlib's
 * own thread-pool work and its callbacks would otherwise share this thread's time). Each chunk is
 * valid until the next is asked for; its memory then goes back to the worker.
 */
export async function* gunzipInWorker(path: string): AsyncGenerator<Buffer> {
  const w = new Worker(`"use strict";\nvar __name = (f) => f;\n(${inflateMain.toString()})(${collectGarbage.toString()}, require);\n`, {
    eval: true,
    workerData: { path, ahead: 6, size: 1 << 20 },
  });
  const queue: Array<{ type: string; data?: ArrayBuffer; length?: number; message?: string; code?: string }> = [];
  let wake: (() => void) | undefined;
  const push = (m: (typeof queue)[number]) => {
    queue.push(m);
    wake?.();
  };
  w.on('message', push);
  w.on('error', (e: NodeJS.ErrnoException) => push({ type: 'error', message: e.message, code: e.code }));
  try {
    for (;;) {
      while (!queue.length) await new Promise<void>((r) => (wake = r));
      const m = queue.shift()!;
      if (m.type === 'end') return;
      if (m.type === 'error') throw Object.assign(new Error(m.message), { code: m.code });
      yield Buffer.from(m.data!, 0, m.length);
      w.postMessage(m.data, [m.data!]);
    }
  } finally {
    await w.terminate();
  }
}

let source: string | undefined;

/** The worker's program: the kernel and the loop, as text. `__name` is what some transpilers wrap functions in. */
function workerSource(): string {
  source ??= `"use strict";\nvar __name = (f) => f;\n(${workerMain.toString()})(${csvKernel.toString()}, ${collectGarbage.toString()}, require);\n`;
  return source;
}

/** Folds the files on `threads` workers and returns one kernel result per file, in file order. */
export async function parseInWorkers(files: readonly ParallelFile[], setup: KernelSetup, o: ParallelOptions): Promise<KernelResult[]> {
  const results: KernelResult[] = new Array(files.length);
  const rowsOf = new Float64Array(files.length);
  let next = 0;
  let done = 0;
  const workers = Array.from(
    { length: Math.max(1, Math.min(o.threads, files.length)) },
    () => new Worker(workerSource(), { eval: true, workerData: setup }),
  );
  const report = () =>
    o.onProgress?.(
      rowsOf.reduce((a, b) => a + b, 0),
      done,
    );
  try {
    await Promise.all(
      workers.map(async (w) => {
        while (next < files.length) {
          const i = next++;
          results[i] = await parseOne(w, files[i]!, (rows) => {
            rowsOf[i] = rows;
            report();
          });
          rowsOf[i] = results[i]!.rows;
          done++;
          report();
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

function parseOne(w: Worker, f: ParallelFile, onRows: (rows: number) => void): Promise<KernelResult> {
  return new Promise((resolve, reject) => {
    let inFlight = 0;
    let wake: (() => void) | undefined;
    let stream: Readable | undefined;
    const cleanup = () => {
      w.off('message', onMessage);
      w.off('error', onError);
      stream?.destroy();
    };
    const onError = (e: Error) => {
      cleanup();
      reject(readError(f.name, e));
    };
    const onMessage = (m: FromWorker) => {
      if (m.type === 'progress') onRows(m.rows);
      else if (m.type === 'ack') {
        inFlight--;
        wake?.();
      } else if (m.type === 'error') {
        cleanup();
        reject(readError(f.name, Object.assign(new Error(m.message), { code: m.code })));
      } else {
        cleanup();
        resolve(m.result);
      }
    };
    w.on('message', onMessage);
    w.on('error', onError);
    const gz = /\.gz$/i.test(f.name);
    w.postMessage({ type: 'file', name: f.name, ...(f.path !== undefined ? { path: f.path } : {}), gz } satisfies ToWorker);
    if (f.path !== undefined) return;
    void (async () => {
      try {
        stream = f.stream!();
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          // Copy out of the stream's pool so the bytes can be handed over, not cloned again.
          const data = new Uint8Array(chunk);
          inFlight++;
          w.postMessage({ type: 'chunk', data } satisfies ToWorker, [data.buffer]);
          while (inFlight >= IN_FLIGHT) await new Promise<void>((r) => (wake = r));
        }
        w.postMessage({ type: 'end' } satisfies ToWorker);
      } catch (e) {
        onError(e as Error);
      }
    })();
  });
}

export function readError(name: string, err: unknown): InputError {
  const e = err as NodeJS.ErrnoException;
  if (e instanceof InputError) return e;
  if (typeof e.code === 'string' && e.code.startsWith('Z_')) return new InputError(`${name}: not a readable gzip file (${e.message})`);
  if (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) return new InputError(`${name}: cannot be read (${e.code})`);
  // The kernel's own errors already name file and line.
  return new InputError(e.message);
}
