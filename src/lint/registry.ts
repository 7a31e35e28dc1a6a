/**
 * Every lifecycle rule, by id, in sorted order (a test keeps it sorted). The id is the key for
 * `.lifeguard.yml`, SARIF, annotations and docs/rules/<id>.md.
 */
import { FILE_RULES } from './file-rules.js';
import { abortMultipartMissing } from './rules/abort-multipart-missing.js';
import { dateBasedAction } from './rules/date-based-action.js';
import { deprecatedV1Prefix } from './rules/deprecated-v1-prefix.js';
import { earlyDeletionCharge } from './rules/early-deletion-charge.js';
import { lifecycleSchema } from './rules/lifecycle-schema.js';
import { literalPrefix } from './rules/literal-prefix.js';
import { overlappingRules } from './rules/overlapping-rules.js';
import { ruleIdUnique } from './rules/rule-id-unique.js';
import { smallObjectTransition } from './rules/small-object-transition.js';
import { smallObjectsNotTransitioned } from './rules/small-objects-not-transitioned.js';
import { transitionIaMinimum } from './rules/transition-ia-minimum.js';
import { wholeBucketExpiration } from './rules/whole-bucket-expiration.js';
import type { LifecycleRule, RuleMeta } from './types.js';

export const LIFECYCLE_RULES: Readonly<Record<string, LifecycleRule>> = {
  'abort-multipart-missing': abortMultipartMissing,
  'date-based-action': dateBasedAction,
  'deprecated-v1-prefix': deprecatedV1Prefix,
  'early-deletion-charge': earlyDeletionCharge,
  'lifecycle-schema': lifecycleSchema,
  'literal-prefix': literalPrefix,
  'overlapping-rules': overlappingRules,
  'rule-id-unique': ruleIdUnique,
  'small-object-transition': smallObjectTransition,
  'small-objects-not-transitioned': smallObjectsNotTransitioned,
  'transition-ia-minimum': transitionIaMinimum,
  'whole-bucket-expiration': wholeBucketExpiration,
};

/** Metadata of everything that can produce a finding, for SARIF, docs and configuration. */
export function allRuleMetas(): RuleMeta[] {
  return [...FILE_RULES, ...Object.values(LIFECYCLE_RULES).map((r) => r.meta)].sort((a, b) => a.id.localeCompare(b.id));
}

export function ruleMeta(id: string): RuleMeta | undefined {
  return LIFECYCLE_RULES[id]?.meta ?? FILE_RULES.find((m) => m.id === id);
}
