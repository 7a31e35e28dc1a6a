/**
 * The target's proposed configuration with its quarantine batches: generated rules follow the
 * source's own, findings about them point into the quarantine file, and IDs lifeguard owns are
 * refused in the source.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { proposedConfiguration } from '../../src/plan/source.js';
import { renderQuarantine } from '../../src/quarantine/record.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lg-quarantine-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const quarantine = renderQuarantine({
  target: 'arts',
  bucket: 'ml-artifacts',
  batches: [{ tag: '2026-11-20', expireOn: '2026-11-28', prefixes: ['models/'], objects: [{ key: 'models/old/a.pt', size: 5 }] }],
});

async function proposed(files: Record<string, string>) {
  const dir = workspace({
    '.lifeguard.yml': 'targets:\n  - name: arts\n    bucket: ml-artifacts\n    source: { lifecycle: rules.json }\n',
    ...files,
  });
  const loaded = await loadConfig(undefined, dir);
  if (!loaded.ok) throw new Error('config');
  const result = await proposedConfiguration(loaded.config.targets[0]!, loaded.config);
  if (!result.ok) throw new Error(result.message);
  return result.proposed;
}

describe('a target with quarantine batches', () => {
  it('proposes its own rules followed by one rule per batch prefix, and locates the generated rule in the quarantine file', async () => {
    const p = await proposed({
      'rules.json': '{"Rules":[{"ID":"logs","Status":"Enabled","Filter":{"Prefix":"logs/"},"Expiration":{"Days":30}}]}',
      '.lifeguard/quarantine/arts.json': quarantine,
    });
    expect(p.configuration.Rules.map((r) => (r as { ID: string }).ID)).toEqual(['logs', 'lifeguard-quarantine-2026-11-20']);
    expect(p.ownRules).toBe(1);
    expect(p.rules.map((r) => r.view.pointer)).toEqual(['/Rules/0', '/Rules/1']);
    expect(p.locate!('/Rules/1/Expiration/Date')).toEqual({ file: '.lifeguard/quarantine/arts.json', pointer: '/batches/0/expireOn' });
    expect(p.locate!('/Rules/0/Expiration')).toEqual({ file: 'rules.json', pointer: '/Rules/0/Expiration' });
    expect(p.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('refuses a hand-written rule with an ID lifeguard owns', async () => {
    const p = await proposed({
      'rules.json': '{"Rules":[{"ID":"lifeguard-quarantine-x","Status":"Enabled","Filter":{"Prefix":"a/"},"Expiration":{"Days":3}}]}',
    });
    expect(p.findings.filter((f) => f.ruleId === 'quarantine-file').map((f) => [f.file, f.pointer])).toEqual([
      ['rules.json', '/Rules/0/ID'],
    ]);
  });

  it('counts the generated rules against the 1,000-rule limit', async () => {
    const rules = Array.from({ length: 1000 }, (_, i) => ({
      ID: `r${i}`,
      Status: 'Enabled',
      Filter: { Prefix: `p${i}/` },
      Expiration: { Days: 30 },
    }));
    const p = await proposed({ 'rules.json': JSON.stringify({ Rules: rules }), '.lifeguard/quarantine/arts.json': quarantine });
    expect(p.findings.filter((f) => f.ruleId === 'quarantine-file').map((f) => f.message)).toEqual([
      expect.stringContaining("over S3's limit of 1000 rules per bucket"),
    ]);
  });
});
