import { describeStep, noncurrentTimeline } from '../transition-sequence.js';
import type { LifecycleRule } from '../types.js';
import { int, obj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 3d.5: noncurrent versions expire strictly after their last noncurrent transition. With
 * NewerNoncurrentVersions on the expiration, AWS applies equal days (Terraform's acceptance test
 * does so on AWS), so equal days then only warn: the versions S3 keeps newer than the count are
 * never expired, and the older ones are transitioned and expired on the same day.
 */
export const noncurrentExpirationAfterTransition: LifecycleRule = {
  meta: {
    id: 'noncurrent-expiration-after-transition',
    description: 'NoncurrentVersionExpiration comes strictly after every NoncurrentVersionTransition of the rule.',
    defaultSeverity: 'error',
    catalogue: ['3d.5'],
    evidence: evidenceFor('3d.5', '3d.5-newer'),
    messages: {
      notAfter: {
        message: '{{rule}}: NoncurrentVersionExpiration at noncurrent day {{days}} is not after {{step}}',
        // AWS's text is on record (go-to-k/cdkd#1426); its code only from emulators (InvalidArgument).
        aws: {
          evidence: 'recorded',
          text: "'NoncurrentDays' in the NoncurrentVersionExpiration action must be greater than 'NoncurrentDays' in the NoncurrentVersionTransition action",
        },
        hint: 'Expire noncurrent versions later than their last noncurrent transition.',
      },
      sameDayWithNewer: {
        message: '{{rule}}: noncurrent versions beyond the {{newer}} kept are transitioned and expired on noncurrent day {{days}}',
        hint: 'AWS accepts equal days when NewerNoncurrentVersions is set, but the transition only adds a charge: drop it or expire later.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const expiration = obj(rule.raw.NoncurrentVersionExpiration);
      const days = int(expiration?.NoncurrentDays);
      // Below 1 is noncurrent-expiration-days' finding.
      if (days === undefined || days < 1) continue;
      const timeline = noncurrentTimeline(rule);
      if (timeline.steps.length === 0) continue;
      const last = timeline.steps.reduce((a, b) => (b.at > a.at ? b : a));
      if (days > last.at) continue;
      const pointer = rule.at('NoncurrentVersionExpiration', 'NoncurrentDays');
      const newer = int(expiration?.NewerNoncurrentVersions);
      if (days === last.at && newer !== undefined && newer > 0) {
        ctx.report({ pointer, severity: 'warning', messageId: 'sameDayWithNewer', data: { rule: rule.label, days, newer } });
      } else {
        ctx.report({ pointer, messageId: 'notAfter', data: { rule: rule.label, days, step: describeStep(timeline, last) } });
      }
    }
  },
};
