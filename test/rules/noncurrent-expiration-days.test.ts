import { describe, it } from 'vitest';
import { noncurrentExpirationDays } from '../../src/lint/rules/noncurrent-expiration-days.js';
import { checkRule } from '../helpers/lint.js';

const rule = (nve: string) =>
  `Rules:\n  - ID: keep-last\n    Status: Enabled\n    Filter: {Prefix: models/}\n    NoncurrentVersionExpiration:\n${nve}`;

describe('noncurrent-expiration-days (3d.1)', () => {
  it('accepts NoncurrentDays of 1 or more, with or without NewerNoncurrentVersions', () => {
    checkRule(
      noncurrentExpirationDays,
      [
        { name: 'days only', code: rule('      NoncurrentDays: 1\n') },
        { name: 'keep last 5 after 30 days', code: rule('      NoncurrentDays: 30\n      NewerNoncurrentVersions: 5\n') },
      ],
      [],
    );
  });

  it('rejects NewerNoncurrentVersions without NoncurrentDays (terraform-provider-aws#35328)', () => {
    checkRule(
      noncurrentExpirationDays,
      [],
      [
        {
          name: 'NewerNoncurrentVersions alone',
          code: rule('      NewerNoncurrentVersions: 5\n'),
          errors: [{ line: 5, column: 5, messageId: 'missing' }],
        },
        {
          name: 'what the Terraform provider sent in #35328: NoncurrentDays 0',
          code: `{"Rules": [{"ID": "keep-last", "Status": "Enabled", "Filter": {},\n  "NoncurrentVersionExpiration": {"NewerNoncurrentVersions": 5, "NoncurrentDays": 0}}]}`,
          errors: [{ line: 2, messageId: 'notPositive' }],
        },
        {
          name: 'empty',
          code: `{"Rules": [{"Status": "Enabled", "Filter": {}, "NoncurrentVersionExpiration": {}}]}`,
          errors: [{ line: 1, messageId: 'missing' }],
        },
      ],
    );
  });
});
