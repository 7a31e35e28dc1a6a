import { documented, recorded } from '../report-message.js';
import { present } from '../transition-sequence.js';
import type { LifecycleRule } from '../types.js';
import { int, obj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 3d.1: NoncurrentVersionExpiration always needs NoncurrentDays of at least 1, even
 * when NewerNoncurrentVersions says how many versions to keep (terraform-provider-aws#35328).
 */
export const noncurrentExpirationDays: LifecycleRule = {
  meta: {
    id: 'noncurrent-expiration-days',
    description: 'NoncurrentVersionExpiration has NoncurrentDays of at least 1, even with NewerNoncurrentVersions.',
    defaultSeverity: 'error',
    catalogue: ['3d.1'],
    evidence: evidenceFor('3d.1'),
    messages: {
      missing: {
        message: '{{rule}}: NoncurrentVersionExpiration has no NoncurrentDays',
        aws: documented('MalformedXML'),
        hint: 'Add "NoncurrentDays"{{keep}}.',
      },
      notPositive: {
        message: '{{rule}}: NoncurrentVersionExpiration has NoncurrentDays {{days}}; it must be 1 or more',
        aws: recorded('InvalidArgument', "'NoncurrentDays' for NoncurrentVersionExpiration action must be a positive integer"),
        hint: 'Use 1 or more days.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const nve = obj(rule.raw.NoncurrentVersionExpiration);
      if (!nve) continue;
      if (!present(nve, 'NoncurrentDays')) {
        const keep = present(nve, 'NewerNoncurrentVersions') ? ': NewerNoncurrentVersions does not replace it' : '';
        ctx.report({
          pointer: rule.at('NoncurrentVersionExpiration'),
          reportOnKey: true,
          messageId: 'missing',
          data: { rule: rule.label, keep },
        });
        continue;
      }
      const days = int(nve.NoncurrentDays);
      if (days === undefined || days >= 1) continue;
      ctx.report({
        pointer: rule.at('NoncurrentVersionExpiration', 'NoncurrentDays'),
        messageId: 'notPositive',
        data: { rule: rule.label, days },
      });
    }
  },
};
