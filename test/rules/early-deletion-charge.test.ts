import { describe, it } from 'vitest';
import { earlyDeletionCharge } from '../../src/lint/rules/early-deletion-charge.js';
import { checkRule } from '../helpers/lint.js';

describe('early-deletion-charge (W1)', () => {
  it('warns when objects leave a class before its minimum storage duration', () => {
    checkRule(
      earlyDeletionCharge,
      [
        {
          name: 'AWS example: STANDARD_IA at 30, GLACIER at 90, Expiration at 365',
          code: `Rules:
  - ID: example-id
    Filter: {Prefix: logs/}
    Status: Enabled
    Transitions:
      - {Days: 30, StorageClass: STANDARD_IA}
      - {Days: 90, StorageClass: GLACIER}
    Expiration: {Days: 365}
`,
        },
        {
          name: 'exactly the minimum: GLACIER at 0, Expiration at 90; DEEP_ARCHIVE at 0, Expiration at 180',
          code: `Rules:
  - {ID: a, Status: Enabled, Filter: {Prefix: a/}, Transitions: [{Days: 0, StorageClass: GLACIER}], Expiration: {Days: 90}}
  - {ID: b, Status: Enabled, Filter: {Prefix: b/}, Transitions: [{Days: 0, StorageClass: DEEP_ARCHIVE}], Expiration: {Days: 180}}
`,
        },
        {
          name: 'INTELLIGENT_TIERING has no minimum storage duration',
          code: `Rules:
  - {ID: a, Status: Enabled, Filter: {}, Transitions: [{Days: 0, StorageClass: INTELLIGENT_TIERING}], Expiration: {Days: 1}}
`,
        },
        {
          name: 'a disabled rule costs nothing',
          code: `Rules:
  - {ID: a, Status: Disabled, Filter: {}, Transitions: [{Days: 60, StorageClass: GLACIER}], Expiration: {Days: 90}}
`,
        },
        {
          name: 'what AWS rejects is an error elsewhere: Expiration not after the Transition, a gap under 90 days after GLACIER',
          code: `Rules:
  - {ID: a, Status: Enabled, Filter: {Prefix: a/}, Transitions: [{Days: 90, StorageClass: GLACIER}], Expiration: {Days: 90}}
  - {ID: b, Status: Enabled, Filter: {Prefix: b/}, Transitions: [{Days: 0, StorageClass: GLACIER}, {Days: 45, StorageClass: DEEP_ARCHIVE}]}
`,
        },
        {
          name: 'rules on different prefixes do not meet',
          code: `Rules:
  - {ID: logs, Status: Enabled, Filter: {Prefix: logs/}, Transitions: [{Days: 0, StorageClass: GLACIER}]}
  - {ID: tmp, Status: Enabled, Filter: {Prefix: tmp/}, Expiration: {Days: 30}}
`,
        },
      ],
      [
        {
          name: 'a move on from STANDARD_IA within 30 days of the same rule (its rejection unconfirmed since 2026-07-16) costs the rest of 30 days',
          code: `Rules:
  - {ID: b, Status: Enabled, Filter: {Prefix: b/}, Transitions: [{Days: 30, StorageClass: STANDARD_IA}, {Days: 45, StorageClass: GLACIER}]}
`,
          errors: [
            {
              line: 2,
              messageId: 'earlyIfAccepted',
              data: {
                rule: "rule 'b'",
                who: 'objects',
                class: 'STANDARD_IA',
                stay: '15 days',
                min: 30,
                moved: 'objects move to STANDARD_IA on day 30',
                out: 'move on to GLACIER on day 45',
                extra: '15 days',
                since: '2026-07-16',
              },
            },
          ],
        },
        {
          name: 'GLACIER at 60 then Expiration at 90',
          code: `Rules:
  - ID: logs
    Filter: {Prefix: logs/}
    Status: Enabled
    Transitions:
      - {Days: 60, StorageClass: GLACIER}
    Expiration:
      Days: 90
`,
          errors: [
            {
              line: 8,
              column: 13,
              messageId: 'early',
              data: { class: 'GLACIER', stay: '30 days', min: 90, out: 'are deleted on day 90', extra: '60 days' },
            },
          ],
        },
        {
          name: 'STANDARD_IA, GLACIER_IR and DEEP_ARCHIVE minimums',
          code: `Rules:
  - {ID: ia, Status: Enabled, Filter: {Prefix: a/}, Transitions: [{Days: 30, StorageClass: STANDARD_IA}], Expiration: {Days: 45}}
  - {ID: gir, Status: Enabled, Filter: {Prefix: b/}, Transitions: [{Days: 0, StorageClass: GLACIER_IR}], Expiration: {Days: 30}}
  - {ID: gda, Status: Enabled, Filter: {Prefix: c/}, Transitions: [{Days: 0, StorageClass: DEEP_ARCHIVE}], Expiration: {Days: 100}}
`,
          errors: [
            {
              line: 2,
              messageId: 'early',
              data: {
                rule: "rule 'ia'",
                who: 'objects',
                class: 'STANDARD_IA',
                stay: '15 days',
                min: 30,
                moved: 'objects move to STANDARD_IA on day 30',
                out: 'are deleted on day 45',
                extra: '15 days',
              },
            },
            { line: 3, messageId: 'early', data: { class: 'GLACIER_IR', stay: '30 days', min: 90 } },
            { line: 4, messageId: 'early', data: { class: 'DEEP_ARCHIVE', stay: '100 days', min: 180 } },
          ],
        },
        {
          name: 'noncurrent versions: GLACIER at 30, deleted at 60; a conditional expiration deletes the older ones',
          code: `Rules:
  - ID: versions
    Filter: {}
    Status: Enabled
    NoncurrentVersionTransitions:
      - {NoncurrentDays: 30, StorageClass: GLACIER}
    NoncurrentVersionExpiration: {NoncurrentDays: 60}
  - ID: keep3
    Filter: {Prefix: models/}
    Status: Enabled
    NoncurrentVersionTransitions: [{NoncurrentDays: 10, StorageClass: DEEP_ARCHIVE}]
    NoncurrentVersionExpiration: {NoncurrentDays: 20, NewerNoncurrentVersions: 3}
`,
          errors: [
            {
              line: 7,
              messageId: 'early',
              data: {
                who: 'noncurrent versions',
                class: 'GLACIER',
                stay: '30 days',
                min: 90,
                moved: 'noncurrent versions move to GLACIER 30 days after they become noncurrent',
                out: 'are deleted 60 days after they become noncurrent',
                extra: '60 days',
              },
            },
            // rule 'versions' also selects models/: its deletion on day 60 cuts short the DEEP_ARCHIVE stay of rule 'keep3'.
            {
              line: 7,
              messageId: 'early',
              data: {
                class: 'DEEP_ARCHIVE',
                stay: '50 days',
                min: 180,
                moved:
                  "noncurrent versions of objects under 'models/' move to DEEP_ARCHIVE 10 days after they become noncurrent (rule 'keep3')",
                out: 'are deleted 60 days after they become noncurrent (this rule)',
              },
            },
            {
              line: 12,
              messageId: 'early',
              data: {
                class: 'DEEP_ARCHIVE',
                stay: '10 days',
                min: 180,
                out: 'are deleted beyond the 3 newest versions 20 days after they become noncurrent',
              },
            },
          ],
        },
        {
          name: 'another rule expires what this one archived',
          code: `Rules:
  - ID: logs
    Filter: {Prefix: logs/}
    Status: Enabled
    Transitions: [{Days: 0, StorageClass: GLACIER}]
  - ID: all
    Filter: {}
    Status: Enabled
    Expiration: {Days: 30}
`,
          errors: [
            {
              line: 9,
              messageId: 'early',
              data: {
                rule: "rule 'all'",
                class: 'GLACIER',
                stay: '30 days',
                min: 90,
                moved: "objects under 'logs/' move to GLACIER on day 0 (rule 'logs')",
                out: 'are deleted on day 30 (this rule)',
              },
            },
          ],
        },
        {
          name: 'one finding per cutting action, for the costliest stay, counting the other rules it hits',
          code: `Rules:
  - {ID: logs, Filter: {Prefix: logs/}, Status: Enabled, Transitions: [{Days: 10, StorageClass: GLACIER}]}
  - {ID: raw, Filter: {Prefix: raw/}, Status: Enabled, Transitions: [{Days: 0, StorageClass: DEEP_ARCHIVE}]}
  - {ID: all, Filter: {}, Status: Enabled, Expiration: {Days: 60}}
`,
          errors: [
            {
              line: 4,
              messageId: 'early',
              data: {
                class: 'DEEP_ARCHIVE',
                stay: '60 days',
                min: 180,
                moved: "objects under 'raw/' move to DEEP_ARCHIVE on day 0 (rule 'raw', and likewise for objects of 1 more rule)",
              },
            },
          ],
        },
        {
          name: 'another rule moves archived objects on too early',
          code: `{"Rules": [
  {"ID": "logs", "Status": "Enabled", "Filter": {"Prefix": "logs/"}, "Transitions": [{"Days": 0, "StorageClass": "GLACIER"}]},
  {"ID": "deep", "Status": "Enabled", "Filter": {}, "Transitions": [{"Days": 30, "StorageClass": "DEEP_ARCHIVE"}]}
]}`,
          errors: [
            {
              line: 3,
              messageId: 'early',
              data: { class: 'GLACIER', stay: '30 days', min: 90, out: 'move on to DEEP_ARCHIVE on day 30 (this rule)' },
            },
          ],
        },
        {
          name: 'dates: GLACIER on 2030-01-01, deleted on 2030-02-01',
          code: `Rules:
  - ID: dated
    Filter: {Prefix: x/}
    Status: Enabled
    Transitions: [{Date: "2030-01-01T00:00:00Z", StorageClass: GLACIER}]
    Expiration: {Date: "2030-02-01T00:00:00Z"}
`,
          errors: [
            {
              line: 6,
              messageId: 'early',
              data: { class: 'GLACIER', stay: 'at most 31 days', min: 90, out: 'are deleted on 2030-02-01', extra: 'at least 59 days' },
            },
          ],
        },
      ],
    );
  });
});
