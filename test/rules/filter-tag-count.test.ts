import { describe, it } from 'vitest';
import { filterTagCount } from '../../src/lint/rules/filter-tag-count.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));

describe('filter-tag-count (2.8, unverified: a warning)', () => {
  it('warns on a filter of more than 10 tags and accepts 10', () => {
    checkRule(
      filterTagCount,
      [
        {
          name: '10 tags',
          code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {"And": {"Tags": ${JSON.stringify(tags(10))}}}, "Expiration": {"Days": 1}}]}`,
        },
      ],
      [
        {
          name: '11 tags (JSON)',
          code: lines(
            '{"Rules": [{"ID": "a", "Status": "Enabled", "Expiration": {"Days": 1},',
            `  "Filter": {"And": {"Tags": ${JSON.stringify(tags(11))}}}}]}`,
          ),
          errors: [{ line: 2, messageId: 'tooMany', data: { count: 11, max: 10 } }],
        },
        {
          name: '12 tags (YAML)',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter:',
            '      And:',
            '        Tags:',
            ...tags(12).map((t) => `          - {Key: ${t.Key}, Value: ${t.Value}}`),
            '    Expiration: {Days: 1}',
          ),
          errors: [{ line: 6, column: 9, severity: 'warning' }],
        },
      ],
    );
  });
});
