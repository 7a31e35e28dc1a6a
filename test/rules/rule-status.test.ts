import { describe, it } from 'vitest';
import { ruleStatus } from '../../src/lint/rules/rule-status.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

describe('rule-status (1.3)', () => {
  it('rejects a missing or misspelt Status and accepts Enabled and Disabled', () => {
    checkRule(
      ruleStatus,
      [
        { name: 'Enabled', code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 1}}]}` },
        {
          name: 'Disabled (YAML)',
          code: lines('Rules:', '  - ID: a', '    Status: Disabled', '    Filter: {}', '    Expiration: {Days: 1}'),
        },
        {
          name: "a boolean Status is the schema's to report",
          code: lines('Rules:', '  - {ID: a, Status: true, Filter: {}, Expiration: {Days: 1}}'),
        },
      ],
      [
        {
          name: 'lower-case "enabled" (JSON), with a hint',
          code: lines('{"Rules": [{', '  "ID": "a",', '  "Status": "enabled",', '  "Filter": {}, "Expiration": {"Days": 1}}]}'),
          errors: [{ line: 3, column: 13, messageId: 'unknown', data: { status: '"enabled"' } }],
        },
        {
          name: 'no Status (YAML), reported on the rule',
          code: lines('Rules:', '  - ID: logs', '    Filter: {Prefix: logs/}', '    Expiration: {Days: 30}'),
          errors: [{ line: 2, messageId: 'missing', data: { rule: "rule 'logs'" } }],
        },
        {
          name: 'the right word with a trailing space',
          code: `{"Rules": [{"ID": "a", "Status": "Enabled ", "Filter": {}, "Expiration": {"Days": 1}}]}`,
          errors: [{ line: 1, messageId: 'unknown' }],
        },
        {
          name: 'an unknown word',
          code: lines('Rules:', '  - ID: a', '    Status: Active', '    Filter: {}', '    Expiration: {Days: 1}'),
          errors: [{ line: 3, messageId: 'unknown' }],
        },
      ],
    );
  });
});
