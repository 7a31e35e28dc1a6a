import { rejection } from '../messages.js';
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
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const nve = obj(rule.raw.NoncurrentVersionExpiration);
      if (!nve) continue;
      if (!present(nve, 'NoncurrentDays')) {
        const keep = present(nve, 'NewerNoncurrentVersions') ? '; NewerNoncurrentVersions does not replace it' : '';
        ctx.report({
          pointer: rule.at('NoncurrentVersionExpiration'),
          reportOnKey: true,
          message: rejection(rule.label, `NoncurrentVersionExpiration has no NoncurrentDays${keep}`, 'MalformedXML'),
        });
        continue;
      }
      const days = int(nve.NoncurrentDays);
      if (days === undefined || days >= 1) continue;
      ctx.report({
        pointer: rule.at('NoncurrentVersionExpiration', 'NoncurrentDays'),
        message: rejection(
          rule.label,
          `NoncurrentVersionExpiration has NoncurrentDays ${days}; it must be 1 or more`,
          'InvalidArgument',
          "'NoncurrentDays' for NoncurrentVersionExpiration action must be a positive integer",
        ),
      });
    }
  },
};
