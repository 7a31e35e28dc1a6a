/**
 * Registry protection through the CLI's check pipeline: a target's lifecycle file or policy is
 * checked against the registry manifest named in .lifeguard.yml (with an inventory: counts), and
 * its quarantine batches key by key, with findings at the right lines of every file.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { runCheck } from '../../src/pipeline/check.js';
import { writeInventory } from '../cost/inventory-fixture.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lg-registry-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const lifecycle = `{
  "Rules": [
    {
      "ID": "expire-models",
      "Status": "Enabled",
      "Filter": { "Prefix": "models/" },
      "Expiration": { "Days": 90 }
    }
  ]
}
`;

const config = `targets:
  - name: artifacts
    bucket: ml-artifacts
    source: { lifecycle: lifecycle.json }
    registry: referenced.csv
`;

describe('check with a registry manifest', () => {
  it('reports the rule that would expire a referenced model, and the ambiguous entry', async () => {
    const dir = workspace({
      'lifecycle.json': lifecycle,
      '.lifeguard.yml': config,
      'referenced.csv':
        'uri,model,version,stage\ns3://ml-artifacts/models/fraud/v3/,fraud,3,Production\ns3://ml-artifacts/models/churn/v7,churn,7,Staging\ns3://other/x/,o,1,None\n',
    });
    const loaded = await loadConfig(undefined, dir);
    if (!loaded.ok) throw new Error('config');
    const { report, ioErrors } = await runCheck(['lifecycle.json'], loaded.config, dir);
    expect(ioErrors).toEqual([]);
    const protection = report.diagnostics.filter((d) => d.ruleId === 'registry-protection');
    expect(protection.map((d) => [d.file, d.line, d.severity])).toEqual([
      ['lifecycle.json', 7, 'error'],
      ['lifecycle.json', 7, 'error'],
    ]);
    expect(protection.map((d) => d.message).join('\n')).toContain('everything under models/fraud/v3/ (fraud v3 Production)');
    const entries = report.diagnostics.filter((d) => d.ruleId === 'registry-entry');
    expect(entries.map((d) => [d.file, d.line, d.severity])).toEqual([
      ['referenced.csv', 3, 'warning'],
      ['referenced.csv', 4, 'warning'],
    ]);
    expect(report.summary.errors).toBe(2);
  });

  it('passes when no expiring rule reaches a referenced artifact', async () => {
    const dir = workspace({
      'lifecycle.json': lifecycle.replace('"models/"', '"models/tmp/"'),
      '.lifeguard.yml': config,
      'referenced.csv': 'uri\ns3://ml-artifacts/models/fraud/v3/\n',
    });
    const loaded = await loadConfig(undefined, dir);
    if (!loaded.ok) throw new Error('config');
    const { report } = await runCheck(['lifecycle.json'], loaded.config, dir);
    expect(report.files).toEqual([{ file: 'lifecycle.json', kind: 'lifecycle' }]);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('turns a missing manifest into an I/O error rather than a silent pass', async () => {
    const dir = workspace({ 'lifecycle.json': lifecycle, '.lifeguard.yml': config });
    const loaded = await loadConfig(undefined, dir);
    if (!loaded.ok) throw new Error('config');
    const { ioErrors } = await runCheck(['lifecycle.json'], loaded.config, dir);
    expect(ioErrors).toEqual([{ path: 'referenced.csv', message: 'no such file or folder' }]);
  });
});

describe('check with a registry manifest on a policy target, an inventory, and quarantine batches', () => {
  const policy = `apiVersion: lifeguard/v1
kind: RetentionPolicy
metadata: { name: arts }
bucket: { name: some-bucket }
protect:
  - prefix: models/keep/
stages:
  models:
    select: { prefix: models/ }
    expireAfterDays: 90
  logs:
    select: { prefix: logs/ }
    expireAfterDays: 7
`;
  const target = (extra = '') =>
    `targets:\n  - name: arts\n    bucket: src-bucket\n    source: { policy: policy.yaml }\n    registry: referenced.csv\n${extra}`;

  it('reports the stage whose compiled rule would expire a referenced model, at the policy line', async () => {
    const dir = workspace({
      'policy.yaml': policy,
      '.lifeguard.yml': target(),
      'referenced.csv': 'uri\ns3://src-bucket/models/fraud/v3/\ns3://src-bucket/datasets/d1/\n',
    });
    const loaded = await loadConfig(undefined, dir);
    if (!loaded.ok) throw new Error('config');
    const { report } = await runCheck(['policy.yaml'], loaded.config, dir);
    const protection = report.diagnostics.filter((d) => d.ruleId === 'registry-protection');
    expect(protection.map((d) => [d.file, d.line])).toEqual([['policy.yaml', 10]]);
    expect(protection[0]!.message).toMatch(
      /^stage 'models': rule 'arts\.models\.expire' expires current versions 90 days after each object is created, and it reaches everything under models\/fraud\/v3\//,
    );
    // The protect entry inside the same stage is the policy rule's to report, once.
    expect(report.diagnostics.filter((d) => d.ruleId === 'policy-protect-reached').map((d) => d.line)).toEqual([10]);
  });

  it('counts the objects and bytes of an inventory, and gives the first deletion day', async () => {
    const created = Date.parse('2026-10-15T23:00:00Z');
    const inventory = writeInventory(
      [
        { key: 'models/fraud/v3/model.pt', size: 1000, lastModifiedMs: created, storageClass: 'STANDARD' },
        { key: 'models/fraud/v3/config json.json', size: 24, lastModifiedMs: created + 86_400_000, storageClass: 'STANDARD' },
        { key: 'models/fraud/v4/model.pt', size: 5000, lastModifiedMs: created, storageClass: 'STANDARD' },
      ],
      { format: 'CSV.gz', creation: '2026-11-01T00:00:00Z' },
    );
    // Paths in .lifeguard.yml stay inside the repository: the report is copied into it.
    const dir = workspace({
      'policy.yaml': policy,
      '.lifeguard.yml': target(`    inventory: inventory/src-bucket/cfg/${basename(inventory)}\n`),
      'referenced.csv': 'uri\ns3://src-bucket/models/fraud/v3/\n',
    });
    cpSync(join(inventory, '../../..'), join(dir, 'inventory'), { recursive: true });
    const loaded = await loadConfig(undefined, dir);
    if (!loaded.ok) throw new Error('config');
    const { report, ioErrors } = await runCheck(['policy.yaml'], loaded.config, dir);
    expect(ioErrors).toEqual([]);
    const [finding] = report.diagnostics.filter((d) => d.ruleId === 'registry-protection');
    // 2026-10-15T23:00 + 90 days, rounded up to midnight UTC; the space in the key is "+" in the report.
    expect(finding!.message).toContain('In the inventory of 2026-11-01: 2 objects, 1024 bytes, the first deleted on 2027-01-14.');
  });

  it('leaves an s3:// inventory to lifeguard cost instead of failing the check', async () => {
    const dir = workspace({
      'policy.yaml': policy,
      '.lifeguard.yml': target('    inventory: s3://inventory-bucket/src-bucket/cfg/\n'),
      'referenced.csv': 'uri\ns3://src-bucket/models/fraud/v3/\n',
    });
    const loaded = await loadConfig(undefined, dir);
    if (!loaded.ok) throw new Error('config');
    const { report, ioErrors } = await runCheck(['policy.yaml'], loaded.config, dir);
    expect(ioErrors).toEqual([]);
    const [finding] = report.diagnostics.filter((d) => d.ruleId === 'registry-protection');
    expect(finding!.message).not.toContain('inventory');
  });

  it('names a quarantined object the registry references again, at its line of the quarantine file', async () => {
    const quarantine = JSON.stringify(
      {
        apiVersion: 'lifeguard/v1',
        kind: 'QuarantineBatches',
        target: 'arts',
        bucket: 'src-bucket',
        batches: [
          {
            tag: '2026-11-20',
            expireOn: '2026-11-28',
            prefixes: ['datasets/'],
            objects: [
              { key: 'datasets/old/a.parquet', size: 1 },
              { key: 'datasets/d1/b.parquet', size: 2 },
            ],
          },
        ],
      },
      null,
      2,
    );
    const dir = workspace({
      'policy.yaml': policy.replace('expireAfterDays: 90', 'transitions: [{ afterDays: 30, storageClass: STANDARD_IA }]'),
      '.lifeguard.yml': target(),
      'referenced.csv': 'uri\ns3://src-bucket/datasets/d1/\n',
    });
    writeQuarantine(dir, quarantine);
    const loaded = await loadConfig(undefined, dir);
    if (!loaded.ok) throw new Error('config');
    const { report } = await runCheck(['policy.yaml'], loaded.config, dir);
    const protection = report.diagnostics.filter((d) => d.ruleId === 'registry-protection');
    expect(protection.map((d) => [d.file, d.line])).toEqual([['.lifeguard/quarantine/arts.json', 18]]);
    expect(protection[0]!.message).toContain(
      "quarantine batch 2026-11-20 (rule 'lifeguard-quarantine-2026-11-20') expires datasets/d1/b.parquet on 2026-11-28",
    );
    expect(protection[0]!.message).toContain('lifeguard orphans --target arts --release');
  });

  it('reports a malformed quarantine file at its line', async () => {
    const dir = workspace({ 'policy.yaml': policy, '.lifeguard.yml': target(), 'referenced.csv': 'uri\ns3://src-bucket/datasets/d1/\n' });
    writeQuarantine(
      dir,
      '{\n  "apiVersion": "lifeguard/v1",\n  "kind": "QuarantineBatches",\n  "target": "arts",\n  "bucket": "other-bucket",\n  "batches": []\n}\n',
    );
    const loaded = await loadConfig(undefined, dir);
    if (!loaded.ok) throw new Error('config');
    const { report } = await runCheck(['policy.yaml'], loaded.config, dir);
    const q = report.diagnostics.filter((d) => d.ruleId === 'quarantine-file');
    expect(q.map((d) => [d.file, d.line, d.message])).toEqual([
      ['.lifeguard/quarantine/arts.json', 5, 'the quarantine file is for bucket "other-bucket", but target arts is bucket "src-bucket".'],
    ]);
  });
});

function writeQuarantine(dir: string, text: string): void {
  mkdirSync(join(dir, '.lifeguard/quarantine'), { recursive: true });
  writeFileSync(join(dir, '.lifeguard/quarantine/arts.json'), text);
}
