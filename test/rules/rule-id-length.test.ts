import { describe, it } from 'vitest';
import { ruleIdLength } from '../../src/lint/rules/rule-id-length.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

const rule = (id: string) => `{"Rules": [\n{"ID": ${JSON.stringify(id)}, "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 1}}\n]}`;

describe('rule-id-length (1.5)', () => {
  it('rejects IDs over 255 characters and accepts 255', () => {
    checkRule(
      ruleIdLength,
      [
        { name: '255 characters', code: rule('x'.repeat(255)) },
        { name: '255 characters outside the BMP (510 UTF-16 units) count as 255', code: rule('🪣'.repeat(255)) },
        { name: 'no ID (S3 makes one)', code: lines('Rules:', '  - {Status: Enabled, Filter: {}, Expiration: {Days: 1}}') },
      ],
      [
        {
          name: '256 characters (JSON)',
          code: rule('x'.repeat(256)),
          errors: [{ line: 2, messageId: 'tooLong', data: { rule: 'rule #1', length: 256, max: 255 } }],
        },
        {
          name: '300 characters (YAML)',
          code: lines('Rules:', '  - Status: Enabled', `    ID: ${'a'.repeat(300)}`, '    Filter: {}', '    Expiration: {Days: 1}'),
          errors: [{ line: 3, column: 9, messageId: 'tooLong' }],
        },
      ],
    );
  });
});
