/**
 * Hand-computed cases for overlapping rules, versioning, Object Lock, observed growth and tag
 * filters. As-of 2026-01-01T12:00Z: rules act from 2026-01-02T00:00Z; month 1 ends 01-31 22:00,
 * month 2 ends 03-03 08:00.
 */
import { describe, expect, it } from 'vitest';
import { GiB, P, T, obj, rules, run } from './helpers.js';

const H = 730;
const old = '2025-03-01T00:00:00Z';

describe('overlapping rules resolve as S3 resolves them', () => {
  it('expiry beats a transition due the same day', () => {
    const r = run({
      objects: [obj('a', GiB, old)],
      proposed: rules({ Expiration: { Days: 30 } }, { Transitions: [{ Days: 30, StorageClass: 'GLACIER' }] }),
    }).report;
    expect(r.monthly[0]!.proposed.transitionUsd).toBe(0);
    expect(r.deleted.proposed.objects).toBe(1);
    expect(r.monthly[0]!.proposed.storageUsd).toBeCloseTo(P.STANDARD * (12 / H), 6);
  });

  it('the shorter expiration is honoured', () => {
    const objects = [obj('a', GiB, '2025-12-01T00:00:00Z')];
    // Created 12-01: Days 40 is due 12-01 + 1 + 40 = 01-11; Days 400 is not due within the month.
    const r = run({ objects, proposed: rules({ Expiration: { Days: 400 } }, { Expiration: { Days: 40 } }) }).report;
    // Standard from 01-01 12:00 to 01-11 00:00 = 228 h.
    expect(r.monthly[0]!.proposed.storageUsd).toBeCloseTo(P.STANDARD * (228 / H), 6);
    expect(r.byRule.find((x) => x.id === 'r2' && x.configuration === 'proposed')!.deleted.objects).toBe(1);
  });

  it('the cheaper class wins: Glacier IR over Standard-IA', () => {
    const r = run({
      objects: [obj('a', GiB, old)],
      proposed: rules(
        { Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }] },
        { Transitions: [{ Days: 30, StorageClass: 'GLACIER_IR' }] },
      ),
    }).report;
    expect(r.monthly[0]!.proposed.transitionUsd).toBeCloseTo(T.GLACIER_IR, 8);
    expect(r.monthly[0]!.proposed.storageUsd).toBeCloseTo(P.STANDARD * (12 / H) + P.GLACIER_IR * (718 / H), 6);
  });

  it('Intelligent-Tiering is favoured over Glacier IR but not over Glacier Flexible Retrieval', () => {
    const it1 = run({
      objects: [obj('a', GiB, old)],
      proposed: rules(
        { Transitions: [{ Days: 0, StorageClass: 'INTELLIGENT_TIERING' }] },
        { Transitions: [{ Days: 0, StorageClass: 'GLACIER_IR' }] },
      ),
    }).report;
    // Intelligent-Tiering at its Frequent Access price, plus monitoring of one object over 128 KiB.
    expect(it1.monthly[0]!.proposed.transitionUsd).toBeCloseTo(T.INTELLIGENT_TIERING, 8);
    expect(it1.monthly[0]!.proposed.storageUsd).toBeCloseTo(P.STANDARD * (12 / H) + (P.INTELLIGENT_TIERING + 0.0025 / 1000) * (718 / H), 6);
    // Within 30 days of arriving, an object not read is still in Frequent Access; the report says what it assumed.
    expect(it1.assumptions.map((a) => a.message)).toEqual([
      expect.stringMatching(/^assumed that no object in S3 Intelligent-Tiering is read after it arrives/),
    ]);
    const it2 = run({
      objects: [obj('a', GiB, old)],
      proposed: rules(
        { Transitions: [{ Days: 0, StorageClass: 'INTELLIGENT_TIERING' }] },
        { Transitions: [{ Days: 0, StorageClass: 'GLACIER' }] },
      ),
    }).report;
    expect(it2.monthly[0]!.proposed.transitionUsd).toBeCloseTo(T.GLACIER, 8);
  });
});

describe('versioned buckets', () => {
  const proposed = rules({ Expiration: { Days: 365 }, NoncurrentVersionExpiration: { NoncurrentDays: 30 } });
  const objects = [obj('a', GiB, '2024-11-01T00:00:00Z', 'STANDARD', { isLatest: true })];

  it('expiry leaves a delete marker and keeps the data as a noncurrent version', () => {
    const r = run({ objects, proposed, months: 1 }).report;
    // Marker on 01-02; the noncurrent version is deleted 30 days later (02-01), after month 1.
    expect(r.monthly[0]!.proposed.storageUsd).toBeCloseTo(P.STANDARD, 6);
    expect(r.deleted.proposed.objects).toBe(0);
    expect(r.byRule.find((x) => x.configuration === 'proposed')!.deleteMarkers).toBe(1);
  });

  it('deletes the noncurrent version NoncurrentDays after it became noncurrent', () => {
    const r = run({ objects, proposed, months: 2 }).report;
    // Month 2 from 01-31 22:00 to the deletion at 02-01 00:00: 2 hours.
    expect(r.monthly[1]!.proposed.storageUsd).toBeCloseTo(P.STANDARD * (2 / H), 6);
    expect(r.deleted.proposed).toEqual({ objects: 1, bytes: GiB });
  });

  it('counts noncurrent days of a listed noncurrent version from its successor', () => {
    const versions = [
      obj('k', GiB, '2025-12-27T09:00:00Z', 'STANDARD', { isLatest: true }),
      obj('k', GiB, '2025-06-01T00:00:00Z', 'STANDARD', { isLatest: false }),
    ];
    // Noncurrent since 12-27 (the successor): NoncurrentDays 10 is due 12-27 + 1 + 10 = 01-07.
    const r = run({ objects: versions, proposed: rules({ NoncurrentVersionExpiration: { NoncurrentDays: 10 } }) }).report;
    // Current 1 GiB all month + the old version from 01-01 12:00 to 01-07 00:00 = 132 h.
    expect(r.monthly[0]!.proposed.storageUsd).toBeCloseTo(P.STANDARD + P.STANDARD * (132 / H), 6);
  });
});

