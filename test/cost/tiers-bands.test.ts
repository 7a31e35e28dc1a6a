/**
 * Intelligent-Tiering's access tiers and S3 Standard's volume bands, each checked against a hand
 * ledger. As-of 2026-01-01T12:00Z: month 1 runs to 01-31 22:00, month 2 to 03-03 08:00.
 */
import { describe, expect, it } from 'vitest';
import { GiB, IT_TIERS, KiB, MONITORING, MiB, P, T, obj, rules, run } from './helpers.js';

const H = 730;

describe('Intelligent-Tiering access tiers', () => {
  // 1,000 objects of 1 MiB (monitored) and 1,000 of 64 KiB (not: under 128 KiB), uploaded into
  // Intelligent-Tiering on 2025-11-01; one 1 GiB Standard object a rule moves there on 01-02.
  const objects = [
    ...Array.from({ length: 1000 }, (_, i) => obj(`big/${i}`, MiB, '2025-11-01T00:00:00Z', 'INTELLIGENT_TIERING')),
    ...Array.from({ length: 1000 }, (_, i) => obj(`small/${i}`, 64 * KiB, '2025-11-01T00:00:00Z', 'INTELLIGENT_TIERING')),
    obj('std/a', GiB, '2025-06-01T00:00:00Z'),
  ];
  const proposed = rules({ Filter: { Prefix: 'std/' }, Transitions: [{ Days: 0, StorageClass: 'INTELLIGENT_TIERING' }] });
  const big = (1000 * MiB) / GiB; // 0.9765625 GiB
  const small = (1000 * 64 * KiB) / GiB; // 0.06103515625 GiB

  it('not accessed (the default): Frequent → Infrequent after 30 days → Archive Instant after 90, monitoring only for objects of 128 KiB or more', () => {
    const r = run({ objects, proposed, months: 2 }).report;
    // Ledger, month 1 (730 h from 01-01 12:00):
    //   big: entered 11-01 00:00 → Infrequent from 12-01, Archive Instant from 01-30 00:00:
    //     Infrequent 01-01 12:00 → 01-30 00:00 = 684 h, Archive Instant 01-30 → 01-31 22:00 = 46 h;
    //   small: Frequent Access all month, no monitoring fee;
    //   monitoring: 1,000 objects × $0.0025 / 1,000 = $0.0025 (the moved object adds 718 h of one more);
    //   std/a: Standard 12 h, then Frequent Access from 01-02 00:00 (718 h), one transition request.
    const m1 =
      (big * (IT_TIERS.infrequent * 684 + IT_TIERS.archiveInstant * 46)) / H +
      small * P.INTELLIGENT_TIERING +
      1000 * MONITORING +
      (MONITORING * 718) / H +
      (P.STANDARD * 12) / H +
      (P.INTELLIGENT_TIERING * 718) / H;
    expect(r.monthly[0]!.proposed.storageUsd).toBeCloseTo(m1, 6);
    expect(r.monthly[0]!.proposed.transitionUsd).toBeCloseTo(T.INTELLIGENT_TIERING, 8);
    // Month 2 (01-31 22:00 → 03-03 08:00): big in Archive Instant all month; std/a in Frequent
    // Access until 02-01 00:00 (30 days after 01-02: 2 h), then Infrequent (728 h).
    const m2 =
      big * IT_TIERS.archiveInstant +
      small * P.INTELLIGENT_TIERING +
      1001 * MONITORING +
      (P.INTELLIGENT_TIERING * 2 + IT_TIERS.infrequent * 728) / H;
    expect(r.monthly[1]!.proposed.storageUsd).toBeCloseTo(m2, 6);
    expect(r.monthly[1]!.proposed.storageByClassUsd.INTELLIGENT_TIERING).toBeCloseTo(m2, 6);
    expect(r.assumptions).toEqual([expect.objectContaining({ kind: 'intelligent-tiering-access', accessedShare: 0 })]);
  });

  it('accessed every month: everything stays in Frequent Access', () => {
    const r = run({ objects, proposed, months: 2, itAccessedShare: 1 }).report;
    const m2 = (big + small + 1) * P.INTELLIGENT_TIERING + 1001 * MONITORING;
    expect(r.monthly[1]!.proposed.storageUsd).toBeCloseTo(m2, 6);
    expect(r.assumptions[0]!.message).toMatch(/every object in S3 Intelligent-Tiering is read at least every 30 days/);
  });
});

describe('S3 Standard volume bands', () => {
  // 46,152 GiB in 12 objects of 3,846 GiB (2025-06-01) plus 30 uploads of 100 GiB, one a day
  // 12-02 … 12-31: 49,152 GiB (48 TiB) on 01-01. Observed growth continues 100 GiB a day.
  const objects = [
    ...Array.from({ length: 12 }, (_, i) => obj(`base/${i}`, 3846 * GiB, '2025-06-01T00:00:00Z')),
    ...Array.from({ length: 30 }, (_, i) =>
      obj(`new/${i}`, 100 * GiB, new Date(Date.parse('2025-12-02T06:00:00Z') + i * 86_400_000).toISOString()),
    ),
  ];

  it('prices each month by where the bucket stands in the bands: all in the first 50 TB in month 1, past it in month 2', () => {
    const r = run({ objects, months: 2, growth: 'observed' }).report;
    // Month 1: uploads at noon of day k = 0..30 are present 730 − 24k hours: Σ = 11,470 h × 100 GiB / 730
    // = 1,571.23 GB-months; with 49,152: 50,723.29 GB-months < 51,200, all at $0.023.
    const m1 = 49_152 + (11_470 * 100) / H;
    expect(m1).toBeLessThan(51_200);
    expect(r.monthly[0]!.current.storageUsd).toBeCloseTo(m1 * 0.023, 4);
    // Month 2: 49,152 + the 31 uploads of month 1 all month (3,100) + uploads k = 31..60 present
    // 716 − 24(k − 31) hours: Σ = 11,040 h → 1,512.33 GB-months; total 53,764.33:
    // 51,200 × $0.023 + 2,564.33 × $0.022.
    const m2 = 49_152 + 3_100 + (11_040 * 100) / H;
    expect(r.monthly[1]!.current.storageUsd).toBeCloseTo(51_200 * 0.023 + (m2 - 51_200) * 0.022, 4);
    expect(r.monthly[1]!.current.storageUsd).toBeCloseTo(1234.0152, 3);
    // The one-bucket simplification is stated.
    expect(r.unknowns.find((u) => u.topic === 'volume-bands')?.message).toMatch(
      /^S3 Standard reaches 52\.5 TB in a month, past the first volume band \(50 TB\): it is priced by this bucket's own volume/,
    );
  });
});

describe('what the projection cannot know', () => {
  it('lists requests, retrievals and incomplete multipart uploads with what would price them', () => {
    const r = run({
      objects: [obj('a', GiB, '2025-06-01T00:00:00Z')],
      proposed: rules({ Transitions: [{ Days: 30, StorageClass: 'GLACIER_IR' }] }),
    }).report;
    const model = r.unknowns.filter((u) => u.kind === 'model');
    expect(model.map((u) => u.topic)).toEqual(['requests', 'retrievals', 'multipart-uploads']);
    expect(model.every((u) => u.needs && u.needs.length > 20)).toBe(true);
    expect(model[1]!.message).toContain('S3 Glacier Instant Retrieval');
  });
});
