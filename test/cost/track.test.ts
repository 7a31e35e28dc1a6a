/**
 * `lifeguard cost --track` on two inventory reports a month apart, the later one generated here
 * from the rule set by hand (not by the simulator): where nothing else changed, actual equals
 * projected; uploads outside the projection and deletions outside lifecycle are named by prefix.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { costCommand } from '../../src/cli/cost-command.js';
import type { Io } from '../../src/cli/io.js';
import type { InventoryRecord } from '../../src/cost/cohorts/records.js';
import type { TrackReport } from '../../src/cost/track/track.js';
import { MiB, obj, testCatalog } from './helpers.js';
import { writeInventory } from './inventory-fixture.js';

const DAY = 86_400_000;
const BASE = '2026-01-01T06:00:00Z';
const LATER = '2026-02-01T06:00:00Z';
const RULES = {
  Rules: [
    { ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 45 } },
    { ID: 'archive-ckpt', Status: 'Enabled', Filter: { Prefix: 'ckpt/' }, Transitions: [{ Days: 45, StorageClass: 'GLACIER_IR' }] },
  ],
};

const day = (iso: string) => Math.floor(Date.parse(iso) / DAY);
const at = (d: number, hour = 10) => new Date(d * DAY + hour * 3_600_000).toISOString();

/** The bucket on the baseline date: a log a day for 40 days, a checkpoint a day for 30. */
function baseObjects(): InventoryRecord[] {
  const end = day('2025-12-31');
  return [
    ...Array.from({ length: 40 }, (_, i) => obj(`logs/${i}.log`, 200 * MiB, at(end - i))),
    ...Array.from({ length: 30 }, (_, i) => obj(`ckpt/${i}.pt`, 1024 * MiB, at(end - 1 - i))),
  ];
}

/**
 * What S3 does with the rule set by the later date, written out by hand: the configuration acts
 * from the first midnight after the baseline (01-02); an action due on creation day + 1 + Days fires
 * at that midnight (or on 01-02 when already due); the later scan runs after the day's run.
 */
function applyRules(objects: InventoryRecord[]): InventoryRecord[] {
  const first = day('2026-01-02');
  const scan = day(LATER);
  const due = (o: InventoryRecord) => Math.max(first, Math.floor(o.lastModifiedMs / DAY) + 1 + 45);
  return objects.flatMap((o) => {
    if (o.key.startsWith('logs/')) return due(o) <= scan ? [] : [o];
    if (o.key.startsWith('ckpt/') && due(o) <= scan) return [{ ...o, storageClass: 'GLACIER_IR' }];
    return [o];
  });
}

function io(cwd: string) {
  const out = { stdout: '', stderr: '' };
  const i: Io = { cwd, color: false, env: {}, stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) };
  return { io: i, out };
}
const deps = { loadCatalog: async () => testCatalog() };

