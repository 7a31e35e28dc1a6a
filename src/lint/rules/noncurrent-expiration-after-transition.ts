import { rejection } from '../messages.js';
import { describeStep, noncurrentTimeline } from '../transition-sequence.js';
import type { LifecycleRule } from '../types.js';
import { int, obj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

/** Catalogue 3d.5: noncurrent versions expire strictly after their last noncurrent transition. */
export const noncurrentExpirationAfterTransition: LifecycleRule = {
  meta: {
    id: 'noncurrent-expiration-after-transition',
    description: 'NoncurrentVersionExpiration comes strictly after every NoncurrentVersionTransition of the rule.',
    defaultSeverity: 'error',
    catalogue: ['3d.5'],
    evidence: evidenceFor('3d.5'),
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const days = int(obj(rule.raw.NoncurrentVersionExpiration)?.NoncurrentDays);
      // Below 1 is noncurrent-expiration-days' finding.
      if (days === undefined || days < 1) continue;
      const timeline = noncurrentTimeline(rule);
      if (timeline.steps.length === 0) continue;
      const last = timeline.steps.reduce((a, b) => (b.at > a.at ? b : a));
      if (days > last.at) continue;
      ctx.report({
        pointer: rule.at('NoncurrentVersionExpiration', 'NoncurrentDays'),
        message: rejection(
          rule.label,
          `NoncurrentVersionExpiration at noncurrent day ${days} does not come after ${describeStep(timeline, last)}`,
          'InvalidArgument',
          "'NoncurrentDays' in the NoncurrentVersionExpiration action must be greater than 'NoncurrentDays' in the NoncurrentVersionTransition action",
        ),
      });
    }
  },
};
