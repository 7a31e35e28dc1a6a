import { recorded } from '../report-message.js';
import type { LifecycleRule } from '../types.js';
import { int, obj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

/** Catalogue 3a.2: Expiration.Days is at least 1 (unlike a Transition to an archive class, 0 is refused). */
export const expirationDaysPositive: LifecycleRule = {
  meta: {
    id: 'expiration-days-positive',
    description: 'Expiration.Days is a positive whole number (1 or more).',
    defaultSeverity: 'error',
    catalogue: ['3a.2'],
    evidence: evidenceFor('3a.2'),
    messages: {
      notPositive: {
        message: '{{rule}} expires objects after {{days}} days; the earliest is 1',
        aws: recorded('InvalidArgument', "'Days' for Expiration action must be a positive integer"),
        hint: 'Use 1 or more days.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const days = int(obj(rule.raw.Expiration)?.Days);
      if (days === undefined || days >= 1) continue;
      ctx.report({
        pointer: rule.at('Expiration', 'Days'),
        messageId: 'notPositive',
        data: { rule: rule.label, days },
      });
    }
  },
};
