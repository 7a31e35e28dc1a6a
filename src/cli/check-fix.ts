/**
 * `check --fix`, `--fix-dry-run` and `--fix-type`: run the fix loop (pipeline/fix.ts), write the
 * files or print what would change as a unified diff, and say in one line what was done.
 */
import type { LifeguardConfig } from '../config/config.js';
import type { FixKind } from '../fix/types.js';
import { unifiedDiff } from '../fix/diff.js';
import { plural } from '../lint/messages.js';
import { runFix } from '../pipeline/fix.js';
import { showControls } from '../text/log-safe.js';
import type { Io } from './io.js';
import { UsageError } from './usage.js';

export const FIX_TYPES: readonly FixKind[] = ['safe', 'suggestion'];

export interface FixMode {
  dryRun: boolean;
  types: ReadonlySet<FixKind>;
}

export function fixMode(values: {
  fix?: boolean;
  'fix-dry-run'?: boolean;
  'fix-type'?: string;
  format?: string;
  output?: string;
}): FixMode | undefined {
  const type = values['fix-type'];
  if (type !== undefined && !(FIX_TYPES as readonly string[]).includes(type))
    throw new UsageError(`unknown fix type '${type}'; use safe or suggestion`);
  if (!values.fix && !values['fix-dry-run']) {
    if (type !== undefined) throw new UsageError('--fix-type needs --fix or --fix-dry-run');
    return undefined;
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('give --fix or --fix-dry-run, not both');
  if (values['fix-dry-run'] && (values.format !== undefined || values.output !== undefined))
    throw new UsageError('--fix-dry-run prints a diff; it takes no --format or --output');
  // Suggestions change what the rules do: only when asked, and then with the safe fixes.
  return { dryRun: !!values['fix-dry-run'], types: new Set<FixKind>(type === 'suggestion' ? ['safe', 'suggestion'] : ['safe']) };
}

/** Returns 0, or 2 when a file could not be read or written. */
export async function fixFiles(paths: readonly string[], config: LifeguardConfig, io: Io, mode: FixMode): Promise<number> {
  const run = await runFix(paths, config, io.cwd, { types: mode.types, write: !mode.dryRun });
  let fixes = 0;
  for (const f of run.files) {
    fixes += f.applied.length;
    if (mode.dryRun) io.stdout(unifiedDiff(f.file, f.before, f.after).split('\n').map(showControls).join('\n'));
    for (const r of f.refused)
      io.stderr(
        `lifeguard: ${showControls(f.file)}: not fixed: ${showControls(r.description)} (the result would not parse or would gain an error).\n`,
      );
  }
  const changed = run.files.filter((f) => f.after !== f.before).length;
  const verb = mode.dryRun ? 'would change' : 'changed';
  io.stderr(
    `lifeguard: ${plural(fixes, 'fix', 'fixes')} ${verb} ${plural(changed, 'file')}${mode.dryRun ? ' (dry run: nothing written)' : ''}.\n`,
  );
  for (const e of run.ioErrors) io.stderr(`lifeguard: ${showControls(e.path)}: ${showControls(e.message)}\n`);
  return run.ioErrors.length ? 2 : 0;
}
