import { describe, it } from 'vitest';
import { ruleActionRequired } from '../../src/lint/rules/rule-action-required.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

describe('rule-action-required (1.9)', () => {
  it('rejects a rule without actions and accepts any one action', () => {
    checkRule(
      ruleActionRequired,
      [
        { name: 'an Expiration', code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 1}}]}` },
        {
          name: 'only AbortIncompleteMultipartUpload (YAML)',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter: {}',
            '    AbortIncompleteMultipartUpload: {DaysAfterInitiation: 7}',
          ),
        },
        { name: 'a malformed action counts as written', code: lines('Rules:', '  - {ID: a, Status: Enabled, Filter: {}, Expiration: {}}') },
      ],
      [
        {
          name: 'only a filter (crossplane-contrib/provider-aws#1337)',
          code: lines('{"Rules": [', '  {"ID": "a", "Status": "Enabled", "Filter": {"Prefix": "logs/"}}', ']}'),
          errors: [{ line: 2, messageId: 'none' }],
        },
        {
          name: 'an empty Transitions list is no action (YAML)',
          code: lines('Rules:', '  - ID: a', '    Status: Enabled', '    Filter: {}', '    Transitions: []'),
          errors: [{ line: 2, messageId: 'none' }],
        },
        {
          name: 'a Disabled rule without actions: unverified, so a warning',
          code: lines('Rules:', '  - ID: off', '    Status: Disabled', '    Filter: {}'),
          errors: [{ line: 2, severity: 'warning', messageId: 'noneDisabled' }],
        },
      ],
    );
  });
});
