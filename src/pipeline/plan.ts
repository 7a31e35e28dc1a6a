/**
 * `plan` over the targets of .lifeguard.yml, shared by the CLI and the action: pick the targets,
 * prepare each one independently, and build the report.
 */
import type { LifeguardConfig, TargetConfig } from '../config/config.js';
import { prepareTarget, type PlanOptions, type PreparedTarget } from '../plan/plan.js';
import { summarize, type PlanReport } from '../plan/types.js';

export class TargetSelectionError extends Error {
  override name = 'TargetSelectionError';
}

/** The targets named (all when none is), in the file's order, with their index in the file. */
export function selectTargets(config: LifeguardConfig, names: readonly string[]): Array<{ target: TargetConfig; index: number }> {
  const all = config.targets.map((target, index) => ({ target, index }));
  if (all.length === 0) {
    throw new TargetSelectionError(
      `${config.file ?? '.lifeguard.yml'} defines no targets; see docs/plan-apply.md for how to name a bucket and its rules`,
    );
  }
  if (names.length === 0) return all;
  const unknown = names.filter((n) => !all.some((t) => t.target.name === n));
  if (unknown.length) {
    throw new TargetSelectionError(
      `no target named ${unknown.map((n) => `'${n}'`).join(', ')}; the targets are ${all.map((t) => t.target.name).join(', ')}`,
    );
  }
  return all.filter((t) => names.includes(t.target.name));
}

export async function prepareTargets(config: LifeguardConfig, names: readonly string[], options: PlanOptions): Promise<PreparedTarget[]> {
  const out: PreparedTarget[] = [];
  for (const { target, index } of selectTargets(config, names)) out.push(await prepareTarget(target, index, config, options));
  return out;
}

export async function runPlan(config: LifeguardConfig, names: readonly string[], options: PlanOptions): Promise<PlanReport> {
  const targets = (await prepareTargets(config, names, options)).map((p) => p.plan);
  return { version: 1, targets, summary: summarize(targets) };
}
