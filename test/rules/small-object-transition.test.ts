import { describe, it } from 'vitest';
import { smallObjectTransition } from '../../src/lint/rules/small-object-transition.js';
import { checkRule } from '../helpers/lint.js';

describe('small-object-transition (W2)', () => {
  it('warns when objects under 128 KiB are moved to classes that bill them extra', () => {
    checkRule(
      smallObjectTransition,
      [
        {
          name: 'no size filter: S3 keeps objects under 128 KiB where they are (all_storage_classes_128K)',
          code: `Rules:
  - {ID: a, Status: Enabled, Filter: {Prefix: logs/}, Transitions: [{Days: 30, StorageClass: STANDARD_IA}, {Days: 90, StorageClass: GLACIER}]}
`,
        },
        {
          name: 'a size filter that starts at 128 KiB',
          code: `Rules:
  - {ID: a, Status: Enabled, Filter: {ObjectSizeGreaterThan: 131071}, Transitions: [{Days: 0, StorageClass: GLACIER_IR}]}
`,
        },
        {
          name: 'INTELLIGENT_TIERING bills no minimum size and no archive overhead',
          code: `Rules:
  - {ID: a, Status: Enabled, Filter: {ObjectSizeGreaterThan: 0}, Transitions: [{Days: 0, StorageClass: INTELLIGENT_TIERING}]}
`,
        },
        {
          name: 'varies_by_storage_class only lets small objects into GLACIER and DEEP_ARCHIVE',
          code: `TransitionDefaultMinimumObjectSize: varies_by_storage_class
Rules:
  - {ID: a, Status: Enabled, Filter: {}, Transitions: [{Days: 30, StorageClass: STANDARD_IA}]}
`,
        },
        {
          name: 'a disabled rule, and a size filter on a rule that only expires',
          code: `Rules:
  - {ID: a, Status: Disabled, Filter: {ObjectSizeGreaterThan: 0}, Transitions: [{Days: 0, StorageClass: GLACIER}]}
  - {ID: b, Status: Enabled, Filter: {ObjectSizeLessThan: 1024}, Expiration: {Days: 1}}
`,
        },
      ],
      [
        {
          name: 'AWS example: tax/ objects over 500 bytes to GLACIER at 365',
          code: `Rules:
  - ID: Transition with a prefix and based on size
    Filter:
      And:
        Prefix: tax/
        ObjectSizeGreaterThan: 500
    Status: Enabled
    Transitions:
      - {Days: 365, StorageClass: GLACIER}
`,
          errors: [
            {
              line: 6,
              column: 32,
              messageId: 'sizeFilter',
              data: {
                rule: "rule 'Transition with a prefix and based on size'",
                small: '128 KiB',
                classes: 'GLACIER',
                costs: 'GLACIER adds 40 KiB of metadata per object (8 KiB billed at the STANDARD rate, 32 KiB at the GLACIER rate)',
                from: '501 bytes',
              },
            },
          ],
        },
        {
          name: 'one byte under the 128 KiB line',
          code: `Rules:
  - {ID: a, Status: Enabled, Filter: {ObjectSizeGreaterThan: 131070}, Transitions: [{Days: 0, StorageClass: GLACIER_IR}]}
`,
          errors: [{ line: 2, messageId: 'sizeFilter', data: { from: '131071 bytes' } }],
        },
        {
          name: 'only an upper bound: every object below 64000 bytes to ONEZONE_IA and GLACIER_IR',
          code: `Rules:
  - ID: small
    Status: Enabled
    Filter: {ObjectSizeLessThan: 64000}
    Transitions:
      - {Days: 30, StorageClass: ONEZONE_IA}
    NoncurrentVersionTransitions:
      - {NoncurrentDays: 0, StorageClass: GLACIER_IR}
`,
          errors: [
            {
              line: 4,
              messageId: 'sizeFilter',
              data: {
                small: '128 KiB',
                costs: 'ONEZONE_IA bills each object as at least 128 KiB; GLACIER_IR bills each object as at least 128 KiB',
                from: '0 bytes',
              },
            },
          ],
        },
        {
          name: 'varies_by_storage_class moves small objects to DEEP_ARCHIVE without a size filter',
          code: `TransitionDefaultMinimumObjectSize: varies_by_storage_class
Rules:
  - ID: deep
    Status: Enabled
    Filter: {Prefix: backups/}
    Transitions:
      - Days: 180
        StorageClass: DEEP_ARCHIVE
`,
          errors: [{ line: 8, messageId: 'variesByClass', data: { small: '128 KiB', classes: 'DEEP_ARCHIVE' } }],
        },
        {
          name: 'the request shape carries the setting next to the configuration',
          code: `{
  "Bucket": "b",
  "TransitionDefaultMinimumObjectSize": "varies_by_storage_class",
  "LifecycleConfiguration": {"Rules": [
    {"ID": "v", "Status": "Enabled", "Filter": {},
     "NoncurrentVersionTransitions": [{"NoncurrentDays": 30, "StorageClass": "GLACIER"}]}
  ]}
}`,
          errors: [{ line: 6, messageId: 'variesByClass', data: { classes: 'GLACIER' } }],
        },
      ],
    );
  });
});
