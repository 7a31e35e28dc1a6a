/**
 * Apply's drift guard, before anything is written: has the bucket been changed outside git?
 *
 * - With a base (`--base FILE`, `--base-ref REF`): the live rules must equal the target's source as
 *   it was there (ADR 0051).
 * - With the branch's history (the action on the default branch, the CLI in a git checkout): the
 *   live rules must equal the target's rules at some commit of the branch. Equal to an earlier
 *   commit's, the bucket is lagging (a skipped or failed apply) and apply moves it forward, saying
 *   from which commit; equal to none, it drifted (ADR 0140).
 *
 * Drift stops the target unless `on-drift` is overwrite. Quarantine rules are left out on both sides:
 * they come from the quarantine file, which no base version of the source knows.
 */
import { diffConfigurations, type ConfigurationDiff } from '../diff/diff.js';
import { commitWords, describeSync, type History, type SyncState } from '../history/sync.js';
import { failureText, type PreparedTarget } from '../plan/plan.js';
import { withoutQuarantineRules } from '../quarantine/rules.js';
import type { LifecycleJson } from '../s3/convert.js';
import { readBase, type BaseOption } from './base.js';

export interface GuardOptions {
  onDrift: 'stop' | 'overwrite';
  base?: BaseOption;
  history?: History;
  /** How the user asks to overwrite, for messages: `--on-drift overwrite` (CLI) or `on-drift: overwrite` (action). */
  overwriteHint?: string;
}

export interface GuardResult {
  /** Set when the target must not be applied. */
  refusal?: string;
  /** How the bucket differs from the reference it was compared with, when it drifted. */
  drift?: ConfigurationDiff;
  sync?: SyncState;
  notes: string[];
}

export async function driftGuard(p: PreparedTarget, live: LifecycleJson | undefined, options: GuardOptions): Promise<GuardResult> {
  const proposed = p.proposed!;
  if (options.base) {
    let base;
    try {
      base = await readBase(options.base, proposed.path, proposed.file, proposed.configurationOf);
    } catch (err) {
      return { refusal: `drift guard: ${failureText(err)}`, notes: [] };
    }
    const drift = diffConfigurations(withoutQuarantineRules(base.configuration), withoutQuarantineRules(live));
    if (drift.equal) return { notes: [`drift guard: the live rules match ${base.label}`] };
    const what = `the bucket's live rules differ from ${base.label}${base.configuration ? '' : ' (no such file there)'}, so something changed them outside git`;
    return overwriteOrStop(what, drift, options, undefined);
  }
  if (options.history) {
    const sync = await options.history.syncOf(p.target, proposed.configuration, live);
    switch (sync.state) {
      case 'in-sync':
        return { sync, notes: ["drift guard: the live rules are the branch's (apart from quarantine rules)"] };
      case 'lagging':
        return {
          sync,
          notes: [
            `drift guard: lagging, not drifted: the bucket holds the rules of ${commitWords(sync.since)}, an earlier commit of the branch; applying moves it to this commit`,
          ],
        };
      case 'drifted': {
        const drift = diffConfigurations(withoutQuarantineRules(proposed.configuration), withoutQuarantineRules(live));
        return overwriteOrStop(describeSync(sync), drift, options, sync);
      }
      case 'unknown':
        return overwriteOrStop(describeSync(sync), undefined, options, sync);
    }
  }
  return { notes: ['drift guard off (no base commit or git history to compare the bucket with)'] };
}

function overwriteOrStop(
  what: string,
  drift: ConfigurationDiff | undefined,
  options: GuardOptions,
  sync: SyncState | undefined,
): GuardResult {
  const s = sync ? { sync } : {};
  const flag = options.overwriteHint ?? '--on-drift overwrite';
  if (options.onDrift === 'stop')
    return { ...s, refusal: `drift: ${what}; rerun with ${flag} to replace them`, ...(drift ? { drift } : {}), notes: [] };
  return { ...s, notes: [`drift: ${what}; overwriting (${flag})`] };
}
