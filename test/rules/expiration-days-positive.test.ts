import { describe, it } from 'vitest';
import { expirationDaysPositive } from '../../src/lint/rules/expiration-days-positive.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

describe('expiration-days-positive (3a.2)', () => {
  it('rejects Expiration.Days below 1 and accepts 1', () => {
    checkRule(
      expirationDaysPositive,
      [
        { name: '1 day', code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 1}}]}` },
        {
          name: "a text value is the schema's to report (YAML)",
          code: lines('Rules:', '  - {ID: a, Status: Enabled, Filter: {}, Expiration: {Days: "30"}}'),
        },
        {
          name: "Transition Days 0 is not this rule's",
          code: lines('Rules:', '  - {ID: a, Status: Enabled, Filter: {}, Transitions: [{Days: 0, StorageClass: GLACIER}]}'),
        },
      ],
      [
        {
          name: '0 days (JSON)',
          code: lines('{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {},', '  "Expiration": {"Days": 0}}]}'),
          errors: [{ line: 2, column: 26, messageId: 'notPositive', data: { days: 0 } }],
        },
        {
          name: 'negative (YAML)',
          code: lines('Rules:', '  - ID: a', '    Status: Enabled', '    Filter: {}', '    Expiration:', '      Days: -7'),
          errors: [{ line: 6, messageId: 'notPositive', data: { days: -7 } }],
        },
      ],
    );
  });
});
