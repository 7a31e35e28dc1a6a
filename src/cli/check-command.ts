/** `lifeguard check`: parse flags, run the check pipeline, print, and return the exit status. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { runCheck } from '../pipeline/check.js';
import { FORMATTERS, FORMAT_NAMES } from '../report/index.js';
import { CHECK_HELP, UsageError } from './usage.js';
import type { Io } from './io.js';
import { printConfigProblems, writeOutput } from './io.js';

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  const format = values.format ?? 'stylish';
  const formatter = FORMATTERS[format];
  if (!formatter) throw new UsageError(`unknown format '${format}'; use one of ${FORMAT_NAMES.join(', ')}`);

  const loaded = await loadConfig(values.config, io.cwd);
  if (!loaded.ok) return printConfigProblems(loaded, io);

  const paths = positionals.length ? positionals : ['.'];
  const result = await runCheck(paths, loaded.config, io.cwd);
  for (const e of result.ioErrors) io.stderr(`lifeguard: ${e.path}: ${e.message}\n`);
  const text = formatter(result.report, result.sources, { color: io.color && !values['no-color'] && !values.output, cwd: io.cwd });
  if (!(await writeOutput(io, values.output, text))) return 2;
  if (result.ioErrors.length) return 2;
  return result.report.summary.errors > 0 ? 1 : 0;
}
