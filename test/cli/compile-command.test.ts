/**
 * `lifeguard compile` through the CLI's entry (main), on real files in a temporary folder: output,
 * files per bucket, findings on standard error at policy lines, and exit statuses as for check.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { HEAD } from '../helpers/policy.js';

async function run(args: string[], files: Record<string, string> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'lg-compile-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, color: false, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr, cwd };
}

const DEV = `${HEAD}stages:\n  dev:\n    select: { prefix: dev/ }\n    expireAfterDays: 14\n`;

describe('lifeguard compile', () => {
  it('prints the request of one policy, byte for byte the committed example', async () => {
    const example = readFileSync('examples/retention/ml-artifacts.yaml', 'utf8');
    const r = await run(['compile', 'p.yaml'], { 'p.yaml': example });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(readFileSync('examples/retention/ml-artifacts.lifecycle.json', 'utf8'));
  });

  it('writes one file per bucket with --out', async () => {
    const other = DEV.replace('test-bucket', 'other-bucket');
    const r = await run(['compile', 'a.yaml', 'b.yaml', '--out', 'out'], { 'a.yaml': DEV, 'b.yaml': other });
    expect(r.code).toBe(0);
    expect(readdirSync(join(r.cwd, 'out')).sort()).toEqual(['other-bucket.lifecycle.json', 'test-bucket.lifecycle.json']);
    expect(JSON.parse(readFileSync(join(r.cwd, 'out', 'other-bucket.lifecycle.json'), 'utf8')).Bucket).toBe('other-bucket');
    expect(r.stdout).toBe('out/test-bucket.lifecycle.json: 3 rules from a.yaml\nout/other-bucket.lifecycle.json: 3 rules from b.yaml\n');
  });

  it('fails with exit 1 and the finding at the policy line; nothing printed or written', async () => {
    const bad = `${HEAD}stages:\n  checkpoints:\n    transitions:\n      - { afterDays: 0, storageClass: GLACIER_IR }\n      - { afterDays: 60, storageClass: DEEP_ARCHIVE }\n`;
    const r = await run(['compile', 'p.yaml', '--out', 'out'], { 'p.yaml': bad });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      "p.yaml\n  p.yaml:9:22  error  stage 'checkpoints': the transition to DEEP_ARCHIVE on day 60 comes 60 days after the move to GLACIER_IR",
    );
    expect(r.stderr).toContain('policy-compile');
    expect(r.stderr).not.toContain('(compiled)');
    expect(() => readdirSync(join(r.cwd, 'out'))).toThrow();
  });

  it('prints warnings to standard error and still compiles', async () => {
    const r = await run(['compile', 'p.yaml'], {
      'p.yaml': DEV.replace(
        'expireAfterDays: 14\n',
        'expireAfterDays: 14\n    noncurrentVersions: { keepNewest: 200, expireAfterDays: 1 }\n',
      ),
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/9:39 {2}warning {2}stage 'dev': keepNewest 200/);
    expect(JSON.parse(r.stdout).Bucket).toBe('test-bucket');
  });

  it('refuses two policies for one bucket', async () => {
    const r = await run(['compile', 'a.yaml', 'b.yaml', '-o', 'out'], { 'a.yaml': DEV, 'b.yaml': DEV.replace('dev', 'ops') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/b\.yaml\n {2}b\.yaml:4:17 {2}error {2}bucket test-bucket is also compiled from a\.yaml/);
  });

  it('a schema error, a lifecycle file and an unparsable file are findings (exit 1)', async () => {
    const r = await run(['compile', 'a.yaml', 'b.json', 'c.yaml', '-o', 'out'], {
      'a.yaml': `${HEAD}stages:\n  dev: { expireAfterDays: 0 }\n`,
      'b.json': '{"Rules": []}',
      'c.yaml': 'a: [',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.yaml\n {2}a\.yaml:6:27 {2}error {2}stage 'dev': expireAfterDays must be at least 1, not 0/);
    expect(r.stderr).toMatch(/b\.json\n {2}b\.json:1:1 {2}error {2}not a retention policy/);
    expect(r.stderr).toMatch(/c\.yaml\n {2}c\.yaml:1:\d+ {2}error/);
  });

  it('usage and I/O errors exit 2 with one sentence', async () => {
    expect((await run(['compile'])).stderr).toBe(
      "lifeguard: name the retention policy to compile. Run 'lifeguard compile --help' for usage.\n",
    );
    const two = await run(['compile', 'a.yaml', 'b.yaml'], { 'a.yaml': DEV, 'b.yaml': DEV });
    expect([two.code, two.stderr]).toEqual([
      2,
      "lifeguard: several policies need --out DIR (one file per bucket). Run 'lifeguard compile --help' for usage.\n",
    ]);
    const missing = await run(['compile', 'nope.yaml']);
    expect([missing.code, missing.stderr]).toEqual([2, 'lifeguard: nope.yaml: no such file or folder\n']);
  });

  it('is listed in the help', async () => {
    expect((await run(['--help'])).stdout).toContain('compile POLICY...');
    expect((await run(['compile', '--help'])).stdout).toContain('DIR/<bucket>.lifecycle.json');
  });
});
