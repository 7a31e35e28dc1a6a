/**
 * One or more hand-computed cases per billing rule of docs/cost-model.md. Each case is a few objects;
 * the arithmetic is written out next to the expectation. As-of 2026-01-01T12:00Z unless said: the
 * configuration takes effect at 2026-01-02T00:00Z (12 hours later) and month 1 is the 730 hours from
 * the as-of time (to 2026-01-31T22:00Z).
 */
import { describe, expect, it } from 'vitest';
import { GiB, KiB, MiB, P, T, obj, rules, run } from './helpers.js';

const H = 730;

describe('storage: bytes × hours in binary GB, 730-hour months', () => {
  it('bills 10 GiB in Standard at 10 × $0.023 for each 730-hour month, not 10.74 decimal GB', () => {
    const r = run({ objects: [obj('a', 10 * GiB, '2025-06-01T00:00:00Z')], months: 2 }).report;
    // 10 GiB × $0.023 = $0.23 a month (decimal GB would give 10.737 × 0.023 = $0.2470).
    expect(r.monthly.map((m) => m.current.storageUsd)).toEqual([0.23, 0.23]);
    expect(r.totals.currentUsd).toBe(0.46);
  });
});

describe('day rounding and archive overhead', () => {
  it('moves an object created 12-31 10:30 with Days 3 at 01-04 00:00 and bills Glacier its 32 KiB + 8 KiB overhead', () => {
    const proposed = rules({ Transitions: [{ Days: 3, StorageClass: 'GLACIER' }] });
    const r = run({ objects: [obj('a', GiB, '2025-12-31T10:30:00Z')], proposed }).report;
    // 12-31 10:30 + 3 days = 01-03 10:30, rounded up to 01-04 00:00. Standard from the as-of
    // (01-01 12:00) to 01-04 00:00 = 60 h; Glacier for the rest of month 1 = 730 − 60 = 670 h.
    const standard = 1 * P.STANDARD * (60 / H);
    const glacier = ((GiB + 32 * KiB) / GiB) * P.GLACIER * (670 / H) + ((8 * KiB) / GiB) * P.STANDARD * (670 / H);
    expect(r.monthly[0]!.proposed.storageUsd).toBeCloseTo(standard + glacier, 5);
    // One transition request into Glacier Flexible Retrieval: $0.03 / 1,000.
    expect(r.monthly[0]!.proposed.transitionUsd).toBeCloseTo(T.GLACIER, 6);
  });

  it('acts on a Date rule on that date', () => {
    const proposed = rules({ Transitions: [{ Date: '2026-01-11T00:00:00.000Z', StorageClass: 'GLACIER_IR' }] });
    const r = run({ objects: [obj('a', GiB, '2025-06-01T00:00:00Z')], proposed }).report;
    // Standard 01-01 12:00 → 01-11 00:00 = 9.5 days = 228 h; Glacier IR for 730 − 228 = 502 h.
    expect(r.monthly[0]!.proposed.storageUsd).toBeCloseTo(P.STANDARD * (228 / H) + P.GLACIER_IR * (502 / H), 5);
  });
});

describe('taking effect at the first 00:00 UTC after the as-of time', () => {
  it('moves an object due for three transitions once, straight to the coldest, on 01-02', () => {
    const proposed = rules({
      Transitions: [
        { Days: 30, StorageClass: 'STANDARD_IA' },
        { Days: 90, StorageClass: 'GLACIER_IR' },
        { Days: 180, StorageClass: 'GLACIER' },
      ],
    });
    const r = run({ objects: [obj('a', GiB, '2025-03-01T00:00:00Z')], proposed });
    // Standard until 01-02 00:00 (12 h), then Glacier for 718 h; one request, at Glacier's price.
    const storage = P.STANDARD * (12 / H) + ((GiB + 32 * KiB) / GiB) * P.GLACIER * (718 / H) + ((8 * KiB) / GiB) * P.STANDARD * (718 / H);
    expect(r.report.monthly[0]!.proposed.storageUsd).toBeCloseTo(storage, 5);
    expect(r.report.monthly[0]!.proposed.transitionUsd).toBeCloseTo(T.GLACIER, 6);
    expect(r.report.byRule.find((x) => x.configuration === 'proposed')!.transitions.objects).toBe(1);
  });
});

