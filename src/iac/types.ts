/**
 * What every infrastructure-as-code front end hands to the core (ADR 0160): for each resource that
 * holds lifecycle rules, the request its tool will send (S3 API shape: Rules and
 * TransitionDefaultMinimumObjectSize) and an origin for every field, so that the lifecycle rules run
 * unchanged and their findings land on the line of the Terraform attribute or template property.
 */
import type { Severity } from '../lint/types.js';

export interface Origin {
  /** Pointer into the source document the unit came from (a .tf file's pointers: see hcl-document.ts). */
  pointer: string;
  /** Where a value that is not written at this place came from: "var.ia_days, default in variables.tf:3". */
  via?: string;
  /** True for a value written at `pointer` (an attribute or property), false for a block or a default. */
  exact: boolean;
}

export interface FrontEndFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Pointer into the source document. */
  pointer: string;
  /** What to do about it. */
  hint?: string;
}

export interface LifecycleUnit {
  /** How messages name the resource: `aws_s3_bucket_lifecycle_configuration.ml_data`, `DataBucket`. */
  subject: string;
  /** Terraform address or CloudFormation logical ID, as `.lifeguard.yml` targets name it. */
  address: string;
  /** Pointer of the resource in the source document (configuration-wide findings land here). */
  pointer: string;
  bucket?: string;
  request: { Rules: unknown[]; TransitionDefaultMinimumObjectSize?: string };
  /** Request pointer → origin; a finding takes the origin of its pointer's longest known prefix. */
  origins: Map<string, Origin>;
  /** Request pointers whose value is unknown before apply: findings on them are dropped. */
  unknown: Set<string>;
  /**
   * Request pointers (rules, or '' for the whole configuration) with blocks that cannot be expanded
   * statically (`dynamic`, unknown lists): only findings on a written value survive inside them.
   */
  incomplete: Set<string>;
  /** The front end's own findings (values not evaluated, what the tool itself refuses). */
  findings: FrontEndFinding[];
}
