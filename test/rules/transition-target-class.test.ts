import { describe, it } from 'vitest';
import { transitionTargetClass } from '../../src/lint/rules/transition-target-class.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

describe('transition-target-class (1.11)', () => {
  it('rejects transitions to STANDARD or REDUCED_REDUNDANCY and accepts lifecycle targets', () => {
    checkRule(
      transitionTargetClass,
      [
        {
          name: 'GLACIER and STANDARD_IA',
          code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {}, "Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"}, {"Days": 120, "StorageClass": "GLACIER"}]}]}`,
        },
        {
          name: 'noncurrent to DEEP_ARCHIVE (YAML)',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter: {}',
            '    NoncurrentVersionTransitions:',
            '      - {NoncurrentDays: 30, StorageClass: DEEP_ARCHIVE}',
          ),
        },
        {
          name: "an unknown class is the schema's to report",
          code: lines('Rules:', '  - {ID: a, Status: Enabled, Filter: {}, Transitions: [{Days: 30, StorageClass: COLD}]}'),
        },
      ],
      [
        {
          name: 'back to STANDARD (JSON)',
          code: lines(
            '{"Rules": [{"ID": "warm-again", "Status": "Enabled", "Filter": {},',
            '  "Transitions": [{"Days": 60, "StorageClass": "STANDARD"}]}]}',
          ),
          errors: [{ line: 2, messageId: 'notTarget', data: { list: 'Transitions', index: 0, class: 'STANDARD' } }],
        },
        {
          name: 'noncurrent versions to REDUCED_REDUNDANCY (YAML)',
          code: lines(
            'Rules:',
            '  - ID: a',
            '    Status: Enabled',
            '    Filter: {}',
            '    NoncurrentVersionTransitions:',
            '      - NoncurrentDays: 30',
            '        StorageClass: REDUCED_REDUNDANCY',
          ),
          errors: [
            {
              line: 7,
              column: 23,
              messageId: 'notTarget',
              data: { list: 'NoncurrentVersionTransitions', index: 0, class: 'REDUCED_REDUNDANCY' },
            },
          ],
        },
      ],
    );
  });
});
