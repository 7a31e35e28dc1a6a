import { describe, it } from 'vitest';
import { overlappingRules } from '../../src/lint/rules/overlapping-rules.js';
import { checkRule } from '../helpers/lint.js';

describe('overlapping-rules (W9)', () => {
  it('says which rule S3 lets win when overlapping rules conflict', () => {
    checkRule(
      overlappingRules,
      [
        {
          name: 'AWS conflicts example 1: whole-bucket Expiration at 365, logs/ to STANDARD_IA at 30 (no conflict)',
          code: `Rules:
  - {ID: Rule 1, Filter: {}, Status: Enabled, Expiration: {Days: 365}}
  - {ID: Rule 2, Filter: {Prefix: logs/}, Status: Enabled, Transitions: [{Days: 30, StorageClass: STANDARD_IA}]}
`,
        },
        {
          name: 'the narrower rule winning is what it was written for: logs/ expire sooner than the rest',
          code: `Rules:
  - {ID: all, Filter: {}, Status: Enabled, Expiration: {Days: 365}, Transitions: [{Days: 90, StorageClass: GLACIER}]}
  - {ID: tmp, Filter: {Prefix: tmp/}, Status: Enabled, Expiration: {Days: 7}}
`,
        },
        {
          name: 'a waterfall spread over two rules: STANDARD_IA at 30 then GLACIER at 90',
          code: `Rules:
  - {ID: ia, Filter: {}, Status: Enabled, Transitions: [{Days: 30, StorageClass: STANDARD_IA}]}
  - {ID: archive, Filter: {Prefix: logs/}, Status: Enabled, Transitions: [{Days: 90, StorageClass: GLACIER}]}
`,
        },
        {
          name: 'disjoint selections, a disabled rule, two transitions to one class on one day',
          code: `Rules:
  - {ID: a, Filter: {And: {Prefix: t/, Tags: [{Key: env, Value: dev}]}}, Status: Enabled, Expiration: {Days: 7}}
  - {ID: b, Filter: {And: {Prefix: t/, Tags: [{Key: env, Value: prod}]}}, Status: Enabled, Expiration: {Days: 365}}
  - {ID: c, Filter: {Prefix: x/}, Status: Disabled, Expiration: {Days: 1}}
  - {ID: d, Filter: {Prefix: x/}, Status: Enabled, Transitions: [{Days: 30, StorageClass: GLACIER}]}
  - {ID: e, Filter: {Prefix: x/y/}, Status: Enabled, Transitions: [{Days: 30, StorageClass: GLACIER}]}
`,
        },
        {
          name: 'days and dates are not compared (the upload dates are unknown)',
          code: `Rules:
  - {ID: a, Filter: {}, Status: Enabled, Expiration: {Date: "2030-01-01T00:00:00Z"}}
  - {ID: b, Filter: {Prefix: logs/}, Status: Enabled, Transitions: [{Days: 30, StorageClass: GLACIER}]}
`,
        },
      ],
      [
        {
          name: 'AWS conflicts example 2: same prefix, Expiration and Transition on day 365',
          code: `Rules:
  - ID: Rule 1
    Filter: {Prefix: logs/}
    Status: Enabled
    Expiration: {Days: 365}
  - ID: Rule 2
    Filter: {Prefix: logs/}
    Status: Enabled
    Transitions:
      - {StorageClass: STANDARD_IA, Days: 365}
`,
          errors: [
            {
              line: 10,
              messageId: 'overridden',
              data: {
                rule: "rule 'Rule 2'",
                action: 'Transition to STANDARD_IA',
                time: 'on day 365',
                objects: 'the same objects',
                winner: "rule 'Rule 1'",
              },
            },
          ],
        },
        {
          name: 'AWS conflicts example 3: whole bucket to STANDARD_IA early, logs/ later',
          code: `Rules:
  - {ID: Rule 1, Filter: {Prefix: ""}, Status: Enabled, Transitions: [{StorageClass: STANDARD_IA, Days: 30}]}
  - {ID: Rule 2, Filter: {Prefix: logs/}, Status: Enabled, Transitions: [{StorageClass: STANDARD_IA, Days: 365}]}
`,
          errors: [
            {
              line: 3,
              messageId: 'overridden',
              data: { action: 'Transition to STANDARD_IA', time: 'on day 365', winner: "rule 'Rule 1'" },
            },
          ],
        },
        {
          name: 'AWS conflicts example 4: two tags, transition at 365 and expiration at 14',
          code: `Rules:
  - ID: Rule 1
    Filter: {Tag: {Key: tag1, Value: value1}}
    Status: Enabled
    Transitions: [{StorageClass: GLACIER, Days: 365}]
  - ID: Rule 2
    Filter: {Tag: {Key: tag2, Value: value2}}
    Status: Enabled
    Expiration: {Days: 14}
`,
          errors: [
            {
              line: 5,
              messageId: 'overridden',
              data: {
                action: 'Transition to GLACIER',
                time: 'on day 365',
                objects: 'objects tagged tag1=value1 and tag2=value2',
                winner: "rule 'Rule 2'",
              },
            },
          ],
        },
        {
          name: 'catalogue W9: INTELLIGENT_TIERING at 0 and STANDARD_IA at 90 on the whole bucket',
          code: `{"Rules": [
  {"ID": "it", "Status": "Enabled", "Filter": {}, "Transitions": [{"Days": 0, "StorageClass": "INTELLIGENT_TIERING"}]},
  {"ID": "ia", "Status": "Enabled", "Filter": {"Prefix": ""}, "Transitions": [{"Days": 90, "StorageClass": "STANDARD_IA"}]}
]}`,
          errors: [{ line: 3, messageId: 'overridden', data: { action: 'Transition to STANDARD_IA', time: 'on day 90' } }],
        },
        {
          name: 'a longer expiration on a narrower rule is dead: S3 honours the shorter one',
          code: `Rules:
  - {ID: all, Filter: {}, Status: Enabled, Expiration: {Days: 365}}
  - {ID: keep-models, Filter: {Prefix: models/}, Status: Enabled, Expiration: {Days: 730}}
`,
          errors: [
            {
              line: 3,
              messageId: 'overridden',
              data: {
                rule: "rule 'keep-models'",
                action: 'Expiration',
                time: 'on day 730',
                winner: "rule 'all'",
                why: 'S3 honours the shorter expiration, its Expiration on day 365',
              },
            },
          ],
        },
        {
          name: 'one finding per lost action, naming the winner that acts first and counting the others',
          code: `Rules:
  - {ID: all, Filter: {}, Status: Enabled, Expiration: {Days: 365}}
  - {ID: half, Filter: {}, Status: Enabled, Expiration: {Days: 500}}
  - {ID: models, Filter: {Prefix: models/}, Status: Enabled, Expiration: {Days: 730}}
`,
          errors: [
            {
              line: 3,
              messageId: 'overridden',
              data: {
                rule: "rule 'half'",
                action: 'Expiration',
                time: 'on day 500',
                objects: 'the same objects',
                winner: "rule 'all'",
                also: '',
                why: 'S3 honours the shorter expiration, its Expiration on day 365',
              },
            },
            {
              line: 4,
              messageId: 'overridden',
              data: {
                winner: "rule 'all'",
                action: 'Expiration',
                time: 'on day 730',
                also: ' (and 1 more)',
                why: 'S3 honours the shorter expiration, its Expiration on day 365',
              },
            },
          ],
        },
        {
          name: 'same-day transitions: GLACIER over STANDARD_IA, INTELLIGENT_TIERING over GLACIER_IR',
          code: `Rules:
  - {ID: ia, Filter: {Prefix: a/}, Status: Enabled, Transitions: [{Days: 30, StorageClass: STANDARD_IA}]}
  - {ID: gfr, Filter: {Prefix: a/}, Status: Enabled, Transitions: [{Days: 30, StorageClass: GLACIER}]}
  - {ID: gir, Filter: {Prefix: b/x/}, Status: Enabled, Transitions: [{Days: 0, StorageClass: GLACIER_IR}]}
  - {ID: int, Filter: {Prefix: b/}, Status: Enabled, Transitions: [{Days: 0, StorageClass: INTELLIGENT_TIERING}]}
`,
          errors: [
            {
              line: 2,
              messageId: 'overridden',
              data: { why: 'Its Transition to GLACIER on day 30 is due the same day, and S3 picks the lower-cost class, GLACIER' },
            },
            {
              line: 4,
              messageId: 'overridden',
              data: {
                why: 'Its Transition to INTELLIGENT_TIERING on day 0 is due the same day, and S3 favours INTELLIGENT_TIERING over every class except GLACIER and DEEP_ARCHIVE',
              },
            },
          ],
        },
        {
          name: 'noncurrent versions: a whole-bucket cleanup after 7 days outruns a versions archive',
          code: `Rules:
  - ID: cleanup
    Filter: {Prefix: ""}
    Status: Enabled
    NoncurrentVersionExpiration: {NoncurrentDays: 7}
  - ID: archive-versions
    Filter: {Prefix: models/}
    Status: Enabled
    NoncurrentVersionTransitions: [{NoncurrentDays: 30, StorageClass: GLACIER}]
`,
          errors: [
            {
              line: 9,
              messageId: 'overridden',
              data: {
                action: 'NoncurrentVersionTransition to GLACIER',
                time: '30 days after they become noncurrent',
                winner: "rule 'cleanup'",
                why: 'Its NoncurrentVersionExpiration 7 days after they become noncurrent deletes them first',
              },
            },
          ],
        },
      ],
    );
  });
});
