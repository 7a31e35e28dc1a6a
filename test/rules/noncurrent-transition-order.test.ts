import { describe, it } from 'vitest';
import { noncurrentTransitionOrder } from '../../src/lint/rules/noncurrent-transition-order.js';
import { checkRule } from '../helpers/lint.js';

const rule = (...nvts: string[]) =>
  `Rules:\n  - ID: old-versions\n    Status: Enabled\n    Filter: {Prefix: doc/}\n    NoncurrentVersionTransitions:\n${nvts.map((t) => `      - ${t}\n`).join('')}`;

describe('noncurrent-transition-order (3d.4)', () => {
  it('accepts noncurrent transitions down the waterfall with the minimum gaps', () => {
    checkRule(
      noncurrentTransitionOrder,
      [
        {
          name: 'IA 30, GLACIER 60, DEEP_ARCHIVE 150',
          code: rule(
            '{NoncurrentDays: 30, StorageClass: STANDARD_IA}',
            '{NoncurrentDays: 60, StorageClass: GLACIER}',
            '{NoncurrentDays: 150, StorageClass: DEEP_ARCHIVE}',
          ),
        },
      ],
      [],
    );
  });

  it('rejects a class named twice', () => {
    checkRule(
      noncurrentTransitionOrder,
      [],
      [
        {
          name: 'GLACIER twice',
          code: rule('{NoncurrentDays: 10, StorageClass: GLACIER}', '{NoncurrentDays: 200, StorageClass: GLACIER}'),
          errors: [{ line: 7, messageId: 'repeat', data: { what: 'versions', class: 'GLACIER' } }],
        },
      ],
    );
  });

  it('rejects a warmer class after a colder one and two transitions on one day', () => {
    checkRule(
      noncurrentTransitionOrder,
      [],
      [
        {
          name: 'GLACIER@40, STANDARD_IA@60',
          code: rule('{NoncurrentDays: 40, StorageClass: GLACIER}', '{NoncurrentDays: 60, StorageClass: STANDARD_IA}'),
          errors: [{ line: 7, messageId: 'noMove', data: { from: 'GLACIER', to: 'STANDARD_IA' } }],
        },
        {
          name: 'ONEZONE_IA then GLACIER_IR',
          code: rule('{NoncurrentDays: 30, StorageClass: ONEZONE_IA}', '{NoncurrentDays: 90, StorageClass: GLACIER_IR}'),
          errors: [{ line: 7, messageId: 'noMoveUncoded', data: { from: 'ONEZONE_IA', to: 'GLACIER_IR' } }],
        },
        {
          name: 'same day',
          code: rule('{NoncurrentDays: 30, StorageClass: STANDARD_IA}', '{NoncurrentDays: 30, StorageClass: DEEP_ARCHIVE}'),
          errors: [{ line: 7, messageId: 'sameDay' }],
        },
      ],
    );
  });

  it("rejects a gap shorter than the earlier class's minimum after GLACIER; after STANDARD_IA it warns (unconfirmed since 2026-07-16)", () => {
    checkRule(
      noncurrentTransitionOrder,
      [],
      [
        {
          name: 'GLACIER@30, DEEP_ARCHIVE@60',
          code: rule('{NoncurrentDays: 30, StorageClass: GLACIER}', '{NoncurrentDays: 60, StorageClass: DEEP_ARCHIVE}'),
          errors: [{ line: 7, messageId: 'gap', data: { days: 30, gap: 90 } }],
        },
        {
          name: 'STANDARD_IA@30, GLACIER@45',
          code: rule('{NoncurrentDays: 30, StorageClass: STANDARD_IA}', '{NoncurrentDays: 45, StorageClass: GLACIER}'),
          errors: [
            {
              line: 7,
              severity: 'warning',
              messageId: 'gapUnconfirmed',
              data: { days: 15, gap: 30, label: 'S3 Standard-IA', since: '2026-07-16' },
            },
          ],
        },
      ],
    );
  });
});
