import { describe, it } from 'vitest';
import { transitionClassUnique } from '../../src/lint/rules/transition-class-unique.js';
import { checkRule } from '../helpers/lint.js';

describe('transition-class-unique (3b.4)', () => {
  it('rejects a rule that names one storage class twice', () => {
    checkRule(
      transitionClassUnique,
      [
        {
          name: 'two classes',
          code: `Rules:\n  - ID: a\n    Status: Enabled\n    Filter: {Prefix: logs/}\n    Transitions:\n      - {Days: 30, StorageClass: STANDARD_IA}\n      - {Days: 120, StorageClass: GLACIER}\n`,
        },
        {
          name: 'the same class in two rules',
          code: `{"Rules": [\n{"ID": "a", "Status": "Enabled", "Filter": {"Prefix": "a/"}, "Transitions": [{"Days": 90, "StorageClass": "GLACIER"}]},\n{"ID": "b", "Status": "Enabled", "Filter": {"Prefix": "b/"}, "Transitions": [{"Days": 90, "StorageClass": "GLACIER"}]}]}`,
        },
      ],
      [
        {
          name: 'GLACIER twice',
          code: `Rules:\n  - ID: a\n    Status: Enabled\n    Filter: {Prefix: logs/}\n    Transitions:\n      - {Days: 90, StorageClass: GLACIER}\n      - {Days: 200, StorageClass: GLACIER}\n`,
          errors: [{ line: 7, messageId: 'repeat', data: { list: 'Transitions', index: 1, what: 'objects', class: 'GLACIER' } }],
        },
        {
          name: 'timing faults do not hide the repeat',
          code: `{"Rules": [{"Status": "Enabled", "Filter": {},\n"Transitions": [{"StorageClass": "DEEP_ARCHIVE"},\n {"Days": 200, "StorageClass": "DEEP_ARCHIVE"}]}]}`,
          errors: [{ line: 3, messageId: 'repeat' }],
        },
      ],
    );
  });
});
