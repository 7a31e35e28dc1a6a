/**
 * `lifeguard apply`: plan every target, show what will change, ask (or take --yes), then write,
 * read back and verify each target independently, keeping a backup of what was there.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decide, execute, type ApplyOptions, type Decision } from '../apply/apply.js';
import type { BaseOption } from '../apply/base.js';
import { loadConfig, workspaceOf } from '../config/config.js';
import { plural } from '../lint/messages.js';
import { prepareTargets, TargetSelectionError } from '../pipeline/plan.js';
import type { PreparedTarget } from '../plan/plan.js';
import { showControls } from '../text/log-safe.js';
import { changeLines } from '../report/plan-text.js';
import { startDeadline } from './deadline.js';
import type { Io } from './io.js';
import { printConfigProblems } from './io.js';
import { APPLY_HELP, UsageError } from './usage.js';
import { historyDepthOption } from './plan-command.js';
import { gitTopLevel, resolveCommit } from '../history/git-log.js';
import { History } from '../history/sync.js';

type Outcome = 'applied' | 'unchanged' | 'refused' | 'failed' | 'not confirmed';

export async function applyCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      config: { type: 'string', short: 'c' },
      target: { type: 'string', short: 't', multiple: true },
      yes: { type: 'boolean', short: 'y' },
      'on-drift': { type: 'string' },
      base: { type: 'string' },
      'base-ref': { type: 'string' },
      'delete-all': { type: 'boolean' },
      'history-depth': { type: 'string' },
      deadline: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(APPLY_HELP);
    return 0;
  }
  startDeadline(values.deadline);
  const onDrift = values['on-drift'] ?? 'stop';
  if (onDrift !== 'stop' && onDrift !== 'overwrite') throw new UsageError(`--on-drift takes stop or overwrite, not '${onDrift}'`);
  if (values.base !== undefined && values['base-ref'] !== undefined) throw new UsageError('give --base or --base-ref, not both');
  const base: BaseOption | undefined =
    values.base !== undefined
      ? { file: resolve(io.cwd, values.base), label: values.base }
      : values['base-ref'] !== undefined
        ? { ref: values['base-ref'] }
        : undefined;
  const depth = historyDepthOption(values['history-depth']);

  const loaded = await loadConfig(values.config, io.cwd);
  if (!loaded.ok) return printConfigProblems(loaded, io);
  const config = loaded.config;
  let prepared: PreparedTarget[];
  try {
    if (base && 'file' in base && (values.target?.length ?? config.targets.length) !== 1) {
      throw new UsageError("--base FILE is the base of one target's file; name that target with --target (or use --base-ref)");
    }
    prepared = await prepareTargets(config, values.target ?? [], {
      cwd: io.cwd,
      env: io.env,
      listLimit: 0,
      now: new Date(),
      configDoc: loaded.doc,
    });
  } catch (err) {
    if (err instanceof TargetSelectionError) throw new UsageError(err.message);
    throw err;
  }
  // Without a base, the drift guard searches the history of the git checkout holding .lifeguard.yml.
  const top = base ? undefined : await gitTopLevel(config.dir);
  const root = top && (await resolveCommit(top, 'HEAD')) ? top : undefined;
  const history = root ? await History.open({ root, head: 'HEAD', depth }, config) : undefined;
  const options: ApplyOptions = {
    onDrift,
    base,
    ...(history ? { history } : {}),
    deleteAll: !!values['delete-all'],
    dir: config.dir,
    now: () => new Date(),
    display: (p) => workspaceOf(config).display(p),
  };

  const decisions: Decision[] = [];
  try {
    for (const p of prepared) {
      const d = await decide(p, options);
      decisions.push(d);
      io.stdout(describeDecision(p, d));
    }
  } finally {
    await history?.close();
  }
  const pending = prepared.filter((_, i) => decisions[i]!.action === 'put' || decisions[i]!.action === 'delete');
  const outcomes: Outcome[] = decisions.map((d) =>
    d.action === 'none' ? 'unchanged' : d.action === 'refuse' ? 'refused' : 'not confirmed',
  );
  let confirmed = pending.length > 0 && !!values.yes;
  if (pending.length > 0 && !values.yes) {
    const question = `\nApply these changes to ${plural(pending.length, 'bucket')}? Only 'yes' is accepted: `;
    if (!io.confirm) {
      io.stderr(
        `lifeguard: not applying: ${plural(pending.length, 'bucket')} would change and there is no terminal to confirm on; review the plan above and pass --yes.\n`,
      );
      io.stdout(summary(outcomes));
      return 2;
    }
    confirmed = await io.confirm(question);
    if (!confirmed) io.stdout('Not confirmed: nothing was changed.\n');
  }
  if (confirmed) {
    io.stdout('\n');
    for (const [i, p] of prepared.entries()) {
      const d = decisions[i]!;
      if (d.action !== 'put' && d.action !== 'delete') continue;
      const r = await execute(p, d.action, options);
      outcomes[i] = r.ok ? 'applied' : 'failed';
      const lines = [`target ${p.target.name}: ${r.ok ? '' : 'FAILED: '}${r.message}`];
      if (r.backup?.path) lines.push(`  previous configuration saved to ${options.display(r.backup.path)}`);
      if (r.backup) lines.push(`  to restore it: ${r.backup.restore}`);
      io.stdout(lines.map(showControls).join('\n') + '\n');
    }
  }
  io.stdout(summary(outcomes));
  return outcomes.some((o) => o === 'failed' || o === 'refused' || o === 'not confirmed') ? 1 : 0;
}

function describeDecision(p: PreparedTarget, d: Decision): string {
  const t = p.plan;
  const out = [`target ${t.target}: bucket ${t.bucket}${t.source ? ` from ${t.source}` : ''}`];
  for (const diag of t.diagnostics)
    out.push(`  ${diag.file}:${diag.line}:${diag.column}  ${diag.severity}  ${diag.message}  ${diag.ruleId}`);
  if (d.action === 'refuse') {
    out.push(`  refused: ${d.reason}`);
    if (d.drift) out.push(...d.drift.sentences.map((s) => `    ${s}`));
  } else if (d.action === 'none') {
    out.push(`  nothing to do: ${d.reason}`);
  } else if (d.action === 'delete') {
    out.push(`  will delete the bucket's lifecycle configuration (${plural(t.live?.Rules.length ?? 0, 'rule')}) (--delete-all)`);
  } else if (t.diff) {
    out.push(...changeLines(t.diff, t.live === null).map((l) => `  ${l}`));
  }
  for (const n of d.notes) out.push(`  ${n}`);
  // The lines quote file content (rule IDs, file names): one visible line each.
  return out.map(showControls).join('\n') + '\n';
}

function summary(outcomes: readonly Outcome[]): string {
  const order: Outcome[] = ['applied', 'unchanged', 'refused', 'failed', 'not confirmed'];
  const parts = order.map((o) => [o, outcomes.filter((x) => x === o).length] as const).filter(([o, n]) => n > 0 || o === 'applied');
  return `\napply: ${parts.map(([o, n]) => `${n} ${o}`).join(', ')}.\n`;
}
