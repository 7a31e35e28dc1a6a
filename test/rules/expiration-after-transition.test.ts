import { describe, it } from 'vitest';
import { expirationAfterTransition } from '../../src/lint/rules/expiration-after-transition.js';
import { checkRule } from '../helpers/lint.js';

const days = (transitions: string, expiration: number) =>
  `Rules:\n  - ID: ttl\n    Status: Enabled\n    Filter: {Prefix: ""}\n    Transitions: [${transitions}]\n    Expiration:\n      Days: ${expiration}\n`;

describe('expiration-after-transition (3b.9)', () => {
  it('accepts an Expiration after every Transition', () => {
    checkRule(
      expirationAfterTransition,
      [
        { name: 'prod: IA@30, expire at 365', code: days('{Days: 30, StorageClass: STANDARD_IA}', 365) },
        { name: 'one day later', code: days('{Days: 0, StorageClass: INTELLIGENT_TIERING}, {Days: 90, StorageClass: GLACIER}', 91) },
        {
          name: 'Dates in order',
          code: `{"Rules": [{"Status": "Enabled", "Filter": {}, "Transitions": [{"Date": "2030-01-01", "StorageClass": "GLACIER"}], "Expiration": {"Date": "2030-06-01T00:00:00Z"}}]}`,
        },
      ],
      [],
    );
  });

  it('rejects an Expiration on or before a Transition (the staging post-mortem: IA@30, expire at 30)', () => {
    checkRule(
      expirationAfterTransition,
      [],
      [
        {
          name: 'equal days',
          code: days('{Days: 30, StorageClass: STANDARD_IA}', 30),
          errors: [{ line: 7, messageId: 'notAfter', data: { when: 'at day 30', step: 'the Transition to STANDARD_IA at day 30' } }],
        },
        {
          name: 'TTL below the Intelligent-Tiering transition (the CHANGELOG case)',
          code: days('{Days: 30, StorageClass: INTELLIGENT_TIERING}, {Days: 120, StorageClass: GLACIER}', 90),
          errors: [{ line: 7, messageId: 'notAfter' }],
        },
        {
          name: 'Date on the day of the Transition',
          code: `{"Rules": [{"Status": "Enabled", "Filter": {"Prefix": "x/"}, "Transitions": [{"Date": "2030-01-01", "StorageClass": "GLACIER"}],\n "Expiration": {"Date": "2030-01-01T00:00:00Z"}}]}`,
          errors: [{ line: 2, messageId: 'notAfter' }],
        },
      ],
    );
  });

  it('leaves mixed units and Days below 1 to other rules', () => {
    checkRule(
      expirationAfterTransition,
      [
        { name: 'Expiration Days 0 (3a.2)', code: days('{Days: 30, StorageClass: STANDARD_IA}', 0) },
        {
          name: 'Date transition, Days expiration (date-days-mixing)',
          code: `{"Rules": [{"Status": "Enabled", "Filter": {}, "Transitions": [{"Date": "2030-01-01", "StorageClass": "GLACIER"}], "Expiration": {"Days": 1}}]}`,
        },
      ],
      [],
    );
  });
});
