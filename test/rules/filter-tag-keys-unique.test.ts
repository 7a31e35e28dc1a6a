import { describe, it } from 'vitest';
import { filterTagKeysUnique } from '../../src/lint/rules/filter-tag-keys-unique.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

describe('filter-tag-keys-unique (2.3)', () => {
  it('rejects a repeated tag key in an And and accepts distinct keys', () => {
    checkRule(
      filterTagKeysUnique,
      [
        {
          name: 'distinct keys (JSON)',
          code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {"And": {"Tags": [{"Key": "team", "Value": "ml"}, {"Key": "tier", "Value": "ml"}]}}, "Expiration": {"Days": 1}}]}`,
        },
        {
          name: 'same key in two rules (YAML)',
          code: lines(
            'Rules:',
            '  - {ID: a, Status: Enabled, Filter: {Tag: {Key: team, Value: ml}}, Expiration: {Days: 1}}',
            '  - {ID: b, Status: Enabled, Filter: {Tag: {Key: team, Value: data}}, Expiration: {Days: 2}}',
          ),
        },
      ],
      [
        {
          name: 'the same key with two values (JSON)',
          code: lines(
            '{"Rules": [{"ID": "a", "Status": "Enabled", "Expiration": {"Days": 1}, "Filter": {"And": {"Tags": [',
            '  {"Key": "team", "Value": "ml"},',
            '  {"Key": "team", "Value": "data"}',
            ']}}}]}',
          ),
          errors: [{ line: 3, column: 11, messageId: 'repeated', data: { tag: 'And.Tags[1]', key: 'team', first: 'And.Tags[0]' } }],
        },
        {
          name: 'a repeat among three (YAML)',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter:',
            '      And:',
            '        Tags:',
            '          - {Key: team, Value: ml}',
            '          - {Key: env, Value: prod}',
            '          - {Key: env, Value: dev}',
            '    Expiration: {Days: 1}',
          ),
          errors: [{ line: 9, messageId: 'repeated' }],
        },
      ],
    );
  });
});
