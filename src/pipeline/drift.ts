/**
 * The drift check: where each planned target's bucket stands against the git history of its rules
 * (history/sync.ts): in sync, lagging (an earlier commit's rules: an apply that did not happen),
 * drifted (rules no commit had: changed outside git), or unknown. Run by `lifeguard plan --drift`
 * and by the action's plan outside pull requests (a schedule, workflow_dispatch). Targets that could
 * not be planned are not judged here: their failure is reported by the plan.
 */
import type { LifeguardConfig } from '../config/config.js';
import { History, type HistorySearch, type SyncState } from '../history/sync.js';
import type { TargetPlan } from '../plan/types.js';
import type { DriftReport, TargetDrift } from '../model/sync-state.js';

export type { DriftReport, TargetDrift };

/** Sets `plan.sync` on every plan that has both sides, and sums up. */
export async function detectDrift(config: LifeguardConfig, plans: readonly TargetPlan[], search: HistorySearch): Promise<DriftReport> {
  const history = await History.open(search, config);
  const targets: TargetDrift[] = [];
  try {
    for (const plan of plans) {
      const target = config.targets.find((t) => t.name === plan.target);
      if (!target || plan.failure || !plan.proposed || plan.live === undefined) continue;
      plan.sync = await history.syncOf(target, plan.proposed, plan.live ?? undefined);
      targets.push({ target: plan.target, bucket: plan.bucket, sync: plan.sync });
    }
  } finally {
    await history.close();
  }
  const named = (state: SyncState['state']) => targets.filter((t) => t.sync.state === state).map((t) => t.target);
  return { head: search.head, targets, drifted: named('drifted'), lagging: named('lagging'), unknown: named('unknown') };
}

/** Out of sync: drifted, lagging, or not known which. */
export function outOfSync(r: DriftReport): boolean {
  return r.drifted.length + r.lagging.length + r.unknown.length > 0;
}

/** The exit status `plan` uses for a drift finding, beside 0, 1 and 2 (docs/cli.md). */
export const DRIFT_EXIT_STATUS = 3;
