import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/pipeline/check.js';

const config = (rules = {}) => ({ dir: '/', rules, targets: [], gates: {} });

describe('a file too large to check, found in a folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lg-skip-'));
  mkdirSync(join(dir, 'lifecycle'));
  // Looks like a lifecycle configuration from its first bytes, but is over the 5 MiB limit.
  writeFileSync(
    join(dir, 'lifecycle', 'huge.json'),
    `{"Rules": [${'{"ID": "x", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 1}},'.repeat(80_000)}{}]}`,
  );
  // A large data file that does not look like one is left alone.
  writeFileSync(join(dir, 'lifecycle', 'data.json'), `[${'1,'.repeat(3_000_000)}1]`);

  it('is an error by default: a check that could not look must not pass', async () => {
    const { report } = await runCheck(['lifecycle'], config(), dir);
    expect(report.diagnostics.map((d) => [d.file, d.ruleId, d.severity])).toEqual([['lifecycle/huge.json', 'skipped-file', 'error']]);
  });

  it('can be lowered in .lifeguard.yml', async () => {
    const { report } = await runCheck(['lifecycle'], config({ 'skipped-file': 'warning' }), dir);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 1 });
  });
});
