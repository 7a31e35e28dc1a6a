import { describe, it } from 'vitest';
import { filterPrefixLength } from '../../src/lint/rules/filter-prefix-length.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

const v2 = (prefix: string) =>
  lines('{"Rules": [{"ID": "a", "Status": "Enabled", "Expiration": {"Days": 1},', `  "Filter": {"Prefix": ${JSON.stringify(prefix)}}}]}`);

describe('filter-prefix-length (2.7, unverified: a warning)', () => {
  it('warns on prefixes longer than 1,024 bytes and accepts 1,024', () => {
    checkRule(
      filterPrefixLength,
      [
        { name: '1,024 ASCII bytes', code: v2('p'.repeat(1024)) },
        { name: '512 two-byte characters are 1,024 bytes', code: v2('é'.repeat(512)) },
      ],
      [
        { name: '1,025 bytes (JSON)', code: v2('p'.repeat(1025)), errors: [{ line: 2, messageId: 'tooLong', data: { size: 1025 } }] },
        {
          name: '513 two-byte characters are 1,026 bytes',
          code: v2('é'.repeat(513)),
          errors: [{ line: 2, messageId: 'tooLong', data: { size: 1026 } }],
        },
        {
          name: 'a V1 rule-level prefix in an And-less YAML rule',
          code: lines('Rules:', '  - ID: a', '    Status: Enabled', `    Prefix: ${'x'.repeat(2000)}`, '    Expiration: {Days: 1}'),
          errors: [{ line: 4, column: 13, severity: 'warning' }],
        },
      ],
    );
  });
});
