import { describe, expect, it } from 'vitest';
import {
  expirationShorterThanObjectLock as rule,
  retentionDays,
} from '../../../src/plan/state-rules/expiration-shorter-than-object-lock.js';
import { checkStateRule } from '../../helpers/state.js';

const RULES = `Rules:
  - ID: short
    Status: Enabled
    Filter: { Prefix: a/ }
    Expiration: { Days: 7 }
    NoncurrentVersionExpiration: { NoncurrentDays: 1 }
`;
const lock = (days?: number, years?: number) => ({
  versioning: 'Enabled' as const,
  objectLock: {
    enabled: true,
    defaultRetention: { mode: 'COMPLIANCE', ...(days !== undefined ? { days } : {}), ...(years !== undefined ? { years } : {}) },
  },
});

describe(rule.meta.id, () => {
  it('valid and invalid cases', () => {
    checkStateRule(
      rule,
      [
        { name: 'no Object Lock', code: RULES },
        { name: 'Object Lock without default retention', code: RULES, state: { versioning: 'Enabled', objectLock: { enabled: true } } },
        {
          name: 'expiry at least the retention',
          code: RULES.replace('Days: 7', 'Days: 30').replace('NoncurrentDays: 1', 'NoncurrentDays: 30'),
          state: lock(30),
        },
        { name: 'disabled rule', code: RULES.replace('Enabled', 'Disabled'), state: lock(30) },
      ],
      [
        {
          name: 'both shorter than 30 days',
          code: RULES,
          state: lock(30),
          errors: [
            {
              line: 5,
              column: 25,
              message:
                "rule 'short': Expiration after 7 days is shorter than bucket b's Object Lock default retention (30 days, COMPLIANCE)",
            },
            { line: 6, column: 52, message: /replaced within 29 days of being written is still locked/ },
          ],
        },
        {
          name: 'a retention in years',
          code: RULES.replace('NoncurrentDays: 1', 'NoncurrentDays: 400'),
          state: lock(undefined, 1),
          errors: [{ line: 5, message: /365 days/ }],
        },
      ],
    );
  });

  it('reads retention in days or in 365-day years', () => {
    expect(retentionDays({ days: 5 })).toBe(5);
    expect(retentionDays({ years: 2 })).toBe(730);
    expect(retentionDays({ mode: 'GOVERNANCE' })).toBeUndefined();
  });
});
