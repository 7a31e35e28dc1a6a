import { describe, it } from 'vitest';
import { abortMultipartDays } from '../../src/lint/rules/abort-multipart-days.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

describe('abort-multipart-days (3e.1)', () => {
  it('rejects a missing or non-positive DaysAfterInitiation and accepts 1 or more', () => {
    checkRule(
      abortMultipartDays,
      [
        {
          name: '7 days (JSON)',
          code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {}, "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7}}]}`,
        },
        {
          name: '1 day (YAML)',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter: {}',
            '    AbortIncompleteMultipartUpload: {DaysAfterInitiation: 1}',
          ),
        },
        {
          name: "a misspelt key is the schema's to report",
          code: lines('Rules:', '  - {ID: a, Status: Enabled, Filter: {}, AbortIncompleteMultipartUpload: {Days: 7}}'),
        },
      ],
      [
        {
          name: '0 days (JSON)',
          code: lines(
            '{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {},',
            '  "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 0}}]}',
          ),
          errors: [{ line: 2, messageId: 'notPositive' }],
        },
        {
          name: 'no DaysAfterInitiation (YAML), reported on the action',
          code: lines('Rules:', '  - ID: a', '    Status: Enabled', '    Filter: {}', '    AbortIncompleteMultipartUpload: {}'),
          errors: [{ line: 5, column: 5, messageId: 'missing' }],
        },
      ],
    );
  });
});
