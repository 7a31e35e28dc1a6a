import { describe, it } from 'vitest';
import { policyExpiryBeforeMinStorage } from '../../../src/policy/rules/policy-expiry-before-min-storage.js';
import { HEAD, checkPolicyRule } from '../../helpers/policy.js';

const stage = (body: string) => `${HEAD}stages:\n  checkpoints:\n    select: { prefix: checkpoints/ }\n${body}`;

describe('policy-expiry-before-min-storage (W1)', () => {
  it('warns when a stage expires objects before the minimum duration of its own last class', () => {
    checkPolicyRule(
      policyExpiryBeforeMinStorage,
      [
        {
          name: 'seed 000 models: GLACIER_IR at 90, expire at 365',
          code: stage(
            '    transitions:\n      - { afterDays: 30, storageClass: STANDARD_IA }\n      - { afterDays: 90, storageClass: GLACIER_IR }\n    expireAfterDays: 365\n',
          ),
        },
        {
          name: 'exactly the minimum',
          code: stage('    transitions:\n      - { afterDays: 0, storageClass: GLACIER }\n    expireAfterDays: 90\n'),
        },
        {
          name: 'Intelligent-Tiering has no minimum',
          code: stage('    transitions:\n      - { afterDays: 0, storageClass: INTELLIGENT_TIERING }\n    expireAfterDays: 1\n'),
        },
        {
          name: 'failed runs expire before the first transition',
          code: stage(
            '    transitions:\n      - { afterDays: 30, storageClass: STANDARD_IA }\n    failedRuns: { tags: { status: failed }, expireAfterDays: 3 }\n',
          ),
        },
      ],
      [
        {
          name: 'catalogue W1 example: GLACIER at 60, expire at 90',
          code: stage('    transitions:\n      - { afterDays: 60, storageClass: GLACIER }\n    expireAfterDays: 90\n'),
          errors: [
            {
              line: 10,
              messageId: 'early',
              data: {
                stay: '30 days',
                class: 'GLACIER',
                min: '90 days',
                extra: '60 more days',
                label: 'S3 Glacier Flexible Retrieval',
                earliest: 150,
              },
            },
          ],
        },
        {
          name: 'failed runs archived on day 0 and deleted on day 3',
          code: stage(
            '    transitions:\n      - { afterDays: 0, storageClass: DEEP_ARCHIVE }\n    failedRuns:\n      tags: { status: failed }\n      expireAfterDays: 3\n',
          ),
          errors: [{ line: 12, messageId: 'early', data: { extra: '177 more days', label: 'S3 Glacier Deep Archive' } }],
        },
      ],
    );
  });
});
