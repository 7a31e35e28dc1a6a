/**
 * `apply` as the action runs it after a merge: the same steps as `lifeguard apply --yes` (refuse
 * on error findings or drift, nothing written when the bucket already has the rules, re-read
 * before writing, back up, write, read back, verify), for the targets the push changed. The
 * workflow asking for `command: apply` is the confirmation; the drift guard's base is the commit
 * before the push.
 */
import { decide, execute, type ApplyOptions } from '../apply/apply.js';
import type { TargetApplication } from '../apply/outcome.js';
import type { BaseOption } from '../apply/base.js';
import { workspaceOf, type LifeguardConfig } from '../config/config.js';
import type { SourceDocument } from '../load/document.js';
import { prepareTargets } from './plan.js';

export interface ApplyRunInput {
  config: LifeguardConfig;
  configDoc?: SourceDocument;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The targets to apply, by name; never empty (an empty list would mean all to prepareTargets). */
  names: readonly string[];
  base?: BaseOption;
  onDrift: ApplyOptions['onDrift'];
  deleteAll: boolean;
  now: () => Date;
}

export async function runApply(input: ApplyRunInput): Promise<TargetApplication[]> {
  if (input.names.length === 0) return [];
  const prepared = await prepareTargets(input.config, input.names, { cwd: input.cwd, env: input.env, listLimit: 0, now: input.now(), configDoc: input.configDoc });
  const options: ApplyOptions = {
    onDrift: input.onDrift,
    ...(input.base ? { base: input.base } : {}),
    deleteAll: input.deleteAll,
    dir: input.config.dir,
    now: input.now,
    display: (p) => workspaceOf(input.config).display(p),
  };
  const out: TargetApplication[] = [];
  for (const p of prepared) {
    const decision = await decide(p, options);
    const t: TargetApplication = { target: p.target, plan: p.plan, decision };
    if (p.state) t.before = p.state.lifecycle ?? null;
    if (decision.action === 'put' || decision.action === 'delete') {
      t.execution = await execute(p, decision.action, options);
      if (t.execution.ok && t.execution.verified) t.after = decision.action === 'delete' ? null : p.proposed!.configuration;
    }
    out.push(t);
  }
  return out;
}
