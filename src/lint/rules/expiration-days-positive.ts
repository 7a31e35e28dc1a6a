import { rejection } from '../messages.js';
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
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const days = int(obj(rule.raw.Expiration)?.Days);
      if (days === undefined || days >= 1) continue;
      ctx.report({
        pointer: rule.at('Expiration', 'Days'),
        message: rejection(
          rule.label,
          `it expires objects after ${days} days; the earliest is 1 day after creation`,
          'InvalidArgument',
          "'Days' for Expiration action must be a positive integer",
        ),
      });
    }
  },
};
