/**
 * The seed-000 scenario (shared/seeds/000_*): 500 GB of new checkpoints a month, Standard →
 * Standard-IA at 30 days → Glacier Instant Retrieval at 90 → expire at 365, against keeping
 * everything in Standard and against the seed's own first rule (expire checkpoints at 90 days).
 * docs/cost-model.md quotes these projections; the hand-computed steady state is written out here.
 *
 * The bucket: a year of history, 8 checkpoint shards a day uploaded at 12:00, 6,000 GiB a year
 * (≈ 500 GiB a month): U = 6000 / 365 = 16.438 GiB a day. As-of 2026-01-01T00:00Z, 12 months,
 * observed growth (the last 30 days continue: U a day).
 */
import { describe, expect, it } from 'vitest';
import type { InventoryRecord } from '../../src/cost/cohorts/records.js';
import { GiB, P, T, obj, rules, run } from './helpers.js';

const U = 6000 / 365;
const SHARDS = 8;
const AS_OF = '2026-01-01T00:00:00Z';

function history(): InventoryRecord[] {
  const out: InventoryRecord[] = [];
  for (let d = 1; d <= 365; d++) {
    const at = new Date(Date.parse(AS_OF) - d * 86_400_000 + 12 * 3_600_000).toISOString();
    for (let s = 0; s < SHARDS; s++) out.push(obj(`checkpoints/run-${d}/shard-${s}.safetensors`, Math.round((U / SHARDS) * GiB), at));
  }
  return out;
}

const tiered = rules({
  Filter: { Prefix: 'checkpoints/' },
  Transitions: [
    { Days: 30, StorageClass: 'STANDARD_IA' },
    { Days: 90, StorageClass: 'GLACIER_IR' },
  ],
  Expiration: { Days: 365 },
});
const expire90 = rules({ Filter: { Prefix: 'checkpoints/' }, Expiration: { Days: 90 } });

describe('seed 000: tiered storage for 500 GB of checkpoints a month', () => {
  const objects = history();
  const vsNone = run({ objects, proposed: tiered, asOf: AS_OF, months: 12, growth: 'observed' }).report;
  const vsExpire = run({ objects, current: expire90, proposed: tiered, asOf: AS_OF, months: 12, growth: 'observed' }).report;

  it('reaches the hand-computed steady state by month 12', () => {
    // An upload of day c (12:00) is in Standard until c + 31 (30.5 days), Standard-IA until c + 91
    // (60 days), Glacier IR until c + 366 (275 days), then deleted.
    const storage = U * 30.5 * P.STANDARD + U * 60 * P.STANDARD_IA + U * 275 * P.GLACIER_IR; // $41.94
    const requests = SHARDS * (730 / 24) * (T.STANDARD_IA + T.GLACIER_IR); // $0.0073
    const m12 = vsNone.monthly[11]!.proposed;
    expect(m12.storageUsd).toBeGreaterThan(storage * 0.995);
    expect(m12.storageUsd).toBeLessThan(storage * 1.005);
    expect(m12.transitionUsd).toBeCloseTo(requests, 3);
    expect(m12.earlyDeleteUsd).toBe(0);
  });

  it('keeping everything in Standard grows without bound: 11,750 GiB by month 12', () => {
    // 6,000 GiB of history + U a day for 11.5 months on average (349.8 days) = 11,750 GiB.
    const m12 = vsNone.monthly[11]!.current.totalUsd;
    expect(m12 / P.STANDARD).toBeGreaterThan(11_750 * 0.995);
    expect(m12 / P.STANDARD).toBeLessThan(11_750 * 1.005);
  });

  it('against keeping everything, saves about 84% in month 12 and 79% over the year', () => {
    const m12 = vsNone.monthly[11]!;
    const monthSaving = 1 - m12.proposed.totalUsd / m12.current.totalUsd;
    const yearSaving = vsNone.totals.savingsUsd / vsNone.totals.currentUsd;
    expect(monthSaving).toBeGreaterThan(0.83);
    expect(monthSaving).toBeLessThan(0.85);
    expect(yearSaving).toBeGreaterThan(0.77);
    expect(yearSaving).toBeLessThan(0.81);
  });

  it('against the seed’s own rule (expire at 90 days), tiering costs more: it keeps four times the data', () => {
    // Expire at 90: U × 90.5 days = 1,487.7 GiB in Standard = $34.22 a month in steady state.
    const m12 = vsExpire.monthly[11]!;
    expect(m12.current.totalUsd).toBeGreaterThan(U * 90.5 * P.STANDARD * 0.995);
    expect(m12.current.totalUsd).toBeLessThan(U * 90.5 * P.STANDARD * 1.005);
    expect(m12.proposed.totalUsd).toBeGreaterThan(m12.current.totalUsd * 1.2);
    // And the change deletes nothing the current rule keeps: the proposal keeps everything longer.
    expect(vsExpire.deleted.proposed.bytes).toBeLessThan(vsExpire.deleted.current.bytes);
  });

  it('prints the figures docs/cost-model.md quotes', () => {
    const f = (n: number) => n.toFixed(2);
    const lines = [
      `vs none: month 1 ${f(vsNone.monthly[0]!.current.totalUsd)} -> ${f(vsNone.monthly[0]!.proposed.totalUsd)}; month 12 ${f(vsNone.monthly[11]!.current.totalUsd)} -> ${f(vsNone.monthly[11]!.proposed.totalUsd)}; year ${f(vsNone.totals.currentUsd)} -> ${f(vsNone.totals.proposedUsd)} (${((vsNone.totals.savingsUsd / vsNone.totals.currentUsd) * 100).toFixed(1)}%)`,
      `vs expire-90: month 12 ${f(vsExpire.monthly[11]!.current.totalUsd)} -> ${f(vsExpire.monthly[11]!.proposed.totalUsd)}; year ${f(vsExpire.totals.currentUsd)} -> ${f(vsExpire.totals.proposedUsd)}`,
      `month 1 proposed: storage ${f(vsNone.monthly[0]!.proposed.storageUsd)} transitions ${f(vsNone.monthly[0]!.proposed.transitionUsd)} early ${f(vsNone.monthly[0]!.proposed.earlyDeleteUsd)}; deleted ${vsNone.deleted.proposed.objects} objects`,
    ];
    if (process.env.LIFEGUARD_PRINT_SEED) {
      console.log(lines.join('\n'));
      console.log(JSON.stringify({ ...vsNone, monthly: vsNone.monthly.slice(0, 1) }));
    }
    expect(lines).toHaveLength(3);
  });
});
