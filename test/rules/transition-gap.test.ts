import { describe, expect, it } from 'vitest';
import { transitionGap } from '../../src/lint/rules/transition-gap.js';
import { checkRule, lintText } from '../helpers/lint.js';

const rule = (filter: string, ...transitions: string[]) =>
  `Rules:\n  - ID: tiers\n    Status: Enabled\n    Filter: ${filter}\n    Transitions:\n${transitions.map((t) => `      - ${t}\n`).join('')}`;

describe('transition-gap (3b.6)', () => {
  it('accepts 30/90/180 days to STANDARD_IA, GLACIER_IR, DEEP_ARCHIVE', () => {
    checkRule(
      transitionGap,
      [
        {
          name: '30/90/180',
          code: rule(
            '{}',
            '{Days: 30, StorageClass: STANDARD_IA}',
            '{Days: 90, StorageClass: GLACIER_IR}',
            '{Days: 180, StorageClass: DEEP_ARCHIVE}',
          ),
        },
        {
          name: 'GLACIER then DEEP_ARCHIVE 90 days later',
          code: rule('{}', '{Days: 0, StorageClass: GLACIER}', '{Days: 90, StorageClass: DEEP_ARCHIVE}'),
        },
        {
          name: 'INTELLIGENT_TIERING has no gap',
          code: rule('{}', '{Days: 0, StorageClass: INTELLIGENT_TIERING}', '{Days: 1, StorageClass: GLACIER}'),
        },
      ],
      [],
    );
  });

  it('rejects 30/60/90 days to STANDARD_IA, GLACIER_IR, DEEP_ARCHIVE: DEEP_ARCHIVE comes too soon after GLACIER_IR', () => {
    checkRule(
      transitionGap,
      [],
      [
        {
          name: '30/60/90',
          code: rule(
            '{}',
            '{Days: 30, StorageClass: STANDARD_IA}',
            '{Days: 60, StorageClass: GLACIER_IR}',
            '{Days: 90, StorageClass: DEEP_ARCHIVE}',
          ),
          errors: [
            {
              line: 8,
              messageId: 'gap',
              data: { earlier: 'the Transition to GLACIER_IR at day 60', days: 30, gap: 90, label: 'S3 Glacier Instant Retrieval' },
            },
          ],
        },
      ],
    );
  });

  it('rejects DEEP_ARCHIVE less than 90 days after GLACIER', () => {
    checkRule(
      transitionGap,
      [],
      [
        {
          name: 'GLACIER@30, DEEP_ARCHIVE@60 (the terraform apply logs)',
          code: rule('{Prefix: ""}', '{Days: 30, StorageClass: GLACIER}', '{Days: 60, StorageClass: DEEP_ARCHIVE}'),
          errors: [{ line: 7, messageId: 'gap', data: { gap: 90 } }],
        },
      ],
    );
  });

  it('warns, without saying AWS rejects it, when objects move on from STANDARD_IA or ONEZONE_IA within 30 days (unconfirmed since 2026-07-16)', () => {
    checkRule(
      transitionGap,
      [],
      [
        {
          name: 'STANDARD_IA@30, GLACIER@45 with a tag filter',
          code: rule('{Tag: {Key: tier, Value: cold}}', '{Days: 30, StorageClass: STANDARD_IA}', '{Days: 45, StorageClass: GLACIER}'),
          errors: [{ line: 7, severity: 'warning', messageId: 'gapUnconfirmed', data: { gap: 30, since: '2026-07-16' } }],
        },
        {
          name: 'seed 002: STANDARD_IA@7, GLACIER@30',
          code: rule('{Prefix: checkpoints/}', '{Days: 7, StorageClass: STANDARD_IA}', '{Days: 30, StorageClass: GLACIER}'),
          errors: [
            {
              line: 7,
              severity: 'warning',
              messageId: 'gapUnconfirmed',
              data: { earlier: 'the Transition to STANDARD_IA at day 7', days: 23, gap: 30 },
            },
          ],
        },
        {
          name: 'ONEZONE_IA@0, DEEP_ARCHIVE@29',
          code: rule('{}', '{Days: 0, StorageClass: ONEZONE_IA}', '{Days: 29, StorageClass: DEEP_ARCHIVE}'),
          errors: [{ line: 7, severity: 'warning', messageId: 'gapUnconfirmed', data: { gap: 30, since: '2026-07-16' } }],
        },
      ],
    );
    for (const f of lintText(transitionGap, rule('{}', '{Days: 7, StorageClass: STANDARD_IA}', '{Days: 30, StorageClass: GLACIER}')))
      expect(f.message).not.toMatch(/AWS rejects/);
  });

  it('warns (unverified) when Date-based transitions are too close', () => {
    checkRule(
      transitionGap,
      [
        {
          name: 'Dates 90 days apart',
          code: rule('{}', '{Date: "2030-01-01", StorageClass: GLACIER}', '{Date: "2030-04-01", StorageClass: DEEP_ARCHIVE}'),
        },
      ],
      [
        {
          name: 'Dates 31 days apart',
          code: rule('{}', '{Date: "2030-01-01", StorageClass: GLACIER}', '{Date: "2030-02-01", StorageClass: DEEP_ARCHIVE}'),
          errors: [{ line: 7, severity: 'warning', messageId: 'gapByDate' }],
        },
      ],
    );
  });

  it('says nothing about pairs that are out of order (transition-order reports them)', () => {
    checkRule(
      transitionGap,
      [
        {
          name: 'GLACIER@40, STANDARD_IA@60',
          code: rule('{}', '{Days: 40, StorageClass: GLACIER}', '{Days: 60, StorageClass: STANDARD_IA}'),
        },
      ],
      [],
    );
  });
});
