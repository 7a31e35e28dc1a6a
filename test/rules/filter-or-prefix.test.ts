import { describe, it } from 'vitest';
import { filterOrPrefix } from '../../src/lint/rules/filter-or-prefix.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

describe('filter-or-prefix (1.7, 1.8)', () => {
  it('rejects a rule with neither Filter nor Prefix, warns on both, accepts either', () => {
    checkRule(
      filterOrPrefix,
      [
        {
          name: 'empty Filter (whole bucket)',
          code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 1}}]}`,
        },
        { name: 'V1 rule-level Prefix', code: lines('Rules:', '  - {ID: a, Status: Enabled, Prefix: "", Expiration: {Days: 1}}') },
        {
          name: "a null Filter is the schema's to report",
          code: lines('Rules:', '  - ID: a', '    Status: Enabled', '    Filter:', '    Expiration: {Days: 1}'),
        },
      ],
      [
        {
          name: 'neither (the aws-sdk-net#784 request, as JSON)',
          code: lines(
            '{"Rules": [',
            '  {"Transitions": [{"Days": 1, "StorageClass": "GLACIER"}], "ID": "testbcktlifecyc_rule1", "Status": "Enabled"}',
            ']}',
          ),
          errors: [{ line: 2, messageId: 'neither' }],
        },
        {
          name: "neither (YAML), reported at the rule's first key",
          code: lines('Rules:', '  - ID: logs', '    Status: Enabled', '    Expiration: {Days: 30}'),
          errors: [{ line: 2, column: 5, messageId: 'neither', data: { rule: "rule 'logs'" } }],
        },
        {
          name: 'both: a warning on the rule-level Prefix',
          code: lines(
            'Rules:',
            '  - ID: logs',
            '    Status: Enabled',
            '    Filter: {Prefix: logs/}',
            '    Prefix: logs/',
            '    Expiration: {Days: 30}',
          ),
          errors: [{ line: 5, severity: 'warning', messageId: 'both' }],
        },
      ],
    );
  });
});
