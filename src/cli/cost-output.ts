/**
 * What the cost command and its --track mode share: where a report goes, how bad input ends, the
 * progress line, and the price catalog as a dependency tests can replace.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Io } from './io.js';
import { InputError } from '../cost/inventory/errors.js';
import type { PriceCatalog } from '../cost/prices/types.js';
import type { PriceSource } from '../cost/prices/load.js';

export interface CostDeps {
  loadCatalog(source: PriceSource, region: string): Promise<PriceCatalog>;
}

/** The report to --output FILE or standard output; status 0. */
export async function emit(io: Io, output: string | undefined, text: string): Promise<number> {
  if (output) await writeOutput(io, output, text);
  else io.stdout(text);
  return 0;
}

/** Bad input is one sentence and status 2; anything else is the CLI's internal error. */
export function inputFailure(io: Io, err: unknown): number {
  if (!(err instanceof InputError)) throw err;
  io.stderr(`lifeguard: ${err.message}\n`);
  return 2;
}

/**
 * Progress on standard error: on a terminal one line rewritten in place; elsewhere (a CI log) only
 * a listing's last line, once, so the log says how much was listed.
 */
export function progressLine(io: Io): { line: (text: string) => void; end: (keepLast: boolean) => void } {
  let last = '';
  let shown = false;
  return {
    line(text) {
      last = text;
      if (!io.stderrIsTerminal) return;
      io.stderr(`\r\x1b[2K${text}`);
      shown = true;
    },
    end(keepLast) {
      if (io.stderrIsTerminal && shown) io.stderr(keepLast ? '\n' : '\r\x1b[2K');
      else if (keepLast && last) io.stderr(`${last}\n`);
    },
  };
}

/** Writes a report (relative to the working directory); a failure is one sentence. */
export async function writeOutput(io: Io, file: string, text: string): Promise<void> {
  try {
    await writeFile(resolve(io.cwd, file), text);
  } catch (err) {
    throw new InputError(`cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}
