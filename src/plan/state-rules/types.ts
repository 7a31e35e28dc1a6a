/**
 * Rules that judge proposed lifecycle rules against the bucket they will land on (versioning,
 * Object Lock, MFA delete, the target's stage). They need live state, so they run in plan and
 * apply rather than in the file-only lint registry, but they produce the same Finding shape and
 * carry the same metadata, so formats, SARIF and `.lifeguard.yml` severities treat them alike.
 */
import type { CanonicalRule } from '../../model/canonical.js';
import type { Finding, RuleMeta, Severity } from '../../lint/types.js';
import type { RuleView } from '../../lint/view.js';
import type { BucketState } from '../../s3/state.js';

/** One proposed rule: its view in the source file (pointers, label) and its canonical form. */
export interface ProposedRule {
  view: RuleView;
  canonical: CanonicalRule;
}

export interface StateReport {
  pointer: string;
  messageId?: string;
  data?: Readonly<Record<string, string | number>>;
  message?: string;
  /** The file the pointer is in; default: the target's source file. */
  file?: string;
  reportOnKey?: boolean;
}

/** What a bucket-state rule reads of a `.lifeguard.yml` target (a TargetConfig fits it): rules sit below the configuration. */
export interface StateTarget {
  name: string;
  bucket: string;
  stage?: string;
  immutable?: boolean;
}

export interface StateContext {
  readonly target: StateTarget;
  readonly state: BucketState;
  /** File the proposed rules come from (findings point into it). */
  readonly file: string;
  /** Pointer of the LifecycleConfiguration object in that file. */
  readonly base: string;
  readonly rules: readonly ProposedRule[];
  /** `.lifeguard.yml` and the target's pointer in it, for findings about the target itself. */
  readonly configFile?: string;
  readonly targetPointer: string;
  report(report: StateReport): void;
}

export interface StateRule {
  meta: RuleMeta;
  check(ctx: StateContext): void;
}

export type { Finding, Severity };
