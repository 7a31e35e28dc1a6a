import { describe, it } from 'vitest';
import { literalPrefix } from '../../src/lint/rules/literal-prefix.js';
import { checkRule } from '../helpers/lint.js';

describe('literal-prefix (W10)', () => {
  it('warns on wildcards and leading slashes in prefixes', () => {
    checkRule(
      literalPrefix,
      [
        {
          name: 'ordinary prefixes, an empty prefix, slashes inside',
          code: `Rules:
  - {ID: a, Status: Enabled, Filter: {Prefix: logs/2024/}, Expiration: {Days: 30}}
  - {ID: b, Status: Enabled, Filter: {Prefix: ""}, AbortIncompleteMultipartUpload: {DaysAfterInitiation: 7}}
  - {ID: c, Status: Enabled, Filter: {And: {Prefix: "a.b/c", ObjectSizeGreaterThan: 0}}, Expiration: {Days: 30}}
`,
        },
      ],
      [
        {
          name: 'checkov#7201: "*" meant as "everything"',
          code: `Rules:
  - ID: all
    Status: Enabled
    Filter:
      Prefix: "*"
    Expiration: {Days: 30}
`,
          errors: [{ line: 5, column: 15, messageId: 'notLiteral', data: { rule: "rule 'all'" } }],
        },
        {
          name: 'leading slash with a wildcard, V1 prefix, ./ inside And',
          code: `{"Rules": [
  {"ID": "a", "Status": "Enabled", "Filter": {"Prefix": "/logs/*.gz"}, "Expiration": {"Days": 30}},
  {"ID": "b", "Status": "Enabled", "Filter": {"And": {"Prefix": "./tmp/", "Tags": [{"Key": "k", "Value": "v"}]}}, "Expiration": {"Days": 1}}
]}`,
          errors: [
            { line: 2, messageId: 'notLiteral' },
            { line: 3, messageId: 'notLiteral', data: { fault: "keys rarely begin with './'" } },
          ],
        },
        {
          name: 'V1 top-level Prefix',
          code: `{"Rules": [{"ID": "v1", "Status": "Enabled", "Prefix": "/", "Expiration": {"Days": 30}}]}`,
          errors: [{ line: 1, messageId: 'notLiteral' }],
        },
      ],
    );
  });
});
