import { describe, it } from 'vitest';
import { filterSinglePredicate } from '../../src/lint/rules/filter-single-predicate.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

describe('filter-single-predicate (2.1)', () => {
  it('rejects two conditions side by side in a Filter and accepts one, none or And', () => {
    checkRule(
      filterSinglePredicate,
      [
        { name: 'empty Filter', code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 1}}]}` },
        {
          name: 'one Tag',
          code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {"Tag": {"Key": "k", "Value": "v"}}, "Expiration": {"Days": 1}}]}`,
        },
        {
          name: 'Prefix and size inside And (YAML)',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter:',
            '      And: {Prefix: logs/, ObjectSizeGreaterThan: 131072}',
            '    Expiration: {Days: 1}',
          ),
        },
      ],
      [
        {
          name: 'Prefix with ObjectSizeGreaterThan (terraform-provider-aws#38551), JSON',
          code: lines(
            '{"Rules": [{"ID": "a", "Status": "Enabled", "Expiration": {"Days": 1},',
            '  "Filter": {',
            '    "Prefix": "logs/",',
            '    "ObjectSizeGreaterThan": 1000}}]}',
          ),
          errors: [{ line: 4, column: 5, messageId: 'several', data: { written: 'Prefix, ObjectSizeGreaterThan' } }],
        },
        {
          name: 'Prefix with Tag (YAML)',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter:',
            '      Prefix: logs/',
            '      Tag: {Key: team, Value: ml}',
            '    Expiration: {Days: 1}',
          ),
          errors: [{ line: 6, messageId: 'several' }],
        },
        {
          name: 'And beside a Prefix',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter:',
            '      And: {Tags: [{Key: a, Value: "1"}, {Key: b, Value: "2"}]}',
            '      Prefix: logs/',
            '    Expiration: {Days: 1}',
          ),
          errors: [{ line: 6, messageId: 'several' }],
        },
        {
          name: 'a Tag beside an And (JSON)',
          code: lines(
            '{"Rules": [{"ID": "a", "Status": "Enabled", "Expiration": {"Days": 1}, "Filter": {',
            '  "And": {"Prefix": "p/", "ObjectSizeGreaterThan": 1},',
            '  "Tag": {"Key": "k", "Value": "v"}}}]}',
          ),
          errors: [{ line: 3, column: 3, messageId: 'several' }],
        },
      ],
    );
  });
});
