import { describe, it } from 'vitest';
import { rulesLimit } from '../../src/lint/rules/rules-limit.js';
import { checkRule } from '../helpers/lint.js';

const jsonRules = (n: number) =>
  `{"Rules": [\n${Array.from({ length: n }, (_, i) => `{"ID": "r${i}", "Status": "Enabled", "Filter": {"Prefix": "p${i}/"}, "Expiration": {"Days": 30}}`).join(',\n')}\n]}`;
const yamlRules = (n: number) =>
  `# generated\nRules:\n${Array.from({ length: n }, (_, i) => `  - {ID: r${i}, Status: Enabled, Filter: {Prefix: p${i}/}, Expiration: {Days: 30}}`).join('\n')}\n`;

describe('rules-limit (1.2)', () => {
  it('rejects 1,001 rules and accepts 1,000', () => {
    checkRule(
      rulesLimit,
      [
        { name: '1,000 rules (JSON)', code: jsonRules(1000) },
        { name: '1,000 rules (YAML)', code: yamlRules(1000) },
      ],
      [
        {
          name: '1,001 rules (JSON)',
          code: jsonRules(1001),
          errors: [{ line: 1, messageId: 'tooMany' }],
        },
        {
          name: '1,200 rules (YAML)',
          code: yamlRules(1200),
          errors: [{ line: 2, messageId: 'tooMany', data: { count: '1,200', over: '200', max: '1,000' } }],
        },
      ],
    );
  });
});
