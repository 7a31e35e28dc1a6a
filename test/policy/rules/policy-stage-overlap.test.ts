import { describe, expect, it } from 'vitest';
import { lowerCostClass, policyStageOverlap } from '../../../src/policy/rules/policy-stage-overlap.js';
import { HEAD, checkPolicyRule } from '../../helpers/policy.js';

describe('policy-stage-overlap (4.4, W9)', () => {
  it('warns where two stages select the same objects and says who wins', () => {
    checkPolicyRule(
      policyStageOverlap,
      [
        {
          name: 'sibling prefixes',
          code: `${HEAD}stages:\n  dev:\n    select: { prefix: ml/dev/ }\n    expireAfterDays: 14\n  staging:\n    select: { prefix: ml/staging/ }\n    expireAfterDays: 60\n`,
        },
        {
          name: 'one key, two values',
          code: `${HEAD}stages:\n  dev:\n    select: { tags: { stage: dev } }\n    expireAfterDays: 14\n  prod:\n    select: { tags: { stage: prod } }\n    archive: { afterDays: 0, storageClass: GLACIER }\n`,
        },
        {
          name: '"ml/dev" and "ml/dev-old/" do not nest as folders but do as prefixes',
          code: `${HEAD}stages:\n  a:\n    select: { prefix: ml/dev/ }\n    expireAfterDays: 1\n  b:\n    select: { prefix: ml/devx/ }\n    expireAfterDays: 2\n`,
        },
      ],
      [
        {
          name: 'nested prefixes: shorter expiry wins',
          code: `${HEAD}stages:\n  ml:\n    select: { prefix: ml/ }\n    expireAfterDays: 60\n  dev:\n    select: { prefix: ml/dev/ }\n    expireAfterDays: 14\n`,
          errors: [
            {
              line: 10,
              column: 5,
              messageId: 'overlap',
              data: { a: 'ml', b: 'dev', objects: 'objects under ml/dev/' },
              message: /S3 honours the shorter one, stage 'dev' \(14 days\)/,
            },
          ],
        },
        {
          name: 'a whole-bucket stage against a tag stage: expiry against a keeper, and the cheaper class',
          code: `${HEAD}stages:\n  all:\n    transitions:\n      - { afterDays: 30, storageClass: STANDARD_IA }\n    expireAfterDays: 90\n  gold:\n    select: { tags: { tier: gold } }\n    archive: { afterDays: 0, storageClass: GLACIER }\n`,
          errors: [
            {
              line: 11,
              messageId: 'overlap',
              data: { objects: 'objects tagged tier=gold' },
              message:
                /stage 'all' deletes them after 90 days although stage 'gold' never expires them.*GLACIER \(stage 'gold'\) over STANDARD_IA/,
            },
          ],
        },
      ],
    );
  });

  it('picks the class S3 picks (catalogue §7)', () => {
    expect(lowerCostClass('STANDARD_IA', 'GLACIER_IR')).toBe('GLACIER_IR');
    expect(lowerCostClass('INTELLIGENT_TIERING', 'GLACIER_IR')).toBe('INTELLIGENT_TIERING');
    expect(lowerCostClass('DEEP_ARCHIVE', 'INTELLIGENT_TIERING')).toBe('DEEP_ARCHIVE');
    expect(lowerCostClass('GLACIER', 'INTELLIGENT_TIERING')).toBe('GLACIER');
    expect(lowerCostClass('ONEZONE_IA', 'GLACIER_IR')).toBeUndefined();
  });
});