describe('minimum billable object size', () => {
  it('bills 1,000 objects of 1 KiB in Standard-IA as 1,000 × 128 KiB', () => {
    const objects = Array.from({ length: 1000 }, (_, i) => obj(`s/${i}`, KiB, '2025-06-01T00:00:00Z', 'STANDARD_IA'));
    const r = run({ objects }).report;
    // 1,000 × 128 KiB = 125 MiB = 0.1220703125 GiB × $0.0125 = $0.0015259 (not 1,000 KiB → $0.0000119).
    expect(r.monthly[0]!.current.storageUsd).toBeCloseTo((1000 * 128 * KiB * P.STANDARD_IA) / GiB, 5);
    expect(r.monthly[0]!.current.storageUsd).toBe(0.001526);
  });

  it('bills objects of 128 KiB and more at their size in Glacier Instant Retrieval', () => {
    const objects = [obj('a', 256 * KiB, '2025-06-01T00:00:00Z', 'GLACIER_IR'), obj('b', 10 * KiB, '2025-06-01T00:00:00Z', 'GLACIER_IR')];
    const r = run({ objects, months: 1 }).report;
    // 256 KiB + 128 KiB (the 10 KiB object billed as 128 KiB) = 384 KiB at $0.004.
    expect(r.monthly[0]!.current.storageUsd).toBeCloseTo(((384 * KiB) / GiB) * P.GLACIER_IR, 6);
  });
});

describe('transition requests at the target class price', () => {
  it('charges 100 transitions into Standard-IA at $0.01 / 1,000 and into Deep Archive at $0.05 / 1,000', () => {
    const objects = Array.from({ length: 100 }, (_, i) => obj(`a/${i}`, MiB, '2025-11-01T00:00:00Z'));
    const ia = run({ objects, proposed: rules({ Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }] }) }).report;
    expect(ia.monthly[0]!.proposed.transitionUsd).toBeCloseTo(100 * T.STANDARD_IA, 6); // $0.001
    const da = run({ objects, proposed: rules({ Transitions: [{ Days: 30, StorageClass: 'DEEP_ARCHIVE' }] }) }).report;
    expect(da.monthly[0]!.proposed.transitionUsd).toBeCloseTo(100 * T.DEEP_ARCHIVE, 6); // $0.005
  });
});

describe('leaving a class before its minimum duration', () => {
  it('bills the remaining 17 days when an object 13 days in Standard-IA expires', () => {
    // Uploaded to Standard-IA on 12-20; Expiration Days 1 is due 12-22, so it fires on 01-02: 13 days in.
    const r = run({ objects: [obj('a', GiB, '2025-12-20T08:00:00Z', 'STANDARD_IA')], proposed: rules({ Expiration: { Days: 1 } }) }).report;
    const m = r.monthly[0]!.proposed;
    expect(m.earlyDeleteUsd).toBeCloseTo(P.STANDARD_IA * ((17 * 24) / H), 5); // $0.0069863
    expect(m.storageUsd).toBeCloseTo(P.STANDARD_IA * (12 / H), 5);
    expect(r.deleted.proposed).toEqual({ objects: 1, bytes: GiB });
    expect(r.deleted.current).toEqual({ objects: 0, bytes: 0 });
  });

  it('bills 20 more Standard-IA days when an object moves to Glacier IR after 10 days', () => {
    // Uploaded to Standard-IA on 12-23; a Glacier IR transition at Days 0 fires on 01-02, 10 days in.
    const r = run({
      objects: [obj('a', GiB, '2025-12-23T08:00:00Z', 'STANDARD_IA')],
      proposed: rules({ Transitions: [{ Days: 0, StorageClass: 'GLACIER_IR' }] }),
    }).report;
    expect(r.monthly[0]!.proposed.earlyDeleteUsd).toBeCloseTo(P.STANDARD_IA * ((20 * 24) / H), 5); // $0.0082192
    expect(r.monthly[0]!.proposed.transitionUsd).toBeCloseTo(T.GLACIER_IR, 6);
  });

  it('charges nothing extra after the minimum duration', () => {
    const r = run({ objects: [obj('a', GiB, '2025-06-01T00:00:00Z', 'STANDARD_IA')], proposed: rules({ Expiration: { Days: 1 } }) }).report;
    expect(r.monthly[0]!.proposed.earlyDeleteUsd).toBe(0);
  });
});