async function trackJson(dir: string, args: string[]): Promise<TrackReport> {
  const { io: i, out } = io(dir);
  const code = await costCommand(['--track', ...args, '--format', 'json'], i, deps);
  expect(code, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as TrackReport;
}

function setup(later: InventoryRecord[]) {
  const dir = mkdtempSync(join(tmpdir(), 'lifeguard-track-'));
  writeFileSync(join(dir, 'rules.json'), JSON.stringify(RULES));
  const base = writeInventory(baseObjects(), { format: 'CSV.gz', creation: BASE });
  const next = writeInventory(later, { format: 'CSV.gz', creation: LATER, files: 2 });
  return { dir, base, next };
}

describe('lifeguard cost --track', () => {
  it('reports actual equal to projected when only the rules acted', async () => {
    const { dir, base, next } = setup(applyRules(baseObjects()));
    const r = await trackJson(dir, [
      '--proposed',
      'rules.json',
      '--baseline-inventory',
      base,
      '--inventory',
      next,
      '--region',
      'us-east-1',
    ]);
    expect(r.baselineAsOf).toBe('2026-01-01T06:00:00.000Z');
    expect(r.asOf).toBe('2026-02-01T06:00:00.000Z');
    // By hand: an object created on day c is due on c + 1 + 45, so by the 02-01 run those created up
    // to 12-17 have been acted on: the logs of 11-22 … 12-17 (26) are gone and those of 12-18 … 12-31
    // (14) are left; the checkpoints of 12-01 … 12-17 (17) are in Glacier IR, 12-18 … 12-30 (13) in Standard.
    expect(r.byClass.map((c) => [c.storageClass, c.actual.objects])).toEqual([
      ['STANDARD', 14 + 13],
      ['GLACIER_IR', 17],
    ]);
    for (const c of r.byClass) expect(c.actual, c.storageClass).toEqual(c.projected);
    expect(r.totals.actual).toEqual(r.totals.projected);
    for (const x of r.byRule) expect(x.actual, x.rule).toEqual(x.projected);
    expect(r.explanations).toEqual([]);
  });

  it('names the prefix whose uploads the projection did not include, and deletions outside lifecycle', async () => {
    const later = applyRules(baseObjects());
    // After the baseline: 10 new logs of 200 MiB (01-22 … 01-31), and three checkpoints deleted by hand.
    for (let i = 0; i < 10; i++) later.push(obj(`logs/new-${i}.log`, 200 * MiB, at(day('2026-01-22') + i)));
    const kept = later.filter((o) => !['ckpt/0.pt', 'ckpt/1.pt', 'ckpt/2.pt'].includes(o.key));
    const { dir, base, next } = setup(kept);
    // The saved baseline (what the action keeps), then the comparison from it.
    const { io: i1, out: o1 } = io(dir);
    expect(
      await costCommand(
        [
          '--proposed',
          'rules.json',
          '--inventory',
          base,
          '--region',
          'us-east-1',
          '--format',
          'json',
          '--baseline-out',
          join(dir, 'baseline.json'),
        ],
        i1,
        deps,
      ),
      o1.stderr,
    ).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).kind).toBe('lifeguard-cost-baseline');
    const r = await trackJson(dir, ['--baseline', 'baseline.json', '--inventory', next]);
    expect(r.explanations).toEqual([
      "deleted outside lifecycle under 'ckpt/': 3 objects (3.0 GiB) of the baseline that the rules keep are gone",
      "uploads outside the projection under 'logs/': 10 objects (2.0 GiB) more than projected",
    ]);
    const logs = r.byPrefix.find((p) => p.prefix === 'logs/')!;
    expect(logs.kept.actual).toEqual(logs.kept.projected);
    expect(logs.actual.bytes - logs.projected.bytes).toBe(10 * 200 * MiB);
    // In dollars: 2,000 MiB more in Standard, and 3 GiB less (ckpt/0 … 2, the newest, were still in Standard).
    expect(r.totals.actual.usdPerMonth - r.totals.projected.usdPerMonth).toBeCloseTo((2000 / 1024) * 0.023 - 3 * 0.023, 5);
    const { io: i2, out: o2 } = io(dir);
    expect(await costCommand(['--track', '--baseline', 'baseline.json', '--inventory', next, '--format', 'markdown'], i2, deps)).toBe(0);
    expect(o2.stdout).toContain("- uploads outside the projection under 'logs/'");
    expect(o2.stdout).toContain("| `rule 'archive-ckpt'` |");
  });

  it('refuses a baseline that is not one, in one sentence', async () => {
    const { dir, next } = setup([obj('logs/a', MiB, '2026-01-20T00:00:00Z')]);
    writeFileSync(join(dir, 'nope.json'), '{"version": 1}');
    const { io: i, out } = io(dir);
    expect(await costCommand(['--track', '--baseline', 'nope.json', '--inventory', next], i, deps)).toBe(2);
    expect(out.stderr).toBe(
      'lifeguard: nope.json: not a lifeguard cost baseline (no "kind": "lifeguard-cost-baseline"); write one with lifeguard cost --baseline-out FILE\n',
    );
  });
});
