import { MAX_NEWER_NONCURRENT_VERSIONS } from '../../model/lifecycle.js';
import { rejection } from '../messages.js';
import type { LifecycleRule, LintContext } from '../types.js';
import { arr, int, isObj, obj } from '../../model/values.js';
import type { RuleView } from '../view.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 3d.6, 3d.7 and W11: NewerNoncurrentVersions is a positive count, only in V2 rules
 * (with a Filter). The documented maximum of 100 is not known to be enforced, so above it warns.
 */
export const newerNoncurrentVersions: LifecycleRule = {
  meta: {
    id: 'newer-noncurrent-versions',
    description: `NewerNoncurrentVersions is between 1 and ${MAX_NEWER_NONCURRENT_VERSIONS} and is used only in rules with a Filter.`,
    defaultSeverity: 'error',
    catalogue: ['3d.6', '3d.7', 'W11'],
    evidence: evidenceFor('3d.6', '3d.7'),
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const nve = obj(rule.raw.NoncurrentVersionExpiration);
      if (nve) checkCount(ctx, rule, nve.NewerNoncurrentVersions, 'NoncurrentVersionExpiration', ['NoncurrentVersionExpiration']);
      arr(rule.raw.NoncurrentVersionTransitions).forEach((t, i) => {
        if (isObj(t)) checkCount(ctx, rule, t.NewerNoncurrentVersions, 'NoncurrentVersionTransition', ['NoncurrentVersionTransitions', i]);
      });
    }
  },
};

function checkCount(ctx: LintContext, rule: RuleView, value: unknown, action: string, path: Array<string | number>): void {
  if (value === undefined) return;
  const pointer = rule.at(...path, 'NewerNoncurrentVersions');
  const where = path.length > 1 ? `${path[0]}[${path[1]}]` : action;
  if (rule.selector.version === 'v1') {
    ctx.report({
      pointer,
      reportOnKey: true,
      message: rejection(
        rule.label,
        `${where} uses NewerNoncurrentVersions in a rule with a top-level Prefix (lifecycle V1); move the prefix into "Filter": {"Prefix": …}`,
        'InvalidRequest',
        'NewerNoncurrentVersions element can only be used in Lifecycle V2.',
      ),
    });
  }
  const n = int(value);
  if (n === undefined) return;
  if (n <= 0) {
    ctx.report({
      pointer,
      message: rejection(
        rule.label,
        `${where} keeps NewerNoncurrentVersions ${n}; the count must be 1 or more`,
        'InvalidArgument',
        // Recorded for the expiration action only; the transition's wording is not known.
        action === 'NoncurrentVersionExpiration' ? "'NewerNoncurrentVersions' for NoncurrentVersionExpiration action must be a positive integer" : undefined,
      ),
    });
  } else if (n > MAX_NEWER_NONCURRENT_VERSIONS) {
    ctx.report({
      pointer,
      severity: 'warning',
      message: `${rule.label}: ${where} keeps NewerNoncurrentVersions ${n}, above the documented maximum of ${MAX_NEWER_NONCURRENT_VERSIONS}. Whether AWS rejects the PutBucketLifecycleConfiguration call for it is not verified; keep it at ${MAX_NEWER_NONCURRENT_VERSIONS} or less.`,
    });
  }
}
