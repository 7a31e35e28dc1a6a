/**
 * `apply` as the action runs it on the default branch: the same steps as `lifeguard apply --yes`
 * (refuse on error findings or drift, nothing written when the bucket already has the rules,
 * re-read before writing, back up, write, read back, verify), for every target (reconcile: a run
 * that was skipped or failed is repaired by the next). The workflow asking for `command: apply` is
 * the confirmation; the drift guard searches the branch's history (a bucket behind the branch is
 * lagging and applied, one matching no version drifted). A dry run decides and measures what each
 * write would delete, and writes nothing.
 */
import { decide, execute, type ApplyOptions } from '../apply/apply.js';
import type { TargetApplication } from '../apply/outcome.js';
import type { BaseOption } from '../apply/base.js';
import { History, type HistorySearch } from '../history/sync.js';
import { transitionDefaultFor } from '../s3/write.js';
import { deletedEarlier } from './deletion.js';
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
  /** Search the branch's history for the live rules (instead of a base). */
  history?: HistorySearch;
  onDrift: ApplyOptions['onDrift'];
  overwriteHint?: string;
  deleteAll: boolean;
  now: () => Date;
  /** Decide, measure, and write nothing; the listing (entries per bucket) measures what each write deletes. */
  dryRun?: { maxObjects: number; horizonMonths: number };
}

export async function runApply(input: ApplyRunInput): Promise<TargetApplication[]> {
  if (input.names.length === 0) return [];
  const now = input.now();
  const listLimit = input.dryRun?.maxObjects ?? 0;
  const prepared = await prepareTargets(input.config, input.names, {
    cwd: input.cwd,
    env: input.env,
    listLimit,
    now,
    configDoc: input.configDoc,
  });
  const history = input.history && !input.base ? await History.open(input.history, input.config) : undefined;
  const options: ApplyOptions = {
    onDrift: input.onDrift,
    ...(input.base ? { base: input.base } : {}),
    ...(history ? { history } : {}),
    ...(input.overwriteHint ? { overwriteHint: input.overwriteHint } : {}),
    deleteAll: input.deleteAll,
    dir: input.config.dir,
    now: input.now,
    display: (p) => workspaceOf(input.config).display(p),
  };
  const out: TargetApplication[] = [];
  try {
    for (const p of prepared) {
      const decision = await decide(p, options);
      const t: TargetApplication = { target: p.target, plan: p.plan, decision };
      if (p.state) t.before = p.state.lifecycle ?? null;
      if (decision.action === 'put' || decision.action === 'delete') {
        const proposed = p.proposed!.configuration;
        t.toWrite =
          decision.action === 'delete' ? null : { ...proposed, TransitionDefaultMinimumObjectSize: transitionDefaultFor(proposed) };
        if (input.dryRun && p.listing && p.state) {
          t.deletion = deletedEarlier(
            p.listing.listing,
            p.listing.tagsOf,
            p.state.lifecycle,
            decision.action === 'delete' ? { Rules: [] } : proposed,
            now,
            p.state.versioning !== 'Never',
            input.dryRun.horizonMonths,
          );
        }
        if (!input.dryRun) {
          t.execution = await execute(p, decision.action, options);
          if (t.execution.ok && t.execution.verified) t.after = decision.action === 'delete' ? null : proposed;
        }
      }
      out.push(t);
    }
  } finally {
    await history?.close();
  }
  return out;
}
