import { describe, it } from 'vitest';
import { transitionIaMinimum } from '../../src/lint/rules/transition-ia-minimum.js';
import { checkRule } from '../helpers/lint.js';

describe('transition-ia-minimum (3b.3)', () => {
  it('rejects IA transitions before day 30 and accepts day 30', () => {
    checkRule(
      transitionIaMinimum,
      [
        {
          name: 'STANDARD_IA at 30 (the AWS documentation example value)',
          code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {}, "Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"}]}]}`,
        },
        {
          name: 'GLACIER at 0 is allowed',
          code: `Rules:\n  - ID: a\n    Status: Enabled\n    Filter: {}\n    Transitions:\n      - {Days: 0, StorageClass: GLACIER}\n`,
        },
      ],
      [
        {
          name: 'seed 000: checkpoints to STANDARD_IA at 14 days',
          code: `Rules:\n  - ID: tiered-storage-checkpoints\n    Filter: {Prefix: checkpoints/}\n    Status: Enabled\n    Transitions:\n      - Days: 14\n        StorageClass: STANDARD_IA\n`,
          errors: [{ line: 6, column: 15, message: "greater than or equal to 30 for storageClass 'STANDARD_IA'" }],
        },
        {
          name: 'ONEZONE_IA at 29',
          code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {},\n "Transitions": [{"StorageClass": "ONEZONE_IA", "Days": 29}]}]}`,
          errors: [{ line: 2, message: "for storageClass 'ONEZONE_IA'" }],
        },
      ],
    );
  });
});
