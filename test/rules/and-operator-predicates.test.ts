import { describe, it } from 'vitest';
import { andOperatorPredicates } from '../../src/lint/rules/and-operator-predicates.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

describe('and-operator-predicates (2.2)', () => {
  it('rejects an And of fewer than two conditions and accepts two or more', () => {
    checkRule(
      andOperatorPredicates,
      [
        {
          name: 'empty Prefix and a size (accepted by S3, terraform-provider-aws#23882)',
          code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {"And": {"Prefix": "", "ObjectSizeGreaterThan": 0}}, "Expiration": {"Days": 1}}]}`,
        },
        {
          name: 'two tags (YAML)',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter:',
            '      And:',
            '        Tags: [{Key: a, Value: "1"}, {Key: b, Value: "2"}]',
            '    Expiration: {Days: 1}',
          ),
        },
        {
          name: "Tags that are not a list are the schema's",
          code: lines('Rules:', '  - {ID: a, Status: Enabled, Filter: {And: {Tags: {Key: a}}}, Expiration: {Days: 1}}'),
        },
      ],
      [
        {
          name: 'And with only ObjectSizeGreaterThan 0 (terraform-provider-aws#23882), JSON',
          code: lines(
            '{"Rules": [{"ID": "a", "Status": "Enabled", "Expiration": {"Days": 1},',
            '  "Filter": {"And": {"ObjectSizeGreaterThan": 0}}}]}',
          ),
          errors: [{ line: 2, messageId: 'single', data: { only: 'ObjectSizeGreaterThan' } }],
        },
        {
          name: 'And with only a Prefix (terraform-provider-aws#23296), YAML',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter:',
            '      And:',
            '        Prefix: queue=',
            '    Expiration: {Days: 1}',
          ),
          errors: [{ line: 5, messageId: 'single', data: { only: 'Prefix' } }],
        },
        {
          name: 'And with one tag',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter:',
            '      And: {Tags: [{Key: a, Value: "1"}]}',
            '    Expiration: {Days: 1}',
          ),
          errors: [{ line: 5, messageId: 'single' }],
        },
        {
          name: 'empty And',
          code: lines('Rules:', '  - ID: a', '    Status: Enabled', '    Filter: {And: {}}', '    Expiration: {Days: 1}'),
          errors: [{ line: 4, messageId: 'empty' }],
        },
      ],
    );
  });
});
