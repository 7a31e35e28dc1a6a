import { describe, expect, it } from 'vitest';
import { integerValues } from '../../src/lint/rules/integer-values.js';
import { lifecycleSchema } from '../../src/lint/rules/lifecycle-schema.js';
import { checkRule, lintText } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

const json = (expiration: string, extra = '') =>
  `{"Rules": [\n{"ID": "logs", "Status": "Enabled", "Filter": {${extra}},\n"Expiration": {"Days": ${expiration}}}\n]}`;

describe('integer-values (1.10)', () => {
  it('takes whole numbers within S3 integers, and rejects 30.0, 3e1 and numbers past 32 bits', () => {
    checkRule(
      integerValues,
      [
        { name: 'a whole number', code: json('30') },
        { name: 'the largest 32-bit integer', code: json('2147483647') },
        { name: 'YAML whole number', code: lines('Rules:', '  - {ID: logs, Status: Enabled, Filter: {}, Expiration: {Days: 30}}') },
        { name: 'a size as a whole number', code: json('30', '"ObjectSizeGreaterThan": 131072') },
      ],
      [
        {
          name: '30.0 in JSON',
          code: json('30.0'),
          errors: [{ line: 3, column: 24, messageId: 'notWhole', data: { field: 'Expiration.Days', written: '30.0' } }],
        },
        { name: '3e1 in JSON', code: json('3e1'), errors: [{ line: 3, messageId: 'notWhole', data: { written: '3e1' } }] },
        {
          name: '30.0 in YAML',
          code: lines('Rules:', '  - ID: logs', '    Status: Enabled', '    Filter: {}', '    Expiration:', '      Days: 30.0'),
          errors: [{ line: 6, column: 13, messageId: 'notWhole', data: { written: '30.0' } }],
        },
        {
          name: 'past 32 bits, shown as written (JSON.parse rounds it)',
          code: json('9007199254740993'),
          errors: [{ line: 3, messageId: 'tooLarge', data: { field: 'Expiration.Days', shown: '9007199254740993', max: '2,147,483,647' } }],
        },
        {
          name: 'a size written with a fraction',
          code: json('30', '"ObjectSizeLessThan": 1024.0'),
          errors: [{ line: 2, messageId: 'notWhole', data: { field: 'Filter.ObjectSizeLessThan', written: '1024.0', value: '1024' } }],
        },
        {
          name: 'a transition and a noncurrent count',
          code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {}, "Transitions": [{"Days": 3e2, "StorageClass": "GLACIER"}],\n"NoncurrentVersionExpiration": {"NoncurrentDays": 5, "NewerNoncurrentVersions": 4294967296}}]}`,
          errors: [
            { line: 1, messageId: 'notWhole', data: { field: 'Transitions[0].Days', written: '3e2' } },
            { line: 2, messageId: 'tooLarge', data: { field: 'NoncurrentVersionExpiration.NewerNoncurrentVersions', shown: '4294967296' } },
          ],
        },
      ],
    );
  });

  it('names non-finite numbers as such (the schema rule), never as null', () => {
    for (const [code, word] of [
      [json('1e309'), /Days must be a whole number, not infinity \(a number too large to hold, such as 1e309 or YAML \.inf\)/],
      [lines('Rules:', '  - {ID: logs, Status: Enabled, Filter: {}, Expiration: {Days: .inf}}'), /not infinity/],
      [
        lines('Rules:', '  - {ID: logs, Status: Enabled, Filter: {}, Expiration: {Days: .nan}}'),
        /not NaN, which is not a number \(YAML \.nan\)/,
      ],
    ] as const) {
      const found = lintText(lifecycleSchema, code);
      expect(found.map((f) => f.message).join('\n')).toMatch(word);
      expect(found.map((f) => f.message).join('\n')).not.toMatch(/null/);
      expect(lintText(integerValues, code)).toEqual([]);
    }
  });
});
