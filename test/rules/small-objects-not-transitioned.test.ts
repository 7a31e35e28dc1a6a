import { describe, it } from 'vitest';
import { smallObjectsNotTransitioned } from '../../src/lint/rules/small-objects-not-transitioned.js';
import { checkRule } from '../helpers/lint.js';

describe('small-objects-not-transitioned (W15)', () => {
  it('informs once that transition rules without a size filter leave small objects in place', () => {
    checkRule(
      smallObjectsNotTransitioned,
      [
        {
          name: 'every transition rule has a size filter',
          code: `Rules:
  - {ID: a, Status: Enabled, Filter: {And: {Prefix: logs/, ObjectSizeGreaterThan: 131072}}, Transitions: [{Days: 30, StorageClass: STANDARD_IA}]}
  - {ID: b, Status: Enabled, Filter: {}, Expiration: {Days: 365}}
`,
        },
        {
          name: 'varies_by_storage_class was chosen on purpose',
          code: `TransitionDefaultMinimumObjectSize: varies_by_storage_class
Rules:
  - {ID: a, Status: Enabled, Filter: {}, Transitions: [{Days: 0, StorageClass: GLACIER}]}
`,
        },
        {
          name: 'all_storage_classes_128K stated in the file is a choice made knowingly',
          code: `TransitionDefaultMinimumObjectSize: all_storage_classes_128K
Rules:
  - {ID: a, Status: Enabled, Filter: {Prefix: a/}, Transitions: [{Days: 0, StorageClass: GLACIER}]}
`,
        },
        {
          name: 'a value AWS rejects is an error elsewhere, not a reason to guess',
          code: `TransitionDefaultMinimumObjectSize: all_storage_classes_64K
Rules:
  - {ID: a, Status: Enabled, Filter: {}, Transitions: [{Days: 0, StorageClass: GLACIER}]}
`,
        },
        {
          name: 'no transitions, or only in a disabled rule',
          code: `Rules:
  - {ID: a, Status: Enabled, Filter: {}, Expiration: {Days: 30}}
  - {ID: b, Status: Disabled, Filter: {}, Transitions: [{Days: 0, StorageClass: GLACIER}]}
`,
        },
      ],
      [
        {
          name: 'setting absent: S3 applies all_storage_classes_128K on PUT',
          code: `Rules:
  - ID: models
    Filter: {Prefix: models/}
    Status: Enabled
    Transitions: [{Days: 30, StorageClass: STANDARD_IA}]
`,
          errors: [{ line: 1, column: 1, severity: 'info', messageId: 'stayInPlace', data: { which: "rule 'models'", small: '128 KiB' } }],
        },
        {
          name: 'several rules, noncurrent transitions count too',
          code: `{
  "Rules": [
    {"ID": "a", "Status": "Enabled", "Filter": {"Prefix": "a/"}, "Transitions": [{"Days": 0, "StorageClass": "GLACIER"}]},
    {"ID": "b", "Status": "Enabled", "Filter": {"Prefix": "b/"}, "NoncurrentVersionTransitions": [{"NoncurrentDays": 0, "StorageClass": "GLACIER"}]},
    {"ID": "c", "Status": "Enabled", "Filter": {"Prefix": "c/"}, "Transitions": [{"Days": 0, "StorageClass": "DEEP_ARCHIVE"}]},
    {"ID": "d", "Status": "Enabled", "Filter": {"Prefix": "d/"}, "Transitions": [{"Days": 0, "StorageClass": "GLACIER_IR"}]}
  ]
}`,
          errors: [{ line: 2, column: 3, severity: 'info', messageId: 'stayInPlace', data: { small: '128 KiB' } }],
        },
      ],
    );
  });
});
