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

const examples: string[] = readdirSync(`${ROOT}/examples`)
  .filter((n) => EXAMPLE.test(n))
  .sort();
const expectedFile = (name: string) => `${ROOT}/examples/expected/${name.replace(EXAMPLE, '')}.txt`;

/** The example configurations AWS rejects today, and a finding lifeguard must report on each. */
const REJECTED: Record<string, string> = {
  'aws-cli-8239-expiration.json':
    "examples/aws-cli-8239-expiration.json:6:9  error  rule 'my_rule_id': its Expiration has both Days and ExpiredObjectDeleteMarker; it takes exactly one  expiration-one-of",
};

/** Seed configurations AWS rejected until 2026-07-16 (Standard-IA before day 30) and accepts since: no error. */
const ACCEPTED_SINCE_JULY_2026 = ['seed-000-tiered-storage.yaml', 'seed-002-terraform-ml-data.json'];

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

  it('fails the configurations AWS rejects, at the faulty line', () => {
    for (const [name, line] of Object.entries(REJECTED)) {
      const report = readFileSync(expectedFile(name), 'utf8');
      expect(report).toContain(line);
      expect(report).toMatch(/exit status: 1\n$/);
    }
  });

  it('passes the seed configurations AWS accepts since 2026-07-16, with no error (the costs that remain are warnings)', () => {
    for (const name of ACCEPTED_SINCE_JULY_2026) {
      const report = readFileSync(expectedFile(name), 'utf8');
      expect(report).not.toMatch(/ {2}error {2}/);
      expect(report).toMatch(/exit status: 0\n$/);
    }
    expect(readFileSync(expectedFile('seed-002-terraform-ml-data.json'), 'utf8')).toContain(
      "rule 'checkpoint-cleanup': objects leave STANDARD_IA after 23 days, but STANDARD_IA bills 30 days  early-deletion-charge",
    );
  });

  it("the README's first example is one of them: its lines are what the CLI prints, with an error AWS gives today", () => {
    const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
    const block = /## What it catches\n[\s\S]*?```\n([\s\S]*?)```/.exec(readme)![1]!.split('\n').filter(Boolean);
    const name = /^\$ lifeguard check examples\/(\S+)$/.exec(block[0]!)![1]!;
    expect(Object.keys(REJECTED)).toContain(name);
    const printed = checkExample(name).split('\n');
    let at = 0;
    for (const line of block) {
      const found = printed.indexOf(line, at);
      expect(found, `README line not printed (in this order) by the CLI: ${line}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
    expect(block.some((l) => l.includes('  error  '))).toBe(true);
    expect(block.some((l) => l.trim().startsWith('answer: AWS answers PutBucketLifecycleConfiguration with MalformedXML'))).toBe(true);
  });

  it('every block of the README\'s "What it catches" is what the CLI prints (the JSON catch, the Terraform one, the costly warning)', () => {
    const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
    const section = /## What it catches\n([\s\S]*?)\n## /.exec(readme)![1]!;
    const blocks = [...section.matchAll(/```\n(\$ lifeguard check [\s\S]*?)```/g)].map((m) => m[1]!.split('\n').filter(Boolean));
    expect(blocks.map((b) => b[0])).toEqual([
      '$ lifeguard check examples/aws-cli-8239-expiration.json',
      '$ lifeguard check examples/terraform/provider-42373-two-predicates.tf',
      '$ lifeguard check examples/seed-001-stage-rules.yaml',
    ]);
    for (const block of blocks) {
      const printed = checkExample(/^\$ lifeguard check examples\/(\S+)$/.exec(block[0]!)![1]!).split('\n');
      let at = 0;
      for (const line of block) {
        const found = printed.indexOf(line, at);
        expect(found, `README line not printed (in this order) by the CLI: ${line}`).toBeGreaterThanOrEqual(0);
        at = found + 1;
      }
    }
    const terraform = blocks[1]!.join('\n');
    expect(terraform).toMatch(/provider-42373-two-predicates\.tf:14:34 {2}error {2}aws_s3_bucket_lifecycle_configuration\.lifecycle_rules/);
  });

  it("the README's cost example is what the CLI prints for it", () => {
    const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
    const block = /### cost\n\n```\n([\s\S]*?)```/.exec(readme)![1]!.split('\n').filter(Boolean);
    const args = /^\$ lifeguard (cost .*)$/.exec(block[0]!)![1]!.split(' ');
    const r = spawnSync(process.execPath, ['dist/cli/index.js', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status, r.stderr).toBe(0);
    const printed = r.stdout.split('\n');
    expect(block.length).toBeGreaterThan(2);
    let at = 0;
    for (const line of block.slice(1)) {
      const found = printed.indexOf(line, at);
      expect(found, `README line not printed (in this order) by the CLI: ${line}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
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
    expect(r.stdout).toMatch(/in \d+ files\.\n\(exit status 1: the examples include a configuration AWS rejects today/);
    expect(r.stdout).toContain('"ID": "ml-artifacts.dev.expire"');
    expect(r.stdout).toMatch(/Total: current \$[\d,.]+, proposed \$[\d,.]+: saves/);
  });
});
