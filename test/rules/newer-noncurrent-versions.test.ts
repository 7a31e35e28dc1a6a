import { describe, it } from 'vitest';
import { newerNoncurrentVersions } from '../../src/lint/rules/newer-noncurrent-versions.js';
import { checkRule } from '../helpers/lint.js';

const v2 = (n: number) =>
  `Rules:\n  - ID: keep-last\n    Status: Enabled\n    Filter: {Prefix: models/}\n    NoncurrentVersionExpiration:\n      NoncurrentDays: 1\n      NewerNoncurrentVersions: ${n}\n`;

describe('newer-noncurrent-versions (3d.6, 3d.7, W11)', () => {
  it('accepts 1 to 100 in a rule with a Filter', () => {
    checkRule(
      newerNoncurrentVersions,
      [
        { name: '1', code: v2(1) },
        { name: '100', code: v2(100) },
        {
          name: 'on a noncurrent transition',
          code: `{"Rules": [{"Status": "Enabled", "Filter": {}, "NoncurrentVersionTransitions": [{"NoncurrentDays": 30, "NewerNoncurrentVersions": 3, "StorageClass": "GLACIER"}]}]}`,
        },
        {
          name: 'V1 rule without the element',
          code: `{"Rules": [{"Status": "Enabled", "Prefix": "logs/", "NoncurrentVersionExpiration": {"NoncurrentDays": 30}}]}`,
        },
      ],
      [],
    );
  });

  it('rejects 0 or less', () => {
    checkRule(
      newerNoncurrentVersions,
      [],
      [
        {
          name: '0 on the expiration',
          code: v2(0),
          errors: [{ line: 7, messageId: 'notPositive', data: { where: 'NoncurrentVersionExpiration', count: 0 } }],
        },
        {
          name: '-2 on a transition',
          code: `{"Rules": [{"Status": "Enabled", "Filter": {},\n "NoncurrentVersionTransitions": [{"NoncurrentDays": 30, "NewerNoncurrentVersions": -2, "StorageClass": "GLACIER"}]}]}`,
          errors: [{ line: 2, messageId: 'notPositive', data: { where: 'NoncurrentVersionTransitions[0]', count: -2 } }],
        },
      ],
    );
  });

  it('warns above the documented maximum of 100 (W11, unverified)', () => {
    checkRule(
      newerNoncurrentVersions,
      [],
      [{ name: '101', code: v2(101), errors: [{ line: 7, severity: 'warning', messageId: 'overMax', data: { max: 100 } }] }],
    );
  });

  it('rejects NewerNoncurrentVersions in a V1 rule (top-level Prefix)', () => {
    checkRule(
      newerNoncurrentVersions,
      [],
      [
        {
          name: 'V1',
          code: `Rules:\n  - ID: keep-last\n    Status: Enabled\n    Prefix: models/\n    NoncurrentVersionExpiration:\n      NoncurrentDays: 30\n      NewerNoncurrentVersions: 3\n`,
          errors: [{ line: 7, column: 7, messageId: 'v1' }],
        },
      ],
    );
  });
});
