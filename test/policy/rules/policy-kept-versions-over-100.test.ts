import { describe, it } from 'vitest';
import { policyKeptVersionsOver100 } from '../../../src/policy/rules/policy-kept-versions-over-100.js';
import { HEAD, checkPolicyRule } from '../../helpers/policy.js';

const stage = (keep: number) =>
  `${HEAD}stages:\n  dev:\n    select: { prefix: dev/ }\n    noncurrentVersions:\n      keepNewest: ${keep}\n      expireAfterDays: 1\n`;

describe('policy-kept-versions-over-100 (3d.6, W11)', () => {
  it('warns above 100 kept versions, at keepNewest', () => {
    checkPolicyRule(
      policyKeptVersionsOver100,
      [
        { name: 'exactly 100', code: stage(100) },
        { name: 'seed 001 staging keeps 10', code: stage(10) },
        { name: 'no keepNewest', code: `${HEAD}stages:\n  dev:\n    noncurrentVersions: { expireAfterDays: 3 }\n` },
      ],
      [{ name: '101 versions', code: stage(101), errors: [{ line: 9, column: 19, messageId: 'overMax', data: { keep: 101, max: 100 } }] }],
    );
  });
});
