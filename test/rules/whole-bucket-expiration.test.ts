import { describe, it } from 'vitest';
import { wholeBucketExpiration } from '../../src/lint/rules/whole-bucket-expiration.js';
import { checkRule } from '../helpers/lint.js';

describe('whole-bucket-expiration (W6)', () => {
  it('flags an Expiration on a rule that selects every object', () => {
    checkRule(
      wholeBucketExpiration,
      [
        {
          name: 'scoped by prefix, tag or size',
          code: `Rules:
  - {ID: a, Status: Enabled, Filter: {Prefix: tmp/}, Expiration: {Days: 7}}
  - {ID: b, Status: Enabled, Filter: {Tag: {Key: scratch, Value: "true"}}, Expiration: {Days: 7}}
  - {ID: c, Status: Enabled, Filter: {ObjectSizeLessThan: 1}, Expiration: {Days: 1}}
`,
        },
        {
          name: 'whole bucket, but only delete-marker cleanup, noncurrent versions and multipart uploads',
          code: `Rules:
  - ID: cleanup
    Status: Enabled
    Filter: {}
    Expiration: {ExpiredObjectDeleteMarker: true}
    NoncurrentVersionExpiration: {NoncurrentDays: 30}
    AbortIncompleteMultipartUpload: {DaysAfterInitiation: 7}
`,
        },
        {
          name: 'a disabled whole-bucket expiration does nothing',
          code: `Rules:
  - {ID: off, Status: Disabled, Filter: {}, Expiration: {Days: 1}}
`,
        },
      ],
      [
        {
          name: 'AWS conflicts example 1, rule 1: empty Filter, Expiration after 365 days',
          code: `Rules:
  - ID: Rule 1
    Filter: {}
    Status: Enabled
    Expiration:
      Days: 365
`,
          errors: [
            { line: 6, column: 13, messageId: 'wholeBucket', data: { rule: "rule 'Rule 1'", when: '365 days after it is created' } },
          ],
        },
        {
          name: 'empty prefix in Filter, in V1, and a dated expiration',
          code: `{"Rules": [
  {"ID": "p", "Status": "Enabled", "Filter": {"Prefix": ""}, "Expiration": {"Days": 1}},
  {"ID": "d", "Status": "Enabled", "Filter": {}, "Expiration": {"Date": "2030-01-01T00:00:00Z"}}
]}`,
          errors: [
            { line: 2, messageId: 'wholeBucket', data: { when: '1 day after it is created' } },
            { line: 3, messageId: 'wholeBucket', data: { when: 'from 2030-01-01 on' } },
          ],
        },
        {
          name: 'V1 rule with an empty top-level Prefix',
          code: `{"Rules": [{"ID": "v1", "Status": "Enabled", "Prefix": "", "Expiration": {"Days": 30}}]}`,
          errors: [{ line: 1, messageId: 'wholeBucket', data: { rule: "rule 'v1'" } }],
        },
      ],
    );
  });
});
