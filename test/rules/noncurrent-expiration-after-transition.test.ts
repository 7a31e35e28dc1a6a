import { describe, it } from 'vitest';
import { noncurrentExpirationAfterTransition } from '../../src/lint/rules/noncurrent-expiration-after-transition.js';
import { checkRule } from '../helpers/lint.js';

const rule = (transitionDays: number, expirationDays: number) =>
  `Rules:\n  - ID: versions\n    Status: Enabled\n    Filter: {}\n    NoncurrentVersionTransitions:\n      - {NoncurrentDays: ${transitionDays}, StorageClass: GLACIER}\n    NoncurrentVersionExpiration:\n      NoncurrentDays: ${expirationDays}\n`;

describe('noncurrent-expiration-after-transition (3d.5)', () => {
  it('accepts an expiration after the last noncurrent transition', () => {
    checkRule(
      noncurrentExpirationAfterTransition,
      [
        { name: '30 then 120', code: rule(30, 120) },
        {
          name: 'no transition',
          code: `{"Rules": [{"Status": "Enabled", "Filter": {}, "NoncurrentVersionExpiration": {"NoncurrentDays": 1}}]}`,
        },
      ],
      [],
    );
  });

  it('rejects an expiration on or before a noncurrent transition (go-to-k/cdkd#1426)', () => {
    checkRule(
      noncurrentExpirationAfterTransition,
      [],
      [
        {
          name: 'equal',
          code: rule(30, 30),
          errors: [
            {
              line: 8,
              messageId: 'notAfter',
              data: { rule: "rule 'versions'", days: 30, step: 'the NoncurrentVersionTransition to GLACIER at noncurrent day 30' },
            },
          ],
        },
        {
          name: 'before',
          code: rule(90, 7),
          errors: [
            { line: 8, messageId: 'notAfter', data: { days: 7, step: 'the NoncurrentVersionTransition to GLACIER at noncurrent day 90' } },
          ],
        },
      ],
    );
  });

  it('only warns on equal days with NewerNoncurrentVersions, as AWS applies them (Terraform acceptance test EmptyFilter_NonCurrentVersions)', () => {
    // The configuration of terraform-provider-aws's TestAccS3BucketLifecycleConfiguration_EmptyFilter_NonCurrentVersions.
    const terraformAcceptance = `Rules:\n  - ID: versions\n    Status: Enabled\n    Filter: {}\n    NoncurrentVersionExpiration:\n      NewerNoncurrentVersions: 2\n      NoncurrentDays: 30\n    NoncurrentVersionTransitions:\n      - {NoncurrentDays: 30, StorageClass: STANDARD_IA}\n`;
    checkRule(
      noncurrentExpirationAfterTransition,
      [],
      [
        {
          name: 'terraform acceptance',
          code: terraformAcceptance,
          errors: [{ line: 7, severity: 'warning', messageId: 'sameDayWithNewer', data: { days: 30, newer: 2 } }],
        },
      ],
    );
    // Earlier than the transition stays an error, count or not.
    checkRule(
      noncurrentExpirationAfterTransition,
      [],
      [
        {
          name: 'earlier',
          code: terraformAcceptance.replace('NoncurrentDays: 30\n    Noncurrent', 'NoncurrentDays: 10\n    Noncurrent'),
          errors: [{ line: 7, messageId: 'notAfter' }],
        },
      ],
    );
  });

  it('leaves NoncurrentDays below 1 to noncurrent-expiration-days', () => {
    checkRule(noncurrentExpirationAfterTransition, [{ name: '0', code: rule(0, 0) }], []);
  });
});
