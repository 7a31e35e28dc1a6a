/**
 * Large folders on several cores: the files of `check` are split into contiguous shares, one per
 * thread; worker threads run the CLI's own bundle (which recognises `workerData`) and send back
 * findings with positions already resolved, plus the text of files that have findings (for code
 * frames). The main thread checks the first share itself and keeps its documents for the
 * cross-file steps. A worker that fails is never a lost file: its share is checked in order.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { LifeguardConfig } from '../config/config.js';
import type { Candidate } from '../load/discover.js';
import { checkCandidate, settle, type SettledOutcome } from './check-file.js';

/** Below this many files a thread costs more to start than it saves. */
export const PARALLEL_MIN_FILES = 64;
const MAX_THREADS = 4;
const WORKER_FLAG = 'lifeguardCheckWorker';

export type WorkerOutcome = SettledOutcome;

interface WorkerInput {
  [WORKER_FLAG]: true;
  candidates: Candidate[];
  config: LifeguardConfig;
  fixes: boolean;
}

export async function checkInWorkers(
  candidates: readonly Candidate[],
  config: LifeguardConfig,
  script: string,
  fixes = false,
): Promise<SettledOutcome[] | undefined> {
  const threads = Math.min(MAX_THREADS, availableParallelism(), Math.floor(candidates.length / (PARALLEL_MIN_FILES / 2)));
  if (threads < 2 || candidates.length < PARALLEL_MIN_FILES) return undefined;
  const size = Math.ceil(candidates.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => candidates.slice(i * size, (i + 1) * size));
  const remote = shares.slice(1).map((share) => runWorker(script, share, config, fixes));
  const out: SettledOutcome[] = [];
  for (const c of shares[0]!) out.push(settle(await checkCandidate(c, config, fixes), config));
  for (const [i, pending] of remote.entries()) {
    const result = await pending;
    if (result) out.push(...result);
    else for (const c of shares[i + 1]!) out.push(settle(await checkCandidate(c, config, fixes), config));
  }
  return out;
}

function runWorker(script: string, candidates: Candidate[], config: LifeguardConfig, fixes: boolean): Promise<WorkerOutcome[] | undefined> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (v: WorkerOutcome[] | undefined) => {
      if (!settled) {
        settled = true;
        resolve(v);
      }
    };
    try {
      const input: WorkerInput = { [WORKER_FLAG]: true, candidates, config, fixes };
      const worker = new Worker(script, { workerData: input, stdout: false, stderr: false });
      worker.once('message', (m: WorkerOutcome[]) => done(m));
      worker.once('error', () => done(undefined));
      worker.once('exit', () => done(undefined));
    } catch {
      done(undefined);
    }
  });
}

/** True inside a check worker: the entry point then serves it instead of running the CLI. */
export function isCheckWorker(): boolean {
  return (
    !isMainThread && typeof workerData === 'object' && workerData !== null && (workerData as Record<string, unknown>)[WORKER_FLAG] === true
  );
}

export async function serveCheckWorker(): Promise<void> {
  const { candidates, config, fixes } = workerData as WorkerInput;
  const out: WorkerOutcome[] = [];
  for (const c of candidates) out.push(settle(await checkCandidate(c, config, fixes), config));
  parentPort!.postMessage(out);
}
