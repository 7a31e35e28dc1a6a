/** `lifeguard check`: parse flags, run the check pipeline, print, and return the exit status. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { describeIoError } from '../load/read.js';
import { plural } from '../lint/messages.js';
import { runCheck } from '../pipeline/check.js';
import { FORMATTERS, FORMAT_NAMES } from '../report/index.js';
import { showControls } from '../text/log-safe.js';
import { CHECK_HELP, UsageError } from './usage.js';
import type { Io } from './io.js';
import { fixFiles, fixMode } from './check-fix.js';
import { printConfigProblems } from './io.js';

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

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
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      'fix-type': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return EXIT.ok;
  }
  const format = values.format ?? 'stylish';
  const formatter = FORMATTERS[format];
  if (!formatter) throw new UsageError(`unknown format '${format}'; use one of ${FORMAT_NAMES.join(', ')}`);
  if (values.output === '') throw new UsageError('--output needs a file name');
  if (positionals.some((p) => p === '')) throw new UsageError('an empty PATH was given');

  const loaded = await loadConfig(values.config, io.cwd);
  if (!loaded.ok) return printConfigProblems(loaded, io);

  const paths = positionals.length ? positionals : ['.'];
  const fixing = fixMode(values);
  if (fixing) {
    const status = await fixFiles(paths, loaded.config, io, fixing);
    // A dry run only shows; --fix goes on to report what is left.
    if (fixing.dryRun || status !== EXIT.ok) return status;
  }
  // Only the machine-readable reports show fixes; making them costs a pass over each file.
  const result = await runCheck(paths, loaded.config, io.cwd, { workerScript: io.script, fixes: format === 'json' || format === 'sarif' });
  const failed = result.ioErrors.length > 0;

  // Nothing was read (every PATH missing or unreadable): a report would only say "no problems".
  const printed = !failed || result.report.diagnostics.length > 0 || result.report.files.some((f) => f.kind !== 'unreadable');
  if (printed) {
    const text = formatter(result.report, result.sources, {
      color: io.color && !values['no-color'] && !values.output,
      cwd: io.cwd,
      // In GitHub Actions, annotations and SARIF want paths from the repository root.
      root: io.env.GITHUB_WORKSPACE || io.cwd,
    });
    if (values.output) {
      const target = resolve(io.cwd, values.output);
      try {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, text);
      } catch (err) {
        io.stderr(`lifeguard: cannot write ${values.output}: ${describeIoError(err)}\n`);
        return EXIT.failure;
      }
    } else if (format === 'github') {
      // The one format whose lines are commands; every value in them is escaped (report/github.ts).
      (io.workflowCommands ?? io.stdout)(text);
    } else {
      io.stdout(text);
    }
  }
  // After the report, so they are the last thing a reader sees.
  for (const e of result.ioErrors) io.stderr(`lifeguard: ${showControls(e.path)}: ${showControls(e.message)}\n`);
  if (failed) {
    // Under a report that may look clean, say plainly that it does not cover everything.
    if (printed) io.stderr(`lifeguard: the check is incomplete: ${plural(result.ioErrors.length, 'path')} could not be read.\n`);
    return EXIT.failure;
  }
  return result.report.summary.errors > 0 ? EXIT.findings : EXIT.ok;
}
