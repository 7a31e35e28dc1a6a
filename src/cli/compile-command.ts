/** `lifeguard compile`: parse flags, run the compile pipeline, print or write, return the exit status. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { runCompile } from '../pipeline/compile.js';
import { formatStylish } from '../report/stylish.js';
import { COMPILE_HELP, UsageError } from './usage.js';
import type { Io } from './io.js';
import { printConfigProblems } from './io.js';

export async function compileCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(COMPILE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('name the retention policy to compile');
  if (positionals.length > 1 && !values.out) throw new UsageError('several policies need --out DIR (one file per bucket)');

  const loaded = await loadConfig(values.config, io.cwd);
  if (!loaded.ok) return printConfigProblems(loaded, io);

  const result = await runCompile(positionals, loaded.config, io.cwd);
  for (const e of result.ioErrors) io.stderr(`lifeguard: ${e.path}: ${e.message}\n`);
  if (result.report.diagnostics.length) {
    io.stderr(formatStylish(result.report, result.sources, { color: io.color && !values['no-color'] }));
  }
  if (result.ioErrors.length) return 2;
  if (result.report.summary.errors > 0) return 1;

  if (!values.out) {
    io.stdout(result.outputs[0]!.text);
    return 0;
  }
  const dir = resolve(io.cwd, values.out);
  try {
    await mkdir(dir, { recursive: true });
    for (const o of result.outputs) {
      const path = join(dir, `${o.bucket}.lifecycle.json`);
      await writeFile(path, o.text);
      io.stdout(`${join(values.out, `${o.bucket}.lifecycle.json`)}: ${o.rules} rules from ${o.policyFile}\n`);
    }
  } catch (err) {
    io.stderr(`lifeguard: cannot write to ${values.out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 2;
  }
  return 0;
}
