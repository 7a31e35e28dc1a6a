/**
 * Transitions to STANDARD_IA and ONEZONE_IA before day 30 (accepted by AWS since 2026-07-16) are
 * simulated on the day configured: no clamp to day 30 anywhere in the cost engine. As-of
 * 2026-01-01T12:00Z: rules act from 2026-01-02T00:00Z; month 1 ends 01-31 22:00.
 */
import { describe, expect, it } from 'vitest';
import { GiB, P, T, obj, rules, run } from './helpers.js';

const H = 730;

describe('an early transition to an IA class is simulated as configured', () => {
  for (const cls of ['STANDARD_IA', 'ONEZONE_IA'] as const) {
    it(`${cls} at day 14: the object moves 14 days after creation, not 30`, () => {
      // Created 12-25 10:00: Days 14 is due at 12-25 + 1 + 14 = 01-09 00:00, 180 hours after the as-of time.
      const r = run({
        objects: [obj('a', GiB, '2025-12-25T10:00:00Z')],
        proposed: rules({ Transitions: [{ Days: 14, StorageClass: cls }] }),
      }).report;
      expect(r.monthly[0]!.proposed.transitionUsd).toBeCloseTo(T[cls], 8);
      expect(r.monthly[0]!.proposed.storageUsd).toBeCloseTo(P.STANDARD * (180 / H) + P[cls] * ((H - 180) / H), 6);
    });

    it(`${cls} at day 0: an object already a day old moves on the first day the rules act`, () => {
      const r = run({
        objects: [obj('a', GiB, '2025-12-31T10:00:00Z')],
        proposed: rules({ Transitions: [{ Days: 0, StorageClass: cls }] }),
      }).report;
      expect(r.monthly[0]!.proposed.storageUsd).toBeCloseTo(P.STANDARD * (12 / H) + P[cls] * ((H - 12) / H), 6);
    });
  }

  it('an object that leaves Standard-IA 10 days after entering it pays the other 20 days of the minimum', () => {
    // Created 12-25 10:00: Standard-IA on 01-09 00:00 (day 14), deleted on 01-19 00:00 (day 24).
    const r = run({
      objects: [obj('a', GiB, '2025-12-25T10:00:00Z')],
      proposed: rules({ Transitions: [{ Days: 14, StorageClass: 'STANDARD_IA' }], Expiration: { Days: 24 } }),
    }).report;
    const stored = P.STANDARD * (180 / H) + P.STANDARD_IA * ((10 * 24) / H);
    const early = P.STANDARD_IA * ((20 * 24) / H);
    expect(r.monthly[0]!.proposed.storageUsd).toBeCloseTo(stored, 6);
    expect(r.monthly[0]!.proposed.earlyDeleteUsd).toBeCloseTo(early, 6);
  });
});
