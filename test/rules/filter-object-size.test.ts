import { describe, it } from 'vitest';
import { filterObjectSize } from '../../src/lint/rules/filter-object-size.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

const BOUND = 1099511627776000;
const TB = 1024 ** 4;
const sized = (filter: object) =>
  lines('{"Rules": [{"ID": "a", "Status": "Enabled", "Expiration": {"Days": 1},', `  "Filter": ${JSON.stringify(filter)}}]}`);

describe('filter-object-size (2.5, 2.6)', () => {
  it("rejects sizes outside S3's bounds and empty ranges; warns past the documented maximum", () => {
    checkRule(
      filterObjectSize,
      [
        { name: 'the lowest bounds', code: sized({ And: { ObjectSizeGreaterThan: 0, ObjectSizeLessThan: 1 } }) },
        { name: 'a range at the documented 50 TB', code: sized({ And: { ObjectSizeGreaterThan: 131072, ObjectSizeLessThan: 50 * TB } }) },
        {
          name: "the User Guide's ObjectSizeLessThan 1 (YAML)",
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter: {ObjectSizeLessThan: 1}',
            '    NoncurrentVersionExpiration: {NoncurrentDays: 30}',
          ),
        },
      ],
      [
        {
          name: 'ObjectSizeLessThan 0 (terraform-provider-aws#41521)',
          code: sized({ ObjectSizeLessThan: 0 }),
          errors: [
            { line: 2, messageId: 'outOfBounds', data: { name: 'ObjectSizeLessThan', size: '0 bytes', min: 1, max: 1099511627776000 } },
          ],
        },
        {
          name: 'negative ObjectSizeGreaterThan',
          code: sized({ ObjectSizeGreaterThan: -1 }),
          errors: [{ line: 2, messageId: 'outOfBounds', data: { name: 'ObjectSizeGreaterThan', min: 0, max: 1099511627776000 } }],
        },
        {
          name: 'past the recorded bound',
          code: sized({ ObjectSizeGreaterThan: BOUND + 1 }),
          errors: [{ line: 2, messageId: 'outOfBounds', data: { min: 0, max: 1099511627776000 } }],
        },
        {
          name: 'past the documented 50 TB but within the bound: a warning',
          code: sized({ ObjectSizeGreaterThan: 60 * TB }),
          errors: [{ line: 2, severity: 'warning', messageId: 'overDocumented', data: { documented: 50 } }],
        },
        {
          name: 'equal bounds in an And (YAML), reported on ObjectSizeLessThan',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter:',
            '      And:',
            '        ObjectSizeGreaterThan: 1048576',
            '        ObjectSizeLessThan: 1048576',
            '    Expiration: {Days: 1}',
          ),
          errors: [{ line: 7, column: 29, messageId: 'emptyRange' }],
        },
      ],
    );
  });
});
