/**
 * Every lifecycle rule, by id, in sorted order (a test keeps it sorted). The id is the key for
 * `.lifeguard.yml`, SARIF, annotations and docs/rules/<id>.md.
 */
import { abortMultipartDays } from './rules/abort-multipart-days.js';
import { abortMultipartFilter } from './rules/abort-multipart-filter.js';
import { abortMultipartMissing } from './rules/abort-multipart-missing.js';
import { andOperatorPredicates } from './rules/and-operator-predicates.js';
import { bucketTypeSupport } from './rules/bucket-type-support.js';
import { dateBasedAction } from './rules/date-based-action.js';
import { dateDaysMixing } from './rules/date-days-mixing.js';
import { dateMidnight } from './rules/date-midnight.js';
import { deleteMarkerFilter } from './rules/delete-marker-filter.js';
import { deprecatedV1Prefix } from './rules/deprecated-v1-prefix.js';
import { earlyDeletionCharge } from './rules/early-deletion-charge.js';
import { expirationAfterTransition } from './rules/expiration-after-transition.js';
import { expirationDaysPositive } from './rules/expiration-days-positive.js';
import { expirationOneOf } from './rules/expiration-one-of.js';
import { filterObjectSize } from './rules/filter-object-size.js';
import { filterOrPrefix } from './rules/filter-or-prefix.js';
import { filterPrefixLength } from './rules/filter-prefix-length.js';
import { filterSinglePredicate } from './rules/filter-single-predicate.js';
import { filterTagCount } from './rules/filter-tag-count.js';
import { filterTagKeysUnique } from './rules/filter-tag-keys-unique.js';
import { filterTagLength } from './rules/filter-tag-length.js';
import { integerValues } from './rules/integer-values.js';
import { lifecycleSchema } from './rules/lifecycle-schema.js';
import { literalPrefix } from './rules/literal-prefix.js';
import { newerNoncurrentVersions } from './rules/newer-noncurrent-versions.js';
import { noncurrentExpirationAfterTransition } from './rules/noncurrent-expiration-after-transition.js';
import { noncurrentExpirationDays } from './rules/noncurrent-expiration-days.js';
import { noncurrentTransitionDays } from './rules/noncurrent-transition-days.js';
import { noncurrentTransitionOrder } from './rules/noncurrent-transition-order.js';
import { overlappingRules } from './rules/overlapping-rules.js';
import { productionExpiration } from './rules/production-expiration.js';
import { ruleActionRequired } from './rules/rule-action-required.js';
import { ruleIdLength } from './rules/rule-id-length.js';
import { ruleIdRequired } from './rules/rule-id-required.js';
import { ruleIdUnique } from './rules/rule-id-unique.js';
import { ruleStatus } from './rules/rule-status.js';
import { rulesLimit } from './rules/rules-limit.js';
import { rulesRequired } from './rules/rules-required.js';
import { smallObjectTransition } from './rules/small-object-transition.js';
import { smallObjectsNotTransitioned } from './rules/small-objects-not-transitioned.js';
import { transitionClassUnique } from './rules/transition-class-unique.js';
import { transitionGap } from './rules/transition-gap.js';
import { transitionOrder } from './rules/transition-order.js';
import { transitionTargetClass } from './rules/transition-target-class.js';
import { transitionTiming } from './rules/transition-timing.js';
import { v1OverlappingPrefixes } from './rules/v1-overlapping-prefixes.js';
import { v1V2Mixing } from './rules/v1-v2-mixing.js';
import { wholeBucketExpiration } from './rules/whole-bucket-expiration.js';
import { xmlCharacters } from './rules/xml-characters.js';
import type { LifecycleRule } from './types.js';

export const LIFECYCLE_RULES: Readonly<Record<string, LifecycleRule>> = {
  'abort-multipart-days': abortMultipartDays,
  'abort-multipart-filter': abortMultipartFilter,
  'abort-multipart-missing': abortMultipartMissing,
  'and-operator-predicates': andOperatorPredicates,
  'bucket-type-support': bucketTypeSupport,
  'date-based-action': dateBasedAction,
  'date-days-mixing': dateDaysMixing,
  'date-midnight': dateMidnight,
  'delete-marker-filter': deleteMarkerFilter,
  'deprecated-v1-prefix': deprecatedV1Prefix,
  'early-deletion-charge': earlyDeletionCharge,
  'expiration-after-transition': expirationAfterTransition,
  'expiration-days-positive': expirationDaysPositive,
  'expiration-one-of': expirationOneOf,
  'filter-object-size': filterObjectSize,
  'filter-or-prefix': filterOrPrefix,
  'filter-prefix-length': filterPrefixLength,
  'filter-single-predicate': filterSinglePredicate,
  'filter-tag-count': filterTagCount,
  'filter-tag-keys-unique': filterTagKeysUnique,
  'filter-tag-length': filterTagLength,
  'integer-values': integerValues,
  'lifecycle-schema': lifecycleSchema,
  'literal-prefix': literalPrefix,
  'newer-noncurrent-versions': newerNoncurrentVersions,
  'noncurrent-expiration-after-transition': noncurrentExpirationAfterTransition,
  'noncurrent-expiration-days': noncurrentExpirationDays,
  'noncurrent-transition-days': noncurrentTransitionDays,
  'noncurrent-transition-order': noncurrentTransitionOrder,
  'overlapping-rules': overlappingRules,
  'production-expiration': productionExpiration,
  'rule-action-required': ruleActionRequired,
  'rule-id-length': ruleIdLength,
  'rule-id-required': ruleIdRequired,
  'rule-id-unique': ruleIdUnique,
  'rule-status': ruleStatus,
  'rules-limit': rulesLimit,
  'rules-required': rulesRequired,
  'small-object-transition': smallObjectTransition,
  'small-objects-not-transitioned': smallObjectsNotTransitioned,
  'transition-class-unique': transitionClassUnique,
  'transition-gap': transitionGap,
  'transition-order': transitionOrder,
  'transition-target-class': transitionTargetClass,
  'transition-timing': transitionTiming,
  'v1-overlapping-prefixes': v1OverlappingPrefixes,
  'v1-v2-mixing': v1V2Mixing,
  'whole-bucket-expiration': wholeBucketExpiration,
  'xml-characters': xmlCharacters,
};
