/**
 * Every lifecycle rule, by id, in sorted order (a test keeps it sorted). The id is the key for
 * `.lifeguard.yml`, SARIF, annotations and docs/rules/<id>.md.
 */
import { FILE_RULES } from './file-rules.js';
import { bucketTypeSupport } from './rules/bucket-type-support.js';
import { dateDaysMixing } from './rules/date-days-mixing.js';
import { dateMidnight } from './rules/date-midnight.js';
import { expirationAfterTransition } from './rules/expiration-after-transition.js';
import { lifecycleSchema } from './rules/lifecycle-schema.js';
import { newerNoncurrentVersions } from './rules/newer-noncurrent-versions.js';
import { noncurrentExpirationAfterTransition } from './rules/noncurrent-expiration-after-transition.js';
import { noncurrentExpirationDays } from './rules/noncurrent-expiration-days.js';
import { noncurrentTransitionDays } from './rules/noncurrent-transition-days.js';
import { noncurrentTransitionOrder } from './rules/noncurrent-transition-order.js';
import { ruleIdUnique } from './rules/rule-id-unique.js';
import { transitionClassUnique } from './rules/transition-class-unique.js';
import { transitionGap } from './rules/transition-gap.js';
import { transitionIaMinimum } from './rules/transition-ia-minimum.js';
import { transitionOrder } from './rules/transition-order.js';
import { transitionTiming } from './rules/transition-timing.js';
import type { LifecycleRule, RuleMeta } from './types.js';

export const LIFECYCLE_RULES: Readonly<Record<string, LifecycleRule>> = {
  'bucket-type-support': bucketTypeSupport,
  'date-days-mixing': dateDaysMixing,
  'date-midnight': dateMidnight,
  'expiration-after-transition': expirationAfterTransition,
  'lifecycle-schema': lifecycleSchema,
  'newer-noncurrent-versions': newerNoncurrentVersions,
  'noncurrent-expiration-after-transition': noncurrentExpirationAfterTransition,
  'noncurrent-expiration-days': noncurrentExpirationDays,
  'noncurrent-transition-days': noncurrentTransitionDays,
  'noncurrent-transition-order': noncurrentTransitionOrder,
  'rule-id-unique': ruleIdUnique,
  'transition-class-unique': transitionClassUnique,
  'transition-gap': transitionGap,
  'transition-ia-minimum': transitionIaMinimum,
  'transition-order': transitionOrder,
  'transition-timing': transitionTiming,
};

/** Metadata of everything that can produce a finding, for SARIF, docs and configuration. */
export function allRuleMetas(): RuleMeta[] {
  return [...FILE_RULES, ...Object.values(LIFECYCLE_RULES).map((r) => r.meta)].sort((a, b) => a.id.localeCompare(b.id));
}

export function ruleMeta(id: string): RuleMeta | undefined {
  return LIFECYCLE_RULES[id]?.meta ?? FILE_RULES.find((m) => m.id === id);
}
