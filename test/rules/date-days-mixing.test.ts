import { describe, it } from 'vitest';
import { dateDaysMixing } from '../../src/lint/rules/date-days-mixing.js';
import { checkRule } from '../helpers/lint.js';

describe('date-days-mixing (3b.7)', () => {
  it('accepts rules timed by one unit, and different units in different rules', () => {
    checkRule(
      dateDaysMixing,
      [
        {
          name: 'all Days',
          code: `Rules:\n  - {ID: a, Status: Enabled, Filter: {}, Transitions: [{Days: 30, StorageClass: STANDARD_IA}], Expiration: {Days: 365}}\n`,
        },
        {
          name: 'all Dates',
          code: `Rules:\n  - {ID: a, Status: Enabled, Filter: {}, Transitions: [{Date: "2030-01-01", StorageClass: GLACIER}], Expiration: {Date: "2031-01-01"}}\n`,
        },
        {
          name: 'Days in one rule, Date in another',
          code: `Rules:\n  - {ID: a, Status: Enabled, Filter: {Prefix: a/}, Expiration: {Days: 30}}\n  - {ID: b, Status: Enabled, Filter: {Prefix: b/}, Transitions: [{Date: "2030-01-01", StorageClass: GLACIER}]}\n`,
        },
        {
          name: 'an ExpiredObjectDeleteMarker expiration has no unit',
          code: `Rules:\n  - {ID: a, Status: Enabled, Filter: {}, Transitions: [{Date: "2030-01-01", StorageClass: GLACIER}], Expiration: {ExpiredObjectDeleteMarker: true}}\n`,
        },
      ],
      [],
    );
  });

  it('rejects Date and Days between two transitions', () => {
    checkRule(
      dateDaysMixing,
      [],
      [
        {
          name: 'Days then Date',
          code: `Rules:\n  - ID: a\n    Status: Enabled\n    Filter: {Prefix: logs/}\n    Transitions:\n      - {Days: 30, StorageClass: STANDARD_IA}\n      - {Date: "2030-01-01T00:00:00Z", StorageClass: GLACIER}\n    Expiration: {Days: 365}\n`,
          errors: [{ line: 7, column: 10, messageId: 'transitions', data: { index: 1, key: 'Date', unit: 'Days' } }],
        },
      ],
    );
  });

  it('rejects Date and Days between the Expiration and the Transitions', () => {
    checkRule(
      dateDaysMixing,
      [],
      [
        {
          name: 'Transitions by Days, Expiration by Date',
          code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {},\n  "Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"}],\n  "Expiration": {"Date": "2031-01-01T00:00:00Z"}}]}`,
          errors: [{ line: 3, messageId: 'expiration', data: { key: 'Date', unit: 'Days' } }],
        },
      ],
    );
  });
});
