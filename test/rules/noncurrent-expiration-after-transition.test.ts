import { describe, it } from 'vitest';
import { noncurrentExpirationAfterTransition } from '../../src/lint/rules/noncurrent-expiration-after-transition.js';
import { checkRule } from '../helpers/lint.js';

const rule = (transitionDays: number, expirationDays: number) =>
  `Rules:\n  - ID: versions\n    Status: Enabled\n    Filter: {}\n    NoncurrentVersionTransitions:\n      - {NoncurrentDays: ${transitionDays}, StorageClass: GLACIER}\n    NoncurrentVersionExpiration:\n      NoncurrentDays: ${expirationDays}\n`;

describe('noncurrent-expiration-after-transition (3d.5)', () => {
  it('accepts an expiration after the last noncurrent transition', () => {
    checkRule(noncurrentExpirationAfterTransition, [{ name: '30 then 120', code: rule(30, 120) }, { name: 'no transition', code: `{"Rules": [{"Status": "Enabled", "Filter": {}, "NoncurrentVersionExpiration": {"NoncurrentDays": 1}}]}` }], []);
  });

  it('rejects an expiration on or before a noncurrent transition (go-to-k/cdkd#1426)', () => {
    checkRule(
      noncurrentExpirationAfterTransition,
      [],
      [
        {
          name: 'equal',
          code: rule(30, 30),
          errors: [{ line: 8, message: /NoncurrentVersionExpiration at noncurrent day 30 does not come after the NoncurrentVersionTransition to GLACIER at noncurrent day 30\. AWS rejects the PutBucketLifecycleConfiguration call with InvalidArgument: "'NoncurrentDays' in the NoncurrentVersionExpiration action must be greater than 'NoncurrentDays' in the NoncurrentVersionTransition action"/ }],
        },
        { name: 'before', code: rule(90, 7), errors: [{ line: 8, message: 'noncurrent day 90' }] },
      ],
    );
  });

  it('leaves NoncurrentDays below 1 to noncurrent-expiration-days', () => {
    checkRule(noncurrentExpirationAfterTransition, [{ name: '0', code: rule(0, 0) }], []);
  });
});
