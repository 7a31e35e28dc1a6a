import { describe, expect, it } from 'vitest';
import { dateBasedAction } from '../../src/lint/rules/date-based-action.js';
import { checkRule } from '../helpers/lint.js';
import { lintLifecycle } from '../../src/lint/engine.js';

describe('date-based-action (W7)', () => {
  it('warns on Date in Expiration and Transition, more strongly once the date has passed', () => {
    checkRule(
      dateBasedAction,
      [
        {
          name: 'Days everywhere',
          code: `Rules:
  - {ID: a, Status: Enabled, Filter: {Prefix: logs/}, Transitions: [{Days: 30, StorageClass: STANDARD_IA}], Expiration: {Days: 365}}
`,
        },
        {
          name: 'a disabled dated rule acts on nothing',
          code: `Rules:
  - {ID: a, Status: Disabled, Filter: {Prefix: logs/}, Expiration: {Date: "2015-11-10T00:00:00.000Z"}}
`,
        },
      ],
      [
        {
          name: 'the AWS CLI example date, long past',
          code: `Rules:
  - ID: dated
    Status: Enabled
    Filter: {Prefix: old/}
    Expiration:
      Date: "2015-11-10T00:00:00.000Z"
`,
          errors: [{ line: 6, column: 13, messageId: 'past', data: { rule: "rule 'dated'", date: '2015-11-10', act: 'deletes' } }],
        },
        {
          name: 'a future transition date keeps applying to later uploads',
          code: `{"Rules": [{"ID": "freeze", "Status": "Enabled", "Filter": {"Prefix": "reports/"},
  "Transitions": [{"Date": "2999-01-01T00:00:00Z", "StorageClass": "GLACIER"}]}]}`,
          errors: [{ line: 2, messageId: 'future', data: { date: '2999-01-01', element: 'Transition' } }],
        },
        {
          name: 'each dated action is named',
          code: `Rules:
  - ID: both
    Status: Enabled
    Filter: {Prefix: x/}
    Transitions:
      - {Date: "2999-01-01", StorageClass: DEEP_ARCHIVE}
    Expiration: {Date: "2999-12-01"}
`,
          errors: [
            { line: 6, messageId: 'future' },
            { line: 7, messageId: 'future', data: { date: '2999-12-01', act: 'deletes', element: 'Expiration' } },
          ],
        },
      ],
    );
  });
});

describe('date-based-action judges past and future against the injected clock', () => {
  it('calls the same date past after it and future before it', () => {
    const config = { Rules: [{ ID: 'd', Status: 'Enabled', Filter: { Prefix: 'a/' }, Expiration: { Date: '2027-06-01T00:00:00Z' } }] };
    const before = lintLifecycle('x.json', config, { rules: [dateBasedAction], now: new Date('2027-01-01T00:00:00Z') });
    const after = lintLifecycle('x.json', config, { rules: [dateBasedAction], now: new Date('2028-01-01T00:00:00Z') });
    expect(before).toHaveLength(1);
    expect(after).toHaveLength(1);
    expect(after[0]!.message).not.toEqual(before[0]!.message);
  });
});
