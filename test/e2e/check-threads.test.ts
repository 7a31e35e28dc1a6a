/**
 * check on a large folder spreads files over worker threads (the CLI bundle serves as its own
 * worker): the report must be the same, byte for byte, as the one-thread run, stylish and JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARALLEL_MIN_FILES } from '../../src/pipeline/check-workers.js';

const CLI = resolve('dist/cli/index.js');

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lg-threads-'));
  for (let i = 0; i < PARALLEL_MIN_FILES * 2 + 3; i++) {
    mkdirSync(join(dir, `t${i % 5}`), { recursive: true });
    const days = 10 + (i % 40); // under 30: AWS rejects the Standard-IA transition
    const rules = [
      {
        ID: `r${i}`,
        Status: 'Enabled',
        Filter: { Prefix: `p${i}/` },
        Transitions: [{ Days: days, StorageClass: 'STANDARD_IA' }],
        Expiration: { Days: 400 },
      },
      { ID: 'tmp', Status: 'Enabled', Filter: {}, Expiration: { Days: 7 } },
    ];
    const body = i % 2 ? JSON.stringify({ Rules: rules }, null, 2) : `Rules:\n${rules.map((r) => `  - ${JSON.stringify(r)}`).join('\n')}\n`;
    writeFileSync(join(dir, `t${i % 5}`, `b${i}.${i % 2 ? 'json' : 'yaml'}`), body);
  }
  writeFileSync(join(dir, 't0', 'broken.json'), '{"Rules": [');
  return dir;
}

const run = (dir: string, args: string[], threads: '1' | 'auto') =>
  spawnSync(process.execPath, [CLI, 'check', '.', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LIFEGUARD_THREADS: threads === '1' ? '1' : '' },
  });

describe('check over a large folder on several threads', () => {
  const dir = folder();
  it('gives the same JSON report as one thread', () => {
    const one = run(dir, ['--format', 'json'], '1');
    const many = run(dir, ['--format', 'json'], 'auto');
    expect(many.status).toBe(1);
    expect(many.stdout).toBe(one.stdout);
    const report = JSON.parse(many.stdout);
    expect(report.summary.files).toBe(PARALLEL_MIN_FILES * 2 + 4);
    expect(report.diagnostics.some((d: { ruleId: string }) => d.ruleId === 'parse-error')).toBe(true);
  });

  it('gives the same stylish report, code frames included', () => {
    const one = run(dir, [], '1');
    const many = run(dir, [], 'auto');
    expect(many.stdout).toBe(one.stdout);
    expect(many.stdout).toMatch(/> +\d+ \|/);
  });
});
