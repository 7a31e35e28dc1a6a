/** The CLI's window on the process, passed in so commands can be run from tests. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { ConfigResult } from '../config/config.js';
import { describeIoError } from '../load/read.js';
import { forStderr, forStdout } from '../github/runner-log.js';
import { showControls } from '../text/log-safe.js';
import { resolveFindings } from '../findings/resolve.js';

export interface Io {
  cwd: string;
  color: boolean;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Workflow commands meant for the runner (`--format github`); default: stdout. */
  workflowCommands?(text: string): void;
  /** Asks a yes/no question on the terminal; absent when there is no terminal to ask on. */
  confirm?(question: string): Promise<boolean>;
  /** The running CLI script, which can also serve as a worker thread (absent in tests). */
  script?: string;
  /** Standard error is a terminal: progress lines may overwrite themselves there. */
  stderrIsTerminal?: boolean;
}

export function processIo(): Io {
  const color = !!process.stdout.isTTY && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  return {
    cwd: process.cwd(),
    color: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : color,
    env: process.env,
    // Under GitHub Actions no file-derived text may act as a workflow command (ADR 0130).
    stdout: (t) => void process.stdout.write(forStdout(t, process.env)),
    stderr: (t) => void process.stderr.write(forStderr(t, process.env)),
    stderrIsTerminal: !!process.stderr.isTTY,
    workflowCommands: (t) => void process.stdout.write(t),
    ...(process.stdin.isTTY && process.stderr.isTTY ? { confirm: askOnTerminal } : {}),
    // LIFEGUARD_THREADS=1 keeps check on one thread.
    ...(process.argv[1] && process.env.LIFEGUARD_THREADS !== '1' ? { script: process.argv[1] } : {}),
  };
}

/** A report to `output` (relative to the working directory) or to standard output; false if it cannot be written. */
export async function writeOutput(io: Io, output: string | undefined, text: string): Promise<boolean> {
  if (!output) {
    io.stdout(text);
    return true;
  }
  const target = resolve(io.cwd, output);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
    return true;
  } catch (err) {
    io.stderr(`lifeguard: cannot write ${output}: ${describeIoError(err)}\n`);
    return false;
  }
}

/** Only the word "yes" confirms, as in terraform apply: a stray Enter or "y" changes nothing. */
async function askOnTerminal(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(question)).trim().toLowerCase() === 'yes';
  } finally {
    rl.close();
  }
}

/** A bad .lifeguard.yml is a usage error: one line per problem, file:line:column, exit 2. */
export function printConfigProblems(result: Extract<ConfigResult, { ok: false }>, io: Io): number {
  if (result.ioError) {
    io.stderr(`lifeguard: ${showControls(result.ioError)}\n`);
    return 2;
  }
  const docs = new Map(result.doc ? [[result.doc.file, result.doc]] : []);
  for (const d of resolveFindings(result.findings, docs)) {
    io.stderr(`lifeguard: ${showControls(d.file)}:${d.line}:${d.column}: ${showControls(d.message)}\n`);
  }
  return 2;
}
