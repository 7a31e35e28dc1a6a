/** `lifeguard compile`: parse flags, run the compile pipeline, print or write, return the exit status. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { EMIT_FORMATS, runCompile, type EmitFormat } from '../pipeline/compile.js';
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
      emit: { type: 'string' },
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
  const emit = (values.emit ?? 'json') as EmitFormat;
  if (!EMIT_FORMATS.includes(emit)) throw new UsageError(`--emit takes ${EMIT_FORMATS.join(', ')}, not "${values.emit}"`);
  if (positionals.length > 1 && !values.out) throw new UsageError('several policies need --out DIR (one file per bucket)');

  const loaded = await loadConfig(values.config, io.cwd);
  if (!loaded.ok) return printConfigProblems(loaded, io);

  const result = await runCompile(positionals, loaded.config, io.cwd, emit);
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
      await writeFile(join(dir, o.fileName), o.text);
      io.stdout(`${join(values.out, o.fileName)}: ${o.rules} rules from ${o.policyFile}\n`);
    }
  } catch (err) {
    io.stderr(`lifeguard: cannot write to ${values.out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 2;
  }
  return 0;
}
