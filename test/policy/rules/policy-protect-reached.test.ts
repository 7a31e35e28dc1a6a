import { describe, it } from 'vitest';
import { policyProtectReached } from '../../../src/policy/rules/policy-protect-reached.js';
import { HEAD, checkPolicyRule } from '../../helpers/policy.js';

const policy = (protect: string, stages: string) => `${HEAD}protect:\n${protect}stages:\n${stages}`;
const dev = '  dev:\n    select: { prefix: ml/dev/ }\n    expireAfterDays: 14\n';

describe('policy-protect-reached', () => {
  it('errors at the expiry that reaches a protected prefix or tag', () => {
    checkPolicyRule(
      policyProtectReached,
      [
        { name: 'protected prefix outside the stage', code: policy('  - prefix: ml/prod/\n', dev) },
        {
          name: 'protected tag the stage excludes by value',
          code: policy('  - tags: { keep: "true" }\n', '  dev:\n    select: { tags: { keep: "false" } }\n    expireAfterDays: 14\n'),
        },
        {
          name: 'a stage that only archives',
          code: policy(
            '  - prefix: ml/\n',
            '  production:\n    select: { prefix: ml/prod/ }\n    archive: { afterDays: 0, storageClass: GLACIER }\n',
          ),
        },
      ],
      [
        {
          name: 'protected folder inside the stage prefix',
          code: policy('  - prefix: ml/dev/registered/\n    reason: the registry serves them\n', dev),
          errors: [
            {
              line: 11,
              messageId: 'reached',
              data: {
                stage: 'dev',
                days: '14 days',
                what: 'expireAfterDays',
                objects: 'objects under ml/dev/registered/',
                index: 0,
                why: ' (the registry serves them)',
              },
            },
          ],
        },
        {
          name: 'protected tag: a prefix filter cannot exclude it; the failed-runs TTL reaches it too',
          code: policy(
            '  - tags: { registry: referenced }\n',
            `${dev}    failedRuns:\n      tags: { status: failed }\n      expireAfterDays: 3\n`,
          ),
          errors: [
            { line: 10, messageId: 'reached', data: { objects: 'objects under ml/dev/ tagged registry=referenced' } },
            { line: 13, messageId: 'reached', data: { objects: 'objects under ml/dev/ tagged registry=referenced, status=failed' } },
          ],
        },
      ],
    );
  });
});
