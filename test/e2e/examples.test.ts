/**
 * examples/: every example's committed report (examples/expected/) is what the CLI bundle prints
 * today, so the expectations cannot rot; the seed configurations AWS rejects fail, the others pass.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// A plain ESM script (typed by inference, allowJs), shared with `npm run examples:expected`.
import { EXAMPLE, checkExample } from '../../scripts/update-examples.mjs';
import { ROOT } from './run.js';

const examples: string[] = readdirSync(`${ROOT}/examples`).filter((n) => EXAMPLE.test(n)).sort();
const expectedFile = (name: string) => `${ROOT}/examples/expected/${name.replace(EXAMPLE, '')}.txt`;

/** The configurations from the seeds that AWS rejects, and the first rule lifeguard must name. */
const REJECTED: Record<string, string> = {
  'seed-000-tiered-storage.yaml': "examples/seed-000-tiered-storage.yaml:21:15  error  rule 'tiered-storage-checkpoints': the Transition to STANDARD_IA after 14 days is too early",
  'seed-002-terraform-ml-data.json': "examples/seed-002-terraform-ml-data.json:8:19  error  rule 'checkpoint-cleanup': the Transition to STANDARD_IA after 7 days is too early",
};

describe('examples', () => {
  it('has a committed report for every example and no stale ones', () => {
    const reports = readdirSync(`${ROOT}/examples/expected`).sort();
    expect(reports).toEqual(examples.map((n) => expectedFile(n).split('/').at(-1)).sort());
  });

  for (const name of examples) {
    it(`${name}: the CLI still reports what examples/expected/ says (run \`npm run examples:expected\` after a rule change)`, () => {
      expect(checkExample(name)).toBe(readFileSync(expectedFile(name), 'utf8'));
    });
  }

  it('fails the seed configurations AWS rejects, at the faulty line', () => {
    for (const [name, line] of Object.entries(REJECTED)) {
      const report = readFileSync(expectedFile(name), 'utf8');
      expect(report).toContain(line);
      expect(report).toMatch(/exit status: 1\n$/);
    }
  });

  it('passes the correct example with no finding at all', () => {
    expect(readFileSync(expectedFile('passing-ml-artifacts.yaml'), 'utf8')).toBe(
      '$ lifeguard check examples/passing-ml-artifacts.yaml\n1 file checked: no problems.\nexit status: 0\n',
    );
  });

  it('npm run demo checks the whole folder (accepting its exit status 1), compiles the policy and projects the cost', () => {
    const r = spawnSync('npm', ['run', '--silent', 'demo'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    for (const line of Object.values(REJECTED)) expect(r.stdout).toContain(line);
    expect(r.stdout).toMatch(/in \d+ files\.\n\(exit status 1: the examples include configurations AWS rejects/);
    expect(r.stdout).toContain('"ID": "ml-artifacts.dev.expire"');
    expect(r.stdout).toMatch(/Total: current \$[\d,.]+, proposed \$[\d,.]+: saves/);
  });
});
