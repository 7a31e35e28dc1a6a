/**
 * Registry protection through the CLI's check pipeline: a target's lifecycle file is checked against
 * the registry manifest named in .lifeguard.yml, with findings at the right lines of both files.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { runCheck } from '../../src/pipeline/check.js';

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
      'referenced.csv': 'uri,model,version,stage\ns3://ml-artifacts/models/fraud/v3/,fraud,3,Production\ns3://ml-artifacts/models/churn/v7,churn,7,Staging\ns3://other/x/,o,1,None\n',
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
