/**
 * Versioned buckets as version chains (issue 16): ranks that grow when a key's current version
 * expires behind a delete marker or is overwritten, and observed growth that learns overwrites.
 * The two cases of the issue, with hand-computed expectations.
 */
import { describe, expect, it } from 'vitest';
import { GiB, P, obj, rules, run } from './helpers.js';

const H = 730;
const DAY = 86_400_000;

describe('NewerNoncurrentVersions re-ranks as the current version expires', () => {
  // Key k: v2 current (1 GiB, 2025-12-20T10:00Z), v1 noncurrent (1 GiB, 2025-10-01T10:00Z).
  const objects = [
    obj('k', GiB, '2025-12-20T10:00:00Z', 'STANDARD', { isLatest: true }),
    obj('k', GiB, '2025-10-01T10:00:00Z', 'STANDARD', { isLatest: false }),
  ];
  const proposed = rules({ Expiration: { Days: 30 }, NoncurrentVersionExpiration: { NoncurrentDays: 1, NewerNoncurrentVersions: 1 } });

  it('puts a delete marker on v2 on 01-20, deletes v1 on 01-21, and keeps v2 (1 object deleted, $0.023 in month 12)', () => {
    const r = run({ objects, proposed, asOf: '2026-01-01T00:00:00Z', months: 12 }).report;
    // v2: created 12-20 10:00 + 30 days = 01-19 10:00 → the run of 01-20 00:00 puts a delete marker
    // on it. v1 (noncurrent since 12-20, NoncurrentDays 1 long past) had no newer noncurrent version;
    // from that run on it has one (v2), which the run of 01-21 sees: v1 is deleted on 01-21 00:00.
    // v2 is the newest noncurrent version, kept by NewerNoncurrentVersions 1 for ever.
    expect(r.deleted.proposed).toEqual({ objects: 1, bytes: GiB });
    expect(r.byRule.find((x) => x.configuration === 'proposed')).toMatchObject({ deleteMarkers: 1, deleted: { objects: 1, bytes: GiB } });
    // Month 1 (01-01 00:00 → 01-31 10:00): v2 730 h + v1 01-01 → 01-21 = 480 h.
    expect(r.monthly[0]!.proposed.storageUsd).toBeCloseTo((P.STANDARD * (730 + 480)) / H, 6);
    // Month 12: v2 alone, 1 GiB × $0.023.
    expect(r.monthly[11]!.proposed.totalUsd).toBe(0.023);
    // Without the rule both versions stay: $0.046.
    expect(r.monthly[11]!.current.totalUsd).toBe(0.046);
  });

  it('keeps v1 when no expiry makes v2 noncurrent', () => {
    const r = run({
      objects,
      proposed: rules({ NoncurrentVersionExpiration: { NoncurrentDays: 1, NewerNoncurrentVersions: 1 } }),
      asOf: '2026-01-01T00:00:00Z',
      months: 12,
    }).report;
    expect(r.deleted.proposed.objects).toBe(0);
    expect(r.monthly[11]!.proposed.totalUsd).toBe(0.046);
  });
});

describe('observed growth learns overwrites', () => {
  // One key overwritten daily: 30 versions of 1 GiB at 10:00 on 2025-12-02 … 2025-12-31, the last current.
  const versions = Array.from({ length: 30 }, (_, i) => {
    const created = new Date(Date.parse('2025-12-31T10:00:00Z') - i * DAY).toISOString();
    return obj('runs/state.ckpt', GiB, created, 'STANDARD', { isLatest: i === 0 });
  });
  const proposed = rules({ NoncurrentVersionExpiration: { NoncurrentDays: 7 } });

  it('projects the savings the bucket history implies ($56.29 over 12 months)', () => {
    const r = run({ objects: versions, proposed, asOf: '2026-01-01T00:00:00Z', months: 12, growth: 'observed' }).report;
    // Hand ledger, in GiB-days; day 0 = 2026-01-01, the horizon is 12 × 730 h = 365 days. The
    // history shows 30 versions in the 30-day window, all of one key: 1 overwrite a day, every day
    // the key's previous version becomes noncurrent. Projected uploads arrive at noon (day k + 0.5).
    //
    // Current rules (none): the 30 GiB stay, and every upload stays:
    //   30 × 365 + Σ_{k=0..364} (365 − k − 0.5) = 10,950 + 66,612.5 = 77,562.5 GiB-days.
    // Proposed (NoncurrentVersionExpiration 7); the configuration acts from day 1 (the first midnight
    // after 01-01 00:00):
    //   - the 29 listed noncurrent versions (version of day −j noncurrent since day −j + 1, so due on
    //     day 9 − j): j = 2..7 live 7 + 6 + 5 + 4 + 3 + 2 = 27 days, j = 8..30 live 1 day each = 23;
    //   - the current version, overwritten at day 0.5, is due on day 0 + 1 + 7 = 8: 8 days;
    //   - the upload of day k, overwritten at k + 1.5, is due on day k + 9: 8.5 days for k = 0..356,
    //     and 7.5 + 6.5 + … + 0.5 = 32 for k = 357..364: 357 × 8.5 + 32 = 3,066.5;
    //   total 27 + 23 + 8 + 3,066.5 = 3,124.5 GiB-days.
    // Savings: (77,562.5 − 3,124.5) × 24 / 730 × $0.023 = $56.2874.
    const savings = ((77_562.5 - 3_124.5) * 24 * P.STANDARD) / H;
    expect(savings).toBeCloseTo(56.2874, 4);
    expect(r.totals.savingsUsd).toBeCloseTo(savings, 3);
    expect(Math.abs(r.totals.savingsUsd - 56.29) / 56.29).toBeLessThan(0.005);
    expect(r.totals.currentUsd).toBeCloseTo((77_562.5 * 24 * P.STANDARD) / H, 3);
  });

  it('without growth, only the listed versions expire', () => {
    const r = run({ objects: versions, proposed, asOf: '2026-01-01T00:00:00Z', months: 12 }).report;
    // 27 + 23 GiB-days of the noncurrent versions; the current version is never overwritten.
    expect(r.totals.proposedUsd).toBeCloseTo(((50 + 365) * 24 * P.STANDARD) / H, 4);
    expect(r.deleted.proposed.objects).toBe(29);
  });
});
