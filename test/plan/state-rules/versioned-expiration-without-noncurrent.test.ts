import { describe, it } from 'vitest';
import { versionedExpirationWithoutNoncurrent as rule } from '../../../src/plan/state-rules/versioned-expiration-without-noncurrent.js';
import { checkStateRule } from '../../helpers/state.js';

const EXPIRE_LOGS = `Rules:
  - ID: logs
    Status: Enabled
    Filter: { Prefix: logs/ }
    Expiration: { Days: 30 }
`;

describe(rule.meta.id, () => {
  it('valid and invalid cases', () => {
    checkStateRule(
      rule,
      [
        { name: 'never-versioned bucket', code: EXPIRE_LOGS },
        {
          name: 'the same rule expires noncurrent versions',
          code: EXPIRE_LOGS + '    NoncurrentVersionExpiration: { NoncurrentDays: 7 }\n',
          state: { versioning: 'Enabled' },
        },
        {
          name: 'a whole-bucket rule expires noncurrent versions',
          code:
            EXPIRE_LOGS +
            `  - ID: versions
    Status: Enabled
    Filter: {}
    NoncurrentVersionExpiration: { NoncurrentDays: 7 }
`,
          state: { versioning: 'Enabled' },
        },
        {
          name: 'a disabled expiring rule',
          code: EXPIRE_LOGS.replace('Enabled', 'Disabled'),
          state: { versioning: 'Enabled' },
        },
        {
          name: 'only delete-marker cleanup',
          code: `Rules:\n  - ID: m\n    Status: Enabled\n    Filter: {}\n    Expiration: { ExpiredObjectDeleteMarker: true }\n`,
          state: { versioning: 'Enabled' },
        },
      ],
      [
        {
          name: 'versioned bucket, no noncurrent expiration',
          code: EXPIRE_LOGS,
          state: { versioning: 'Enabled' },
          errors: [
            { line: 5, column: 5, message: /rule 'logs': bucket b has versioning enabled, so Expiration only adds a delete marker/ },
          ],
        },
        {
          name: 'suspended versioning',
          code: EXPIRE_LOGS,
          state: { versioning: 'Suspended' },
          errors: [{ line: 5, message: /versioning suspended/ }],
        },
        {
          name: 'the noncurrent rule covers another prefix',
          code:
            EXPIRE_LOGS +
            `  - ID: versions
    Status: Enabled
    Filter: { Prefix: tmp/ }
    NoncurrentVersionExpiration: { NoncurrentDays: 7 }
`,
          state: { versioning: 'Enabled' },
          errors: [{ line: 5 }],
        },
        {
          name: 'the noncurrent rule is disabled',
          code:
            EXPIRE_LOGS +
            `  - ID: versions
    Status: Disabled
    Filter: {}
    NoncurrentVersionExpiration: { NoncurrentDays: 7 }
`,
          state: { versioning: 'Enabled' },
          errors: [{ line: 5 }],
        },
      ],
    );
  });
});