describe('the 128 KiB transition default', () => {
  const small = Array.from({ length: 1000 }, (_, i) => obj(`a/${i}`, 64 * KiB, '2025-09-01T00:00:00Z'));
  const stays = (1000 * 64 * KiB * P.STANDARD) / GiB; // 62.5 MiB in Standard: $0.0014038 a month

  it('keeps objects under 128 KiB in place under all_storage_classes_128K (the default of an applied file)', () => {
    const r = run({ objects: small, proposed: rules({ Transitions: [{ Days: 30, StorageClass: 'GLACIER' }] }) }).report;
    expect(r.monthly[0]!.proposed.transitionUsd).toBe(0);
    expect(r.monthly[0]!.proposed.storageUsd).toBeCloseTo(stays, 5);
  });

  it('moves them to Glacier Flexible Retrieval under varies_by_storage_class, but not to Standard-IA', () => {
    const toGlacier = {
      ...(rules({ Transitions: [{ Days: 30, StorageClass: 'GLACIER' }] }) as object),
      TransitionDefaultMinimumObjectSize: 'varies_by_storage_class',
    };
    expect(run({ objects: small, proposed: toGlacier }).report.monthly[0]!.proposed.transitionUsd).toBeCloseTo(1000 * T.GLACIER, 6); // $0.03
    const toIa = {
      ...(rules({ Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }] }) as object),
      TransitionDefaultMinimumObjectSize: 'varies_by_storage_class',
    };
    expect(run({ objects: small, proposed: toIa }).report.monthly[0]!.proposed.transitionUsd).toBe(0);
  });

  it('lets a size filter override the default', () => {
    const r = run({
      objects: small,
      proposed: rules({ Filter: { ObjectSizeGreaterThan: 0 }, Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }] }),
    }).report;
    expect(r.monthly[0]!.proposed.transitionUsd).toBeCloseTo(1000 * T.STANDARD_IA, 6); // $0.01
  });
});

describe('when an object entered its class', () => {
  it('takes the current rules’ transition day when it is past', () => {
    // Created 2025-11-01; the current rule moved it to Standard-IA on 11-01 + 1 + 30 = 12-02. The
    // proposed rule deletes it on 01-02: 31 days in Standard-IA, past the 30-day minimum, no charge.
    const current = rules({ Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }] });
    const proposed = rules({ Expiration: { Days: 45 } });
    const r = run({ objects: [obj('a', GiB, '2025-11-01T08:00:00Z', 'STANDARD_IA')], current, proposed }).report;
    expect(r.monthly[0]!.proposed.earlyDeleteUsd).toBe(0);
  });

  it('charges from the current rules’ transition day when it is recent (not from creation)', () => {
    // Created 2025-11-25; the current rule moved it to Standard-IA on 11-25 + 1 + 30 = 12-26. The
    // proposed rule expires it on 01-02 (Days 35 is due 12-31): 7 days in, 23 days billed.
    const current = rules({ Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }] });
    const proposed = rules({ Expiration: { Days: 35 } });
    const r = run({ objects: [obj('a', GiB, '2025-11-25T08:00:00Z', 'STANDARD_IA')], current, proposed }).report;
    expect(r.monthly[0]!.proposed.earlyDeleteUsd).toBeCloseTo(P.STANDARD_IA * ((23 * 24) / H), 5);
  });
});
