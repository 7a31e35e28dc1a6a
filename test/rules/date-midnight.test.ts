import { describe, it } from 'vitest';
import { dateMidnight } from '../../src/lint/rules/date-midnight.js';
import { checkRule } from '../helpers/lint.js';

const expiring = (date: string) => `Rules:
  - ID: a
    Status: Enabled
    Filter: {}
    Expiration:
      Date: "${date}"
`;

const transitioning = (date: string) => `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {},
  "Transitions": [
    {"Date": "${date}", "StorageClass": "GLACIER"}
  ]}]}`;

describe('date-midnight (3a.3, 3b.8)', () => {
  it('accepts midnight UTC in every ISO-8601 spelling', () => {
    checkRule(
      dateMidnight,
      [
        { name: 'the AWS CLI documentation example', code: expiring('2015-11-10T00:00:00.000Z') },
        { name: 'Z without fraction', code: transitioning('2030-01-01T00:00:00Z') },
        { name: 'no zone (the AWS CLI sends it as UTC)', code: transitioning('2030-01-01T00:00:00') },
        { name: 'date only', code: transitioning('2030-01-01') },
        { name: 'an offset that lands on midnight UTC', code: transitioning('2030-01-01T01:00:00+01:00') },
      ],
      [],
    );
  });

  it("rejects a time other than midnight UTC with AWS's text (aws/aws-cli#7677)", () => {
    checkRule(
      dateMidnight,
      [],
      [
        {
          name: '"2023-02-18T01:00:00" in Expiration',
          code: expiring('2023-02-18T01:00:00'),
          errors: [{ line: 6, column: 13, messageId: 'notMidnight', data: { utc: '2023-02-18T01:00:00Z' } }],
        },
        {
          name: 'midnight in another zone is not midnight UTC',
          code: transitioning('2030-01-01T00:00:00+02:00'),
          errors: [{ line: 3, messageId: 'notMidnight' }],
        },
      ],
    );
  });

  it('rejects strings that are not ISO-8601 dates', () => {
    checkRule(
      dateMidnight,
      [],
      [
        { name: 'prose', code: transitioning('next tuesday'), errors: [{ line: 3, messageId: 'invalid' }] },
        { name: 'US order', code: expiring('02/18/2023'), errors: [{ line: 6, messageId: 'invalid' }] },
        { name: 'a day that does not exist', code: transitioning('2023-02-30T00:00:00Z'), errors: [{ line: 3, messageId: 'invalid' }] },
      ],
    );
  });

  it('warns on non-zero fractional seconds at midnight (unverified)', () => {
    checkRule(
      dateMidnight,
      [],
      [
        {
          name: '.500Z',
          code: expiring('2030-01-01T00:00:00.500Z'),
          errors: [{ line: 6, severity: 'warning', messageId: 'fraction' }],
        },
      ],
    );
  });

  it('leaves values of the wrong type to the schema', () => {
    checkRule(
      dateMidnight,
      [{ name: 'a number', code: `{"Rules": [{"Status": "Enabled", "Filter": {}, "Expiration": {"Date": 20230218}}]}` }],
      [],
    );
  });
});
