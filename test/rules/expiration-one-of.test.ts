import { describe, it } from 'vitest';
import { expirationOneOf } from '../../src/lint/rules/expiration-one-of.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

const expiring = (expiration: object) =>
  lines('{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {},', `  "Expiration": ${JSON.stringify(expiration)}}]}`);

describe('expiration-one-of (3a.1)', () => {
  it('rejects an Expiration with none or several of Days, Date, ExpiredObjectDeleteMarker', () => {
    checkRule(
      expirationOneOf,
      [
        { name: 'Days', code: expiring({ Days: 30 }) },
        { name: 'Date', code: expiring({ Date: '2030-01-01T00:00:00.000Z' }) },
        {
          name: 'ExpiredObjectDeleteMarker alone (YAML)',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter: {Prefix: logs/}',
            '    Expiration:',
            '      ExpiredObjectDeleteMarker: true',
          ),
        },
        { name: "a misspelt key is the schema's to report", code: expiring({ days: 30 }) },
      ],
      [
        {
          name: 'Days with ExpiredObjectDeleteMarker (aws/aws-cli#8239)',
          code: expiring({ Days: 1, ExpiredObjectDeleteMarker: true }),
          errors: [{ line: 2, messageId: 'both', data: { written: 'Days and ExpiredObjectDeleteMarker' } }],
        },
        {
          name: 'Days with Date (YAML), reported on the second',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter: {}',
            '    Expiration:',
            '      Days: 30',
            '      Date: "2030-01-01T00:00:00Z"',
          ),
          errors: [{ line: 7, column: 7, messageId: 'both', data: { written: 'Days and Date' } }],
        },
        {
          name: 'an empty Expiration (YAML)',
          code: lines('Rules:', '  - ID: a', '    Status: Enabled', '    Filter: {}', '    Expiration: {}'),
          errors: [{ line: 5, messageId: 'empty' }],
        },
      ],
    );
  });
});
