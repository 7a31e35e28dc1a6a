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
          errors: [{ line: 5, column: 15, message: "rule 'all': AWS accepts this, but S3 prefixes are literal: '*' selects only keys that begin with exactly those characters, and '*' is an ordinary character, not a wildcard, so the rule probably selects nothing; for every object in the bucket the prefix is empty" }],
        },
        {
          name: 'leading slash with a wildcard, V1 prefix, ./ inside And',
          code: `{"Rules": [
  {"ID": "a", "Status": "Enabled", "Filter": {"Prefix": "/logs/*.gz"}, "Expiration": {"Days": 30}},
  {"ID": "b", "Status": "Enabled", "Filter": {"And": {"Prefix": "./tmp/", "Tags": [{"Key": "k", "Value": "v"}]}}, "Expiration": {"Days": 1}}
]}`,
          errors: [
            { line: 2, message: /'\*' is an ordinary character, not a wildcard, and S3 keys rarely begin with '\/' .*write 'logs\/'/ },
            { line: 3, message: /keys rarely begin with '\.\/'.*write 'tmp\/'/ },
          ],
        },
        {
          name: 'V1 top-level Prefix',
          code: `{"Rules": [{"ID": "v1", "Status": "Enabled", "Prefix": "/", "Expiration": {"Days": 30}}]}`,
          errors: [{ line: 1, message: "'/' selects only keys that begin with exactly those characters" }],
        },
      ],
    );
  });
});
