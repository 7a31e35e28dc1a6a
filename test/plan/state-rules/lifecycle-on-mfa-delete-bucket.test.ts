import { describe, it } from 'vitest';
import { lifecycleOnMfaDeleteBucket as rule } from '../../../src/plan/state-rules/lifecycle-on-mfa-delete-bucket.js';
import { checkStateRule } from '../../helpers/state.js';

const RULES = `Rules:
  - ID: e
    Status: Enabled
    Filter: {}
    Expiration: { Days: 3 }
`;

describe(rule.meta.id, () => {
  it('valid and invalid cases', () => {
    checkStateRule(
      rule,
      [
        { name: 'MFA delete off', code: RULES, state: { versioning: 'Enabled' } },
        { name: 'no rules to put', code: 'Rules: []\n', state: { versioning: 'Enabled', mfaDelete: true } },
      ],
      [
        {
          name: 'MFA delete on',
          code: RULES,
          state: { versioning: 'Enabled', mfaDelete: true },
          errors: [{ line: 1, column: 1, message: /bucket b has MFA delete enabled/ }],
        },
        {
          name: 'request shape: points into LifecycleConfiguration',
          code: `Bucket: b\nLifecycleConfiguration:\n  ${RULES.replace(/\n/g, '\n  ')}`,
          state: { versioning: 'Enabled', mfaDelete: true },
          errors: [{ line: 3, column: 3 }],
        },
      ],
    );
  });
});
