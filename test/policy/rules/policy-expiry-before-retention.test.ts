import { describe, it } from 'vitest';
import { policyExpiryBeforeRetention } from '../../../src/policy/rules/policy-expiry-before-retention.js';
import { HEAD, checkPolicyRule } from '../../helpers/policy.js';

const production = (extra: string) => `${HEAD}stages:\n  production:\n    select: { prefix: ml/prod/ }\n${extra}`;

describe('policy-expiry-before-retention', () => {
  it('errors where an expiry reaches a kept stage before its retention ends', () => {
    checkPolicyRule(
      policyExpiryBeforeRetention,
      [
        {
          name: 'seed 001 production: kept 365 days, archived, never expired',
          code: production(
            '    minRetentionDays: 365\n    archive: { afterDays: 365, storageClass: DEEP_ARCHIVE }\n    immutable: { retentionDays: 365, mode: COMPLIANCE }\n',
          ),
        },
        { name: 'expiry on the day retention ends', code: production('    minRetentionDays: 365\n    expireAfterDays: 365\n') },
        {
          name: 'another stage expires elsewhere',
          code: production('    minRetentionDays: 365\n  dev:\n    select: { prefix: ml/dev/ }\n    expireAfterDays: 14\n'),
        },
        { name: 'a stage without a promise may expire early', code: `${HEAD}stages:\n  dev:\n    expireAfterDays: 1\n` },
      ],
      [
        {
          name: 'own TTL under minRetentionDays',
          code: production('    minRetentionDays: 365\n    expireAfterDays: 90\n'),
          errors: [
            {
              line: 9,
              column: 22,
              messageId: 'beforeRetention',
              data: { who: "stage 'production'", days: '90 days', what: 'expireAfterDays', retention: 365, kept: 'production' },
            },
          ],
        },
        {
          name: 'failed-runs TTL under an Object Lock retention',
          code: production(
            '    immutable: { retentionDays: 365, mode: GOVERNANCE }\n    failedRuns:\n      tags: { status: failed }\n      expireAfterDays: 3\n',
          ),
          errors: [
            {
              line: 11,
              messageId: 'beforeRetention',
              data: { days: '3 days', what: 'failedRuns.expireAfterDays' },
              message: /immutable: GOVERNANCE Object Lock.*delete markers/,
            },
          ],
        },
        {
          name: 'another stage whose prefix contains the kept one',
          code: production('    minRetentionDays: 365\n  everything-ml:\n    select: { prefix: ml/ }\n    expireAfterDays: 14\n'),
          errors: [
            {
              line: 11,
              messageId: 'beforeRetention',
              data: { who: "stage 'everything-ml' also reaches objects under ml/prod/ of stage 'production' and", days: '14 days' },
            },
          ],
        },
      ],
    );
  });
});
