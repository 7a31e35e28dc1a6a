import { describe, it } from 'vitest';
import { noncurrentOnUnversionedBucket as rule } from '../../../src/plan/state-rules/noncurrent-on-unversioned-bucket.js';
import { checkStateRule } from '../../helpers/state.js';

const NONCURRENT = `Rules:
  - ID: versions
    Status: Enabled
    Filter: {}
    NoncurrentVersionTransitions:
      - { NoncurrentDays: 30, StorageClass: GLACIER }
    NoncurrentVersionExpiration: { NoncurrentDays: 90 }
`;

describe(rule.meta.id, () => {
  it('valid and invalid cases', () => {
    checkStateRule(
      rule,
      [
        { name: 'versioned bucket', code: NONCURRENT, state: { versioning: 'Enabled' } },
        { name: 'suspended (it had versions)', code: NONCURRENT, state: { versioning: 'Suspended' } },
        { name: 'disabled rule', code: NONCURRENT.replace('Enabled', 'Disabled') },
        { name: 'no noncurrent actions', code: `Rules:\n  - ID: e\n    Status: Enabled\n    Filter: {}\n    Expiration: { Days: 3 }\n` },
      ],
      [
        {
          name: 'never-versioned bucket',
          code: NONCURRENT,
          errors: [
            {
              line: 5,
              column: 5,
              message: "rule 'versions': NoncurrentVersionTransitions has no effect: bucket b has never had versioning",
            },
            { line: 7, column: 5, message: /NoncurrentVersionExpiration has no effect/ },
          ],
        },
      ],
    );
  });
});
