/**
 * What apply did for one target, and its status in a word: read by the pipeline that applies and
 * by the formatters that summarise it (report/apply-summary.ts), so it sits below both.
 */
import type { TargetConfig } from '../config/config.js';
import type { DeletionProjection } from '../model/deletion.js';
import type { TargetPlan } from '../plan/types.js';
import type { LifecycleJson } from '../s3/convert.js';
import type { Decision, Execution } from './apply.js';

export interface TargetApplication {
  target: TargetConfig;
  plan: TargetPlan;
  decision: Decision;
  execution?: Execution;
  /** The bucket's configuration before (null: none), when it could be read. */
  before?: LifecycleJson | null;
  /** What the bucket holds now, verified (null: none), when apply wrote and verified it. */
  after?: LifecycleJson | null;
  /** What would be (or was) sent: the rules and the TransitionDefaultMinimumObjectSize stated (null: the configuration deleted). */
  toWrite?: LifecycleJson | null;
  /** Dry runs: what the write deletes earlier than the live rules would, from a listing. */
  deletion?: DeletionProjection;
}

export type ApplyStatus = 'applied' | 'unchanged' | 'refused' | 'failed' | 'would apply';

export function statusOf(t: TargetApplication): ApplyStatus {
  if (t.execution) return t.execution.ok ? 'applied' : 'failed';
  if (t.decision.action === 'put' || t.decision.action === 'delete') return 'would apply';
  return t.decision.action === 'none' ? 'unchanged' : 'refused';
}
