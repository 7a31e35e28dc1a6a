/**
 * What `plan` produces per target and for the run: the contract of `lifeguard plan --format json`
 * and the input of the plan formatters and of `apply`.
 */
import type { ConfigurationDiff } from '../diff/diff.js';
import type { Diagnostic } from '../findings/types.js';
import type { LifecycleJson } from '../s3/convert.js';
import type { DefaultRetention, VersioningState } from '../s3/state.js';
import type { ExpiryProjection } from './expiry.js';
import type { SyncState } from '../model/sync-state.js';

export interface BucketSummary {
  versioning: VersioningState;
  mfaDelete: boolean;
  objectLock: { enabled: boolean; defaultRetention?: DefaultRetention };
  /** Rules in the live lifecycle configuration; null when the bucket has none. */
  liveRules: number | null;
}

export interface TargetPlan {
  target: string;
  bucket: string;
  /** The file (or policy stage) the proposed rules come from. */
  source?: string;
  /** Set when the target could not be planned; nothing else is then trustworthy. */
  failure?: string;
  bucketState?: BucketSummary;
  /** The live configuration (null: none). */
  live?: LifecycleJson | null;
  proposed?: LifecycleJson;
  diff?: ConfigurationDiff;
  diagnostics: Diagnostic[];
  expiry?: ExpiryProjection;
  /** A production or immutable target on a bucket without Object Lock (for the gate). */
  immutabilityMissing?: boolean;
  /** What the plan could not do or wants the reader to know (listing skipped, tags unread, …). */
  notices: string[];
  /** Where the bucket stands against the git history of its rules (plan --drift). */
  sync?: SyncState;
}

export interface PlanSummary {
  targets: number;
  changed: number;
  unchanged: number;
  failed: number;
  errors: number;
  warnings: number;
}

export interface PlanReport {
  version: 1;
  targets: TargetPlan[];
  summary: PlanSummary;
}

export function summarize(targets: readonly TargetPlan[]): PlanSummary {
  const count = (s: Diagnostic['severity']) => targets.reduce((n, t) => n + t.diagnostics.filter((d) => d.severity === s).length, 0);
  return {
    targets: targets.length,
    changed: targets.filter((t) => !t.failure && t.diff && !t.diff.equal).length,
    unchanged: targets.filter((t) => !t.failure && t.diff?.equal).length,
    failed: targets.filter((t) => t.failure).length,
    errors: count('error'),
    warnings: count('warning'),
  };
}