describe('Object Lock', () => {
  const proposed = rules({ NoncurrentVersionExpiration: { NoncurrentDays: 1 } });
  it('holds back deletion until retention ends', () => {
    const objects = [
      obj('k', 0, '2025-06-02T00:00:00Z', 'STANDARD', { isLatest: true, isDeleteMarker: true }),
      obj('k', GiB, '2025-06-01T00:00:00Z', 'STANDARD', { isLatest: false, lockRetainUntilMs: Date.parse('2026-02-15T10:00:00Z') }),
    ];
    const r = run({ objects, proposed, months: 2 }).report;
    // Retention ends 02-15 10:00: deleted at 02-16 00:00. Month 2: 01-31 22:00 → 02-16 00:00 = 15 d 2 h = 362 h.
    expect(r.monthly[0]!.proposed.storageUsd).toBeCloseTo(P.STANDARD, 6);
    expect(r.monthly[1]!.proposed.storageUsd).toBeCloseTo(P.STANDARD * (362 / H), 6);
    expect(r.deleted.proposed.objects).toBe(1);
  });

  it('never deletes under a legal hold', () => {
    const objects = [obj('k', GiB, '2025-06-01T00:00:00Z', 'STANDARD', { isLatest: false, legalHold: true })];
    const r = run({ objects, proposed, months: 2 }).report;
    expect(r.deleted.proposed.objects).toBe(0);
    expect(r.totals.proposedUsd).toBeCloseTo(2 * P.STANDARD, 6);
  });
});

describe('growth', () => {
  // One 1 GiB object a day over the last 30 whole days before the as-of day.
  const objects = Array.from({ length: 30 }, (_, i) =>
    obj(`g/${i}`, GiB, new Date(Date.parse('2025-12-02T06:00:00Z') + i * 86_400_000).toISOString()),
  );

  it('none: only what the inventory holds', () => {
    expect(run({ objects }).report.monthly[0]!.current.storageUsd).toBeCloseTo(30 * P.STANDARD, 6);
  });

  it('observed: continues 1 GiB a day', () => {
    const r = run({ objects, growth: 'observed' }).report;
    // A day's uploads count from noon: those of 01-01 from the as-of time (730 h), those of
    // 01-02 … 01-31 from noon: 706, 682, … 10 h; the month ends 01-31 22:00.
    // 730 + Σ_{k=0..29} (706 − 24k) = 730 + 21,180 − 10,440 = 11,470 GiB-hours.
    expect(r.monthly[0]!.current.storageUsd).toBeCloseTo(30 * P.STANDARD + (11_470 / H) * P.STANDARD, 5);
  });
});

describe('tag filters', () => {
  it('reports a tag-filtered rule as a range and leaves it out', () => {
    const objects = [obj('logs/a', 100, old), obj('logs/b', 200, old), obj('data/c', 400, old)];
    const proposed = rules({ Filter: { And: { Prefix: 'logs/', Tags: [{ Key: 'tmp', Value: '1' }] } }, Expiration: { Days: 1 } });
    const r = run({ objects, proposed }).report;
    const u = r.unknowns.find((x) => x.kind === 'tags')!;
    expect(u.message).toContain('depends on tags: up to 2 objects, 300 bytes');
    expect(r.deleted.proposed.objects).toBe(0);
  });
});

describe('price notes', () => {
  it('names only fallback figures the projection used', async () => {
    const { project } = await import('../../src/cost/simulate/project.js');
    const { testRegion, tableOf, testCatalog } = await import('./helpers.js');
    const { compileConfiguration, EMPTY_CONFIG } = await import('../../src/cost/rules/compile.js');
    const region = testRegion();
    region.transitionPerRequest.GLACIER = { value: 0.00003, origin: { kind: 'fallback', fallbackRegion: 'us-west-2' } };
    region.transitionPerRequest.DEEP_ARCHIVE = { value: 0.00005, origin: { kind: 'fallback', fallbackRegion: 'us-west-2' } };
    const proposed = compileConfiguration(rules({ Transitions: [{ Days: 30, StorageClass: 'GLACIER' }] }));
    const { table, matcher } = tableOf([obj('a', GiB, old)], [EMPTY_CONFIG, proposed]);
    const r = project({
      table,
      matcher,
      current: EMPTY_CONFIG,
      proposed,
      prices: region,
      priceInfo: testCatalog().info,
      asOfMs: Date.parse('2026-01-01T12:00:00Z'),
      months: 1,
      growth: 'none',
    }).report;
    expect(r.unknowns.filter((u) => u.kind === 'prices').map((u) => u.message)).toEqual([
      'transition price into GLACIER in us-east-1 is taken from us-west-2',
    ]);
  });
});
