/**
 * Rule IDs of compiled configurations: `<policy>.<stage>.<purpose>`, or `<policy>.<purpose>` for
 * housekeeping that covers the whole bucket. Readable in the S3 console, and stable: an edit to one
 * stage changes only that stage's rules, so the diff of the compiled file stays small.
 */
import type { PolicyStage } from './model.js';

export type StagePurpose = 'expire' | 'archive' | 'transition' | 'noncurrent' | 'failed-runs';
export type HousekeepingPurpose = 'delete-markers' | 'abort-mpu';

export function stageRuleId(policy: string, stage: string, purpose: StagePurpose | HousekeepingPurpose): string {
  return `${policy}.${stage}.${purpose}`;
}

/** Housekeeping rules are keyed by prefix; stages sharing a prefix share one rule. */
export function housekeepingRuleId(policy: string, prefix: string, stages: readonly string[], purpose: HousekeepingPurpose): string {
  if (prefix === '') return `${policy}.${purpose}`;
  return `${policy}.${stages.join('+')}.${purpose}`;
}

/** The rule holding a stage's current-version actions is named after what it finally does. */
export function currentPurpose(stage: PolicyStage): StagePurpose | undefined {
  if (stage.expireAfterDays !== undefined) return 'expire';
  if (stage.archive) return 'archive';
  if (stage.transitions.length) return 'transition';
  return undefined;
}
