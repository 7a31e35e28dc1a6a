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
  /** The id of the rule's message (RuleMeta.messages), and the values put into its placeholders. */
  messageId?: string;
  data?: MessageData;
  /** AWS's answer to the request, and how lifeguard knows it; only where AWS rejects (or may reject). */
  aws?: AwsAnswer;
  /** What to do about it, in one sentence. */
  hint?: string;
}

export type MessageData = Readonly<Record<string, string | number>>;

/**
 * How sure lifeguard is of AWS's answer, said one way everywhere (formatters word it):
 * - `recorded`: AWS's own code and text are on record (its model, a real response in a public thread);
 * - `documented`: AWS's documentation says it rejects this; the exact answer is not on record;
 * - `emulators`: only S3-compatible servers that copy AWS's answers were seen: no AWS text is quoted;
 * - `unconfirmed`: AWS rejected it once and changed its rules since; whether it still does is open.
 */
export type AwsCertainty = 'recorded' | 'documented' | 'emulators' | 'unconfirmed';

export interface AwsAnswer {
  /** AWS's error code (MalformedXML, InvalidArgument, InvalidRequest), when known. */
  code?: string;
  /** AWS's error text, verbatim; only when `evidence` is `recorded`. */
  text?: string;
  evidence: AwsCertainty;
  /** `unconfirmed`: the day AWS changed the rule this rests on. */
  since?: string;
}

/** One message a rule can give: a short text with {{placeholders}}, AWS's answer and the fix. */
export interface MessageSpec {
  /** What is wrong, and where; ESLint's register, under 120 characters once filled in. */
  message: string;
  aws?: AwsAnswer;
  hint?: string;
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
  /** The messages the rule gives, by id (src/lint/report-message.ts fills them in). */
  messages?: Readonly<Record<string, MessageSpec>>;
}

export interface Report {
  pointer: string;
  /** A key of the rule's `meta.messages`, with the values of its placeholders. */
  messageId?: string;
  data?: MessageData;
  /** A finished message, for rules whose messages are not yet declared by id. */
  message?: string;
  reportOnKey?: boolean;
  /** A rule covering both REJECT and UNVERIFIED rows may lower one finding's severity. */
  severity?: Severity;
  /** What would resolve the finding, as changes at pointers; the engine makes them text edits. */
  fixes?: FixPlan[];
}

/** What a `.lifeguard.yml` target promises about the data a document's rules govern. */
export interface TargetFacts {
  readonly name: string;
  readonly stage?: string;
  readonly immutable?: boolean;
  readonly minRetentionDays?: number;
}

export interface LintContext {
  readonly file: string;
  /** The targets whose rules this document holds (empty when none names it). */
  readonly targets: readonly TargetFacts[];
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
