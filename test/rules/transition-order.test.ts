import { describe, it } from 'vitest';
import { transitionOrder } from '../../src/lint/rules/transition-order.js';
import { checkRule } from '../helpers/lint.js';

/** One rule with the given transitions, one per line from line 6. */
const rule = (...transitions: string[]) =>
  `Rules:\n  - ID: tiers\n    Status: Enabled\n    Filter: {Prefix: test/}\n    Transitions:\n${transitions.map((t) => `      - ${t}\n`).join('')}`;

describe('transition-order (3b.5, 3c)', () => {
  it('accepts transitions that move down the waterfall on later days, in any list order', () => {
    checkRule(
      transitionOrder,
      [
        {
          name: 'IA, GIR, DEEP_ARCHIVE at 30/90/180',
          code: rule(
            '{Days: 30, StorageClass: STANDARD_IA}',
            '{Days: 90, StorageClass: GLACIER_IR}',
            '{Days: 180, StorageClass: DEEP_ARCHIVE}',
          ),
        },
        {
          name: 'listed out of time order',
          code: rule('{Days: 365, StorageClass: DEEP_ARCHIVE}', '{Days: 30, StorageClass: STANDARD_IA}'),
        },
        {
          name: 'INTELLIGENT_TIERING then ONEZONE_IA',
          code: rule('{Days: 0, StorageClass: INTELLIGENT_TIERING}', '{Days: 30, StorageClass: ONEZONE_IA}'),
        },
        { name: 'ONEZONE_IA then GLACIER', code: rule('{Days: 30, StorageClass: ONEZONE_IA}', '{Days: 60, StorageClass: GLACIER}') },
        {
          name: 'Dates in order',
          code: rule('{Date: "2030-01-01", StorageClass: GLACIER}', '{Date: "2031-01-01", StorageClass: DEEP_ARCHIVE}'),
        },
      ],
      [],
    );
  });

  it('rejects a warmer class after a colder one (GLACIER@40 then STANDARD_IA@60)', () => {
    checkRule(
      transitionOrder,
      [],
      [
        {
          name: 'GLACIER@40, STANDARD_IA@60',
          code: rule('{Days: 40, StorageClass: GLACIER}', '{Days: 60, StorageClass: STANDARD_IA}'),
          errors: [
            {
              line: 7,
              messageId: 'noMove',
              data: {
                earlier: 'the Transition to GLACIER at day 40',
                later: 'the Transition to STANDARD_IA at day 60',
                from: 'GLACIER',
                to: 'STANDARD_IA',
                allowed: 'DEEP_ARCHIVE',
              },
            },
          ],
        },
        {
          name: 'the same, listed the other way round',
          code: rule('{Days: 60, StorageClass: STANDARD_IA}', '{Days: 40, StorageClass: GLACIER}'),
          errors: [{ line: 6, messageId: 'noMove', data: { from: 'GLACIER', to: 'STANDARD_IA' } }],
        },
        {
          name: 'INTELLIGENT_TIERING then STANDARD_IA',
          code: rule('{Days: 0, StorageClass: INTELLIGENT_TIERING}', '{Days: 30, StorageClass: STANDARD_IA}'),
          errors: [{ line: 7, messageId: 'noMove', data: { from: 'INTELLIGENT_TIERING' } }],
        },
      ],
    );
  });

  it('rejects ONEZONE_IA then GLACIER_IR: not an edge of the waterfall, though GLACIER_IR ranks colder', () => {
    checkRule(
      transitionOrder,
      [],
      [
        {
          name: 'ONEZONE_IA@30, GLACIER_IR@60',
          code: rule('{Days: 30, StorageClass: ONEZONE_IA}', '{Days: 60, StorageClass: GLACIER_IR}'),
          errors: [
            { line: 7, messageId: 'noMoveUncoded', data: { from: 'ONEZONE_IA', to: 'GLACIER_IR', allowed: 'GLACIER, DEEP_ARCHIVE' } },
          ],
        },
      ],
    );
  });

  it('rejects two transitions on the same day', () => {
    checkRule(
      transitionOrder,
      [],
      [
        {
          name: 'STANDARD_IA and GLACIER at 30',
          code: rule('{Days: 30, StorageClass: STANDARD_IA}', '{Days: 30, StorageClass: GLACIER}'),
          errors: [{ line: 7, messageId: 'sameDay', data: { from: 'STANDARD_IA', to: 'GLACIER' } }],
        },
        {
          name: 'same Date',
          code: rule('{Date: "2030-01-01T00:00:00Z", StorageClass: GLACIER}', '{Date: "2030-01-01", StorageClass: DEEP_ARCHIVE}'),
          errors: [{ line: 7, messageId: 'sameDay', data: { to: 'DEEP_ARCHIVE' } }],
        },
      ],
    );
  });

  it('leaves repeats, mixed units and bad values to their own rules', () => {
    checkRule(
      transitionOrder,
      [
        {
          name: 'GLACIER twice (transition-class-unique)',
          code: rule('{Days: 90, StorageClass: GLACIER}', '{Days: 200, StorageClass: GLACIER}'),
        },
        {
          name: 'Days and Date mixed (date-days-mixing)',
          code: rule('{Days: 90, StorageClass: DEEP_ARCHIVE}', '{Date: "2030-01-01", StorageClass: GLACIER}'),
        },
        {
          name: 'transition to STANDARD (another rule)',
          code: rule('{Days: 30, StorageClass: GLACIER}', '{Days: 60, StorageClass: STANDARD}'),
        },
        { name: 'Days as text (schema)', code: rule('{Days: "40", StorageClass: GLACIER}', '{Days: 60, StorageClass: STANDARD_IA}') },
      ],
      [],
    );
  });
});
