import { describe, it } from 'vitest';
import { abortMultipartFilter } from '../../src/lint/rules/abort-multipart-filter.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

describe('abort-multipart-filter (3e.2, 3e.3)', () => {
  it('rejects AbortIncompleteMultipartUpload in rules filtered by tags or size', () => {
    checkRule(
      abortMultipartFilter,
      [
        {
          name: 'prefix filter (JSON)',
          code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {"Prefix": "uploads/"}, "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7}}]}`,
        },
        {
          name: 'whole bucket (YAML)',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter: {}',
            '    AbortIncompleteMultipartUpload: {DaysAfterInitiation: 7}',
          ),
        },
      ],
      [
        {
          name: 'with a tag filter (JSON)',
          code: lines(
            '{"Rules": [{"ID": "a", "Status": "Enabled",',
            '  "Filter": {"And": {"Prefix": "logs/", "Tags": [{"Key": "team", "Value": "ml"}]}},',
            '  "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7}}]}',
          ),
          errors: [{ line: 3, column: 3, messageId: 'withTags', data: { filter: '(prefix=logs/ and tag=team:ml)' } }],
        },
        {
          name: 'with a size filter (aws-cloudformation/cfn-lint#3554), YAML',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter:',
            '      ObjectSizeGreaterThan: 0',
            '    AbortIncompleteMultipartUpload:',
            '      DaysAfterInitiation: 7',
          ),
          errors: [{ line: 6, messageId: 'withSize' }],
        },
      ],
    );
  });
});
