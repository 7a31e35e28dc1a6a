import { describe, it } from 'vitest';
import { abortMultipartMissing } from '../../src/lint/rules/abort-multipart-missing.js';
import { checkRule } from '../helpers/lint.js';

describe('abort-multipart-missing (W12)', () => {
  it('warns once when no enabled rule aborts incomplete multipart uploads', () => {
    checkRule(
      abortMultipartMissing,
      [
        {
          name: 'AWS example: a prefix rule that aborts after 7 days',
          code: `Rules:
  - ID: sample-rule
    Filter: {Prefix: SomeKeyPrefix/}
    Status: Enabled
    AbortIncompleteMultipartUpload: {DaysAfterInitiation: 7}
`,
        },
        {
          name: 'one aborting rule among others is enough',
          code: `Rules:
  - {ID: a, Status: Enabled, Filter: {Prefix: logs/}, Expiration: {Days: 30}}
  - {ID: b, Status: Enabled, Filter: {}, AbortIncompleteMultipartUpload: {DaysAfterInitiation: 1}}
`,
        },
        {
          name: 'no rules at all is rejected by AWS, an error elsewhere',
          code: `{"Rules": []}`,
        },
      ],
      [
        {
          name: 'seed 000: expirations only',
          code: `{
  "Rules": [
    {"ID": "expire-old-checkpoints", "Filter": {"Prefix": "checkpoints/"}, "Status": "Enabled", "Expiration": {"Days": 90}},
    {"ID": "expire-failed-experiments", "Filter": {"Prefix": "experiments/failed/"}, "Status": "Enabled", "Expiration": {"Days": 14}}
  ]
}`,
          errors: [{ line: 2, column: 3, messageId: 'none' }],
        },
        {
          name: 'only a disabled rule aborts',
          code: `Bucket: b
LifecycleConfiguration:
  Rules:
    - {ID: a, Status: Enabled, Filter: {}, Expiration: {Days: 30}}
    - {ID: abort, Status: Disabled, Filter: {}, AbortIncompleteMultipartUpload: {DaysAfterInitiation: 7}}
`,
          errors: [{ line: 3, messageId: 'onlyDisabled', data: { rules: "rule 'abort'" } }],
        },
      ],
    );
  });
});
