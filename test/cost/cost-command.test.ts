/** `lifeguard cost` end to end on a written inventory: the JSON contract, the text formats, errors. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { costCommand } from '../../src/cli/cost-command.js';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { GiB, obj, testCatalog } from './helpers.js';
import { writeInventory } from './inventory-fixture.js';

function io(cwd: string) {
  const out = { stdout: '', stderr: '' };
  const i: Io = { cwd, color: false, env: {}, stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) };
  return { io: i, out };
}

const deps = { loadCatalog: async () => testCatalog() };

function setup() {
  const inv = writeInventory(
    [
      obj('ckpt/a', 100 * GiB, '2025-06-01T00:00:00Z'),
      obj('ckpt/b', 100 * GiB, '2025-12-20T00:00:00Z'),
      obj('logs/c', GiB, '2025-12-31T00:00:00Z'),
    ],
    { format: 'CSV.gz', creation: '2026-01-01T12:00:00Z' },
  );
  const dir = mkdtempSync(join(tmpdir(), 'lifeguard-cost-'));
  writeFileSync(
    join(dir, 'proposed.yaml'),
    'Rules:\n  - ID: tier\n    Status: Enabled\n    Filter: {Prefix: ckpt/}\n    Transitions:\n      - {Days: 30, StorageClass: STANDARD_IA}\n    Expiration: {Days: 180}\n',
  );
  writeFileSync(join(dir, 'current.json'), '{"Rules": []}\n');
  return { inv, dir };
}

describe('lifeguard cost', () => {
  it('prints the JSON contract', async () => {
    const { inv, dir } = setup();
    const { io: i, out } = io(dir);
    const code = await costCommand(
      [
        '--proposed',
        'proposed.yaml',
        '--current',
        'current.json',
        '--inventory',
        inv,
        '--region',
        'us-east-1',
        '--months',
        '3',
        '--format',
        'json',
      ],
      i,
      deps,
    );
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(out.stdout);
    expect(Object.keys(r)).toEqual([
      'version',
      'region',
      'asOf',
      'months',
      'prices',
      'monthly',
      'totals',
      'deleted',
      'byRule',
      'assumptions',
      'unknowns',
    ]);
    expect(r).toMatchObject({
      version: 1,
      region: 'us-east-1',
      asOf: '2026-01-01T12:00:00.000Z',
      months: 3,
      prices: { source: 'bundled', date: '2026-02-23' },
    });
    expect(Object.keys(r.monthly[0])).toEqual(['month', 'current', 'proposed']);
    expect(Object.keys(r.monthly[0].current)).toEqual(['storageUsd', 'transitionUsd', 'earlyDeleteUsd', 'totalUsd', 'storageByClassUsd']);
    expect(Object.keys(r.totals)).toEqual(['currentUsd', 'proposedUsd', 'savingsUsd']);
    // ckpt/a (200+ days old) expires on 01-02; ckpt/b goes to Standard-IA on 01-20 (12-20 + 1 + 30).
    expect(r.deleted.proposed).toEqual({ objects: 1, bytes: 100 * GiB });
    expect(r.byRule).toHaveLength(1);
    expect(r.byRule[0]).toMatchObject({
      configuration: 'proposed',
      id: 'tier',
      matched: { objects: 2, bytes: 200 * GiB },
      transitions: { objects: 1 },
    });
    // Current: 201 GiB in Standard for three months = 3 × 201 × $0.023.
    expect(r.totals.currentUsd).toBeCloseTo(3 * 201 * 0.023, 4);
    expect(r.totals.savingsUsd).toBeGreaterThan(0);
  });

  it('prints text and markdown', async () => {
    const { inv, dir } = setup();
    for (const format of ['stylish', 'markdown']) {
      const { io: i, out } = io(dir);
      expect(await costCommand(['--proposed', 'proposed.yaml', '--inventory', inv, '--region', 'us-east-1', '-f', format], i, deps)).toBe(
        0,
      );
      expect(out.stdout).toMatch(/Total: current \$55\.48, proposed \$\d+\.\d\d: saves/);
      expect(out.stdout).toMatch(/rule ['`]tier['`]/);
    }
  });

  it('prints the Athena SQL', async () => {
    const { dir } = setup();
    const { io: i, out } = io(dir);
    expect(
      await costCommand(
        ['--proposed', 'proposed.yaml', '--cohort-sql', 'athena', '--table', 'inv', '--where', "dt = '2026-01-01-00-00'"],
        i,
        deps,
      ),
    ).toBe(0);
    expect(out.stdout).toContain("WHEN starts_with(k, 'ckpt/') THEN 'ckpt/'");
    expect(out.stdout).toContain("FROM inv\n  WHERE dt = '2026-01-01-00-00'");
  });

  it('answers bad input with one sentence and status 2', async () => {
    const { inv, dir } = setup();
    writeFileSync(join(dir, 'bad.json'), '{"Rules": [}\n');
    const a = io(dir);
    expect(await costCommand(['--proposed', 'proposed.yaml', '--inventory', inv, '--region', 'mars-north-1'], a.io, deps)).toBe(2);
    expect(a.out.stderr).toBe('lifeguard: no prices for mars-north-1\n');
    const b = io(dir);
    expect(await costCommand(['--proposed', 'bad.json', '--inventory', inv, '--region', 'us-east-1'], b.io, deps)).toBe(2);
    expect(b.out.stderr).toMatch(/^lifeguard: bad\.json:1:\d+: .+\n$/);
    const c = io(dir);
    expect(await main(['cost', '--proposed', 'proposed.yaml', '--region', 'us-east-1'], c.io)).toBe(2);
    expect(c.out.stderr).toContain('give exactly one of --inventory PATH');
    const d = io(dir);
    expect(await main(['cost', '--proposed', 'proposed.yaml', '--inventory', inv, '--region', 'us-east-1', '--months', '0'], d.io)).toBe(2);
    expect(d.out.stderr).toContain('--months must be a whole number from 1 to 120');
    const e = io(dir);
    expect(await costCommand(['--proposed', 'proposed.yaml', '--inventory', join(dir, 'nope'), '--region', 'us-east-1'], e.io, deps)).toBe(
      2,
    );
    expect(e.out.stderr).toMatch(/nope: no such file or folder/);
    const f = io(dir);
    expect(
      await costCommand(
        ['--proposed', 'proposed.yaml', '--inventory', inv, '--region', 'us-east-1', '-o', join(dir, 'no/such/dir/out.json')],
        f.io,
        deps,
      ),
    ).toBe(2);
    expect(f.out.stderr).toMatch(/^lifeguard: cannot write .*out\.json: ENOENT\n$/);
  });
});

describe('lifeguard cost --cohort-sql for Parquet inventories', () => {
  it('reads keys as they are (only CSV inventories URL-encode them)', async () => {
    const { dir } = setup();
    const { io: i, out } = io(dir);
    expect(await costCommand(['--proposed', 'proposed.yaml', '--cohort-sql', 'athena', '--inventory-format', 'parquet'], i, deps)).toBe(0);
    expect(out.stdout).toContain('SELECT key AS k');
    expect(out.stdout).not.toContain('url_decode');
  });
});
