import { describe, it } from 'vitest';
import { deprecatedV1Prefix } from '../../src/lint/rules/deprecated-v1-prefix.js';
import { checkRule } from '../helpers/lint.js';

describe('deprecated-v1-prefix (W8)', () => {
  it('warns once per configuration written in Lifecycle V1', () => {
    checkRule(
      deprecatedV1Prefix,
      [
        {
          name: 'V2 Filter',
          code: `Rules:
  - {ID: a, Status: Enabled, Filter: {Prefix: logs/}, Expiration: {Days: 30}}
`,
        },
        {
          name: 'a mix of V1 and V2 is rejected by AWS, an error elsewhere',
          code: `Rules:
  - {ID: Rule1, Status: Enabled, Filter: {Prefix: logs/}, Transitions: [{Days: 0, StorageClass: GLACIER}]}
  - {ID: Rule2, Status: Disabled, Prefix: documents/, Transitions: [{Days: 0, StorageClass: GLACIER}]}
`,
        },
      ],
      [
        {
          name: 'one V1 rule',
          code: `Rules:
  - ID: old
    Prefix: logs/
    Status: Enabled
    Expiration: {Days: 30}
`,
          errors: [{ line: 3, column: 5, messageId: 'v1', data: { subject: "rule 'old'" } }],
        },
        {
          name: 'three V1 rules: one finding, at the first',
          code: `{"Rules": [
  {"ID": "a", "Prefix": "a/", "Status": "Enabled", "Expiration": {"Days": 1}},
  {"ID": "b", "Prefix": "b/", "Status": "Enabled", "Expiration": {"Days": 1}},
  {"ID": "c", "Prefix": "c/", "Status": "Disabled", "Expiration": {"Days": 1}}
]}`,
          errors: [{ line: 2, messageId: 'v1', data: { subject: "3 rules (rule 'a' and 2 more)" } }],
        },
      ],
    );
  });
});
