/**
 * `lifeguard orphans` from an S3 Inventory report, through the CLI: no bucket is needed for a dry
 * run or for a refusal, so these run without the S3 server. Tagging is tested on RGW
 * (test/integration/orphans-quarantine.test.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InventoryRecord } from '../../src/cost/cohorts/records.js';
import { writeInventory } from '../cost/inventory-fixture.js';
import { runCli, workspace } from '../helpers/s3.js';

const DAY = 86_400_000;
const ago = (days: number) => Date.now() - days * DAY;
const rows: InventoryRecord[] = [
  { key: 'models/fraud/v3/model.pt', size: 3000, lastModifiedMs: ago(40), storageClass: 'STANDARD' },
  { key: 'models/fraud/v2/model.pt', size: 2000, lastModifiedMs: ago(90), storageClass: 'STANDARD_IA' },
  { key: 'models/fraud/v2/notes and more.txt', size: 10, lastModifiedMs: ago(90), storageClass: 'STANDARD' },
  { key: 'models/churn/v1/model.pt', size: 500, lastModifiedMs: ago(200), storageClass: 'GLACIER' },
  { key: 'models/churn/v8/model.pt', size: 700, lastModifiedMs: ago(1), storageClass: 'STANDARD' },
  { key: 'logs/x.log', size: 99, lastModifiedMs: ago(90), storageClass: 'STANDARD' },
];
const ORPHANS = ['models/churn/v1/model.pt', 'models/fraud/v2/model.pt', 'models/fraud/v2/notes and more.txt'];

function setup(registry: string, extra = '') {
  return workspace({
    '.lifeguard.yml': `targets:\n  - name: arts\n    bucket: src-bucket\n    region: us-east-1\n    source: { lifecycle: rules.json }\n    registry: registry.csv\n${extra}`,
    'rules.json': '{"Rules":[{"ID":"logs","Status":"Enabled","Filter":{"Prefix":"logs/"},"Expiration":{"Days":30}}]}',
    'registry.csv': registry,
  });
}

describe('lifeguard orphans --inventory', () => {
  for (const format of ['CSV.gz', 'Parquet'] as const) {
    it(`finds the unreferenced objects older than the minimum age in a ${format} inventory, with their cost and prefixes`, async () => {
      const inventory = writeInventory(rows, { format, creation: new Date().toISOString(), files: 2 });
      const dir = setup('uri,model,version,stage\ns3://src-bucket/models/fraud/v3/,fraud,3,Production\n');
      const run = await runCli(['orphans', '--target', 'arts', '--inventory', inventory, '--format', 'json'], dir);
      expect(run.code, run.stderr).toBe(0);
      const r = JSON.parse(run.stdout);
      expect(r.objects.source).toBe('inventory');
      expect(r.artifactPrefixes).toEqual({ prefixes: ['models/'], derived: true });
      expect(r.orphans.sample).toEqual(ORPHANS);
      expect([r.scanned.objects, r.referenced.objects, r.young.objects]).toEqual([5, 1, 1]);
      expect(r.orphans.bytes).toBe(2510);
      expect(r.orphans.topPrefixes.map((p: { prefix: string; objects: number }) => [p.prefix, p.objects])).toEqual([
        ['models/fraud/', 2],
        ['models/churn/', 1],
      ]);
      expect(r.orphans.monthlyUsd).toBeGreaterThan(0);
      expect(r.action).toMatchObject({ mode: 'dry-run', tagged: 0 });
      const text = await runCli(['orphans', '--target', 'arts', '--inventory', inventory], dir);
      expect(text.stdout).toContain('orphans: 3 objects, 2.5 KiB');
      expect(text.stdout).toContain('dry run: nothing changed.');
    });
  }

  it('refuses to quarantine when the registry cannot be read fully, before touching the bucket', async () => {
    const inventory = writeInventory(rows, { format: 'CSV', creation: new Date().toISOString() });
    const dir = setup('uri\ns3://src-bucket/models/fraud/v3/\nhttps://example.com/models/x\n');
    const run = await runCli(['orphans', '-t', 'arts', '--inventory', inventory, '--quarantine', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const r = JSON.parse(run.stdout);
    expect(r.action.refused).toMatch(/1 error finding; a registry lifeguard cannot read fully must not decide what is unreferenced/);
    expect(r.diagnostics.map((d: { file: string; line: number; ruleId: string }) => [d.file, d.line, d.ruleId])).toEqual([
      ['registry.csv', 3, 'registry-entry'],
    ]);
    expect(existsSync(join(dir, '.lifeguard/quarantine/arts.json'))).toBe(false);
  });

  it('refuses to quarantine when the registry references nothing', async () => {
    const inventory = writeInventory(rows, { format: 'CSV', creation: new Date().toISOString() });
    const dir = setup('uri\n', '    artifactPrefixes: [models/]\n');
    const run = await runCli(['orphans', '-t', 'arts', '--inventory', inventory, '--quarantine', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).action.refused).toBe(
      'the registry references nothing; refusing to quarantine every object under the artifact prefixes',
    );
  });

  it('does not refuse a sweep too large for one quarantine file: its keys go to a manifest file of their own', async () => {
    const many = Array.from({ length: 45_000 }, (_, i) => ({
      key: `models/run-${i % 300}/checkpoint-${i}.safetensors`,
      size: 1 << 20,
      lastModifiedMs: ago(60),
      storageClass: 'STANDARD',
    }));
    const inventory = writeInventory(many, { format: 'CSV.gz', creation: new Date().toISOString() });
    const dir = setup('uri\ns3://src-bucket/models/run-0/\n');
    const dry = JSON.parse((await runCli(['orphans', '-t', 'arts', '--inventory', inventory, '--format', 'json'], dir)).stdout);
    expect(dry.orphans.objects).toBe(44_850);
    expect(dry.action.wouldRefuse).toBeUndefined();
  });

  it('says in one sentence what is wrong with the command line, the target or the inventory (exit 2)', async () => {
    const inventory = writeInventory(rows, { format: 'CSV', creation: new Date().toISOString() });
    const dir = setup('uri\ns3://src-bucket/models/fraud/v3/\n');
    const cases: Array<[string[], RegExp]> = [
      [['orphans'], /--target NAME is required/],
      [['orphans', '-t', 'arts', '--inventory', inventory, '--live'], /--inventory and --live are exclusive/],
      [['orphans', '-t', 'arts', '--expire-after-days', '3'], /--expire-after-days goes with --quarantine/],
      [['orphans', '-t', 'arts', '--quarantine', '--expire-after-days', '0'], /must be at least 1/],
      [['orphans', '-t', 'arts', '--quarantine', '--concurrency', '500'], /--concurrency takes 1 to 128 objects at once, not 500/],
      [['orphans', '-t', 'nope'], /no target named 'nope'; the targets are arts/],
      [['orphans', '-t', 'arts', '--inventory', join(dir, 'missing')], /missing: no such file or folder/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    const other = setup('uri\ns3://other-bucket/models/x/\n').replace(/$/, '');
    const wrong = await runCli(['orphans', '-t', 'arts', '--inventory', inventory], other);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/names no artifactPrefixes and the registry's entries lie in no folder/);
    const noRegistry = workspace({
      '.lifeguard.yml': 'targets:\n  - name: arts\n    bucket: src-bucket\n    source: { lifecycle: rules.json }\n',
      'rules.json': '{"Rules":[]}',
    });
    const none = await runCli(['orphans', '-t', 'arts', '--inventory', inventory], noRegistry);
    expect([none.code, none.stderr]).toEqual([
      2,
      'lifeguard: target arts names no registry manifest; orphans are the objects a registry does not reference (set registry: in .lifeguard.yml).\n',
    ]);
  });

  it('refuses an inventory of another bucket', async () => {
    const inventory = writeInventory(rows, { format: 'CSV', creation: new Date().toISOString() });
    const dir = workspace({
      '.lifeguard.yml':
        'targets:\n  - name: arts\n    bucket: another-bucket\n    source: { lifecycle: rules.json }\n    registry: registry.csv\n',
      'rules.json': '{"Rules":[]}',
      'registry.csv': 'uri\ns3://another-bucket/models/fraud/v3/\n',
    });
    const run = await runCli(['orphans', '-t', 'arts', '--inventory', inventory], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the inventory is of bucket src-bucket, not another-bucket/);
  });
});
