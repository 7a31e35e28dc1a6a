import { describe, it } from 'vitest';
import { filterTagLength } from '../../src/lint/rules/filter-tag-length.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

const tagRule = (key: string, value?: string) =>
  lines(
    '{"Rules": [{"ID": "a", "Status": "Enabled", "Expiration": {"Days": 1},',
    `  "Filter": {"Tag": ${JSON.stringify(value === undefined ? { Key: key } : { Key: key, Value: value })}}}]}`,
  );

describe('filter-tag-length (2.4)', () => {
  it('rejects keys outside 1–128 characters and values over 256, and accepts the limits', () => {
    checkRule(
      filterTagLength,
      [
        { name: '128-character key, 256-character value', code: tagRule('k'.repeat(128), 'v'.repeat(256)) },
        { name: 'no Value (matches tags without a value)', code: tagRule('team') },
        {
          name: 'empty Value (YAML)',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter:',
            '      Tag: {Key: team, Value: ""}',
            '    Expiration: {Days: 1}',
          ),
        },
      ],
      [
        {
          name: 'empty Key (JSON)',
          code: tagRule('', 'x'),
          errors: [{ line: 2, messageId: 'emptyKey', data: { tag: 'Filter.Tag', max: 128 } }],
        },
        { name: '129-character key', code: tagRule('k'.repeat(129)), errors: [{ line: 2, messageId: 'longKey', data: { length: 129 } }] },
        {
          name: '257-character value in an And (YAML)',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter:',
            '      And:',
            '        Prefix: logs/',
            '        Tags:',
            `          - Key: note`,
            `            Value: ${'v'.repeat(257)}`,
            '    Expiration: {Days: 1}',
          ),
          errors: [{ line: 9, column: 20, messageId: 'longValue', data: { tag: 'And.Tags[0]', length: 257, max: 256 } }],
        },
      ],
    );
  });
});
