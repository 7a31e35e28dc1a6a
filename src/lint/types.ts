/**
 * The contracts of the lint core: findings, rule metadata and the context a rule sees. Findings
 * carry a file and a JSON Pointer, never a line: positions are resolved at the output boundary.
 */
import type { Position } from '../load/document.js';
import type { Evidence } from './evidence/types.js';
import type { Fix, FixKind, FixPlan } from '../fix/types.js';
import type { RuleView } from './view.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  /** RFC 6901 pointer into the file's data ('' is the whole document). */
  pointer: string;
  /** Point at the key rather than the value (for missing or unwanted members). */
  reportOnKey?: boolean;
  /** Set only when there is no parsed document to locate in (parse errors). */
  position?: Position;
  /** Edits that resolve the finding (src/fix), when the rule has one and the file can take it. */
  fixes?: Fix[];
}

export interface RuleMeta {
  /** Stable kebab-case id: the key for configuration, SARIF, annotations and docs/rules/<id>.md. */
  id: string;
  /** One line, in the user's words. */
  description: string;
  defaultSeverity: Severity;
  /** Rows of shared/spec/s3-lifecycle-constraints.md this rule enforces (e.g. '3b.3', 'W1'). */
  catalogue: readonly string[];
  /**
   * Why lifeguard says AWS rejects (or may reject) what this rule reports: AWS's model text, its
   * documentation, its answers on record, each with the day last confirmed (src/lint/evidence/).
   * Every rule that says AWS rejects something has it; docs/rules/<id>.md shows it.
   */
  evidence?: readonly Evidence[];
  /** The fix its findings carry, when they carry one (docs/rules/<id>.md says so, generated). */
  fix?: { kind: FixKind; what: string };
}

export interface Report {
  pointer: string;
  message: string;
  reportOnKey?: boolean;
  /** A rule covering both REJECT and UNVERIFIED rows may lower one finding's severity. */
  severity?: Severity;
  /** What would resolve the finding, as changes at pointers; the engine makes them text edits. */
  fixes?: FixPlan[];
}

export interface LintContext {
  readonly file: string;
  /** Pointer of the LifecycleConfiguration object inside the file ('' or '/LifecycleConfiguration'). */
  readonly base: string;
  /** The whole file's data (the request shape wraps the configuration). */
  readonly document: unknown;
  /** The LifecycleConfiguration object, not yet trusted to be well formed. */
  readonly config: Record<string, unknown>;
  /** One view per element of Rules that is an object. */
  readonly rules: readonly RuleView[];
  /** Bucket name when the file is a full PutBucketLifecycleConfiguration request. */
  readonly bucket?: string;
  /** TransitionDefaultMinimumObjectSize as the file gives it (request header or configuration member). */
  readonly transitionDefaultMinimumObjectSize?: unknown;
  /** Rules in the file; `config.Rules` holds at most the first 1,000 (lint/bounds.ts). */
  readonly ruleCount?: number;
  /** The clock rules judge dates against (past vs future); injected so linting stays pure. */
  readonly now: Date;
  report(report: Report): void;
  /** The source text of the scalar at a pointer, when the file's text is at hand (`30.0` where the data holds 30). */
  literal?(pointer: string): string | undefined;
}

export interface LifecycleRule {
  meta: RuleMeta;
  check(ctx: LintContext): void;
}
