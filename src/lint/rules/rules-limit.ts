import { joinPointer } from '../../load/pointer.js';
import { MAX_LIFECYCLE_RULES } from '../../model/s3-limits.js';
import { rejection } from '../messages.js';
import type { LifecycleRule } from '../types.js';
import { evidenceFor } from '../evidence/records.js';

/** Catalogue 1.2: at most 1,000 rules per bucket, a limit AWS does not raise. */
export const rulesLimit: LifecycleRule = {
  meta: {
    id: 'rules-limit',
    description: `The configuration has at most ${MAX_LIFECYCLE_RULES.toLocaleString('en-US')} rules.`,
    defaultSeverity: 'error',
    catalogue: ['1.2'],
    evidence: evidenceFor('1.2'),
  },
  check(ctx) {
    const rules = ctx.config.Rules;
    const count = ctx.ruleCount ?? (Array.isArray(rules) ? rules.length : 0);
    if (!Array.isArray(rules) || count <= MAX_LIFECYCLE_RULES) return;
    ctx.report({
      pointer: joinPointer(ctx.base, 'Rules'),
      reportOnKey: true,
      message: rejection(
        'the configuration',
        `it has ${count.toLocaleString('en-US')} rules, ${(count - MAX_LIFECYCLE_RULES).toLocaleString('en-US')} more than the ${MAX_LIFECYCLE_RULES.toLocaleString('en-US')} a bucket may have (the limit cannot be raised); merge rules that share a filter${rules.length < count ? ` (lifeguard checked the first ${rules.length.toLocaleString('en-US')} one by one)` : ''}`,
        'InvalidRequest',
        `The number of lifecycle rules must not exceed the allowed limit of ${MAX_LIFECYCLE_RULES} rules.`,
      ),
    });
  },
};
