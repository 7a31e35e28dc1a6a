/** Usage errors of plan and apply: one sentence on standard error, exit 2, nothing contacted. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const TWO_TARGETS = `targets:
  - { name: a, bucket: bucket-a, source: { lifecycle: a.json } }
  - { name: b, bucket: bucket-b, source: { lifecycle: a.json } }
`;

async function run(args: string[], files: Record<string, string> = { '.lifeguard.yml': TWO_TARGETS }) {
  const dir = mkdtempSync(join(tmpdir(), 'lifeguard-usage-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd: dir, color: false, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('plan and apply usage', () => {
  it.each([
    [
      ['plan', '--format', 'sarif'],
      "lifeguard: unknown format 'sarif'; use one of stylish, json, markdown. Run 'lifeguard plan --help' for usage.\n",
    ],
    [
      ['plan', '--max-objects', 'lots'],
      "lifeguard: --max-objects takes a whole number, not 'lots'. Run 'lifeguard plan --help' for usage.\n",
    ],
    [['plan', '--target', 'c'], "lifeguard: no target named 'c'; the targets are a, b. Run 'lifeguard plan --help' for usage.\n"],
    [
      ['apply', '--on-drift', 'ignore'],
      "lifeguard: --on-drift takes stop or overwrite, not 'ignore'. Run 'lifeguard apply --help' for usage.\n",
    ],
    [
      ['apply', '--base', 'x.json', '--base-ref', 'main'],
      "lifeguard: give --base or --base-ref, not both. Run 'lifeguard apply --help' for usage.\n",
    ],
    [
      ['apply', '--base', 'x.json'],
      "lifeguard: --base FILE is the base of one target's file; name that target with --target (or use --base-ref). Run 'lifeguard apply --help' for usage.\n",
    ],
    [['apply', '--history-depth', '0'], "lifeguard: --history-depth must be at least 1. Run 'lifeguard apply --help' for usage.\n"],
    [
      ['plan', '--drift', '--history-depth', '0'],
      "lifeguard: --history-depth must be at least 1. Run 'lifeguard plan --help' for usage.\n",
    ],
    [['apply', '--force'], "lifeguard: unknown option '--force'. Run 'lifeguard apply --help' for usage.\n"],
  ])('%j', async (args, message) => {
    const r = await run(args);
    expect(r.stderr).toBe(message);
    expect(r.code).toBe(2);
  });

  it('says so when .lifeguard.yml has no targets', async () => {
    const r = await run(['plan'], { '.lifeguard.yml': 'rules: {}\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.lifeguard.yml defines no targets');
  });

  it('reports a missing policy, a file of the wrong kind and a missing lifecycle file, per target (exit 1)', async () => {
    const r = await run(['plan'], {
      '.lifeguard.yml':
        'targets:\n  - { name: p, bucket: bucket-p, source: { policy: retention.yaml } }\n  - { name: k, bucket: bucket-k, source: { policy: a.json } }\n  - { name: m, bucket: bucket-m, source: { lifecycle: missing.json } }\n',
      'a.json': '{"Rules": []}\n',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('could not be planned: retention.yaml: no such file or folder');
    expect(r.stdout).toContain('could not be planned: a.json is not a retention policy (kind: RetentionPolicy)');
    expect(r.stdout).toContain('could not be planned: missing.json: no such file or folder');
  });

  it("reports a policy without the target's stage before touching S3", async () => {
    const policy =
      'apiVersion: lifeguard/v1\nkind: RetentionPolicy\nmetadata: { name: p }\nbucket: { name: bucket-p }\nstages:\n  dev: { select: { prefix: dev/ }, expireAfterDays: 14 }\n';
    const r = await run(['plan'], {
      '.lifeguard.yml': 'targets:\n  - { name: p, bucket: bucket-p, stage: prod, source: { policy: p.yaml } }\n',
      'p.yaml': policy,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("could not be planned: policy p.yaml has no stage 'prod' (the target's stage)");
  });

  it('refuses a request-shaped file that names another bucket', async () => {
    const request = JSON.stringify({
      Bucket: 'someone-elses',
      LifecycleConfiguration: { Rules: [{ ID: 'e', Status: 'Enabled', Filter: {}, Expiration: { Days: 3 } }] },
    });
    const r = await run(['plan', '--target', 'a'], { '.lifeguard.yml': TWO_TARGETS, 'a.json': request });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('could not be planned: a.json is a request for bucket someone-elses, but target a is bucket bucket-a');
  });

  it('writes the plan to --output, relative to the working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lifeguard-usage-'));
    writeFileSync(join(dir, '.lifeguard.yml'), 'targets:\n  - { name: p, bucket: bucket-p, source: { lifecycle: missing.json } }\n');
    let stdout = '';
    const code = await main(['plan', '-f', 'markdown', '-o', 'plan.md'], {
      cwd: dir,
      color: false,
      env: {},
      stdout: (t) => void (stdout += t),
      stderr: () => {},
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toMatch(/^## lifeguard plan\n\n1 target: 0 to change, 0 unchanged, 1 failed/);
  });

  it('prints help', async () => {
    for (const c of ['plan', 'apply']) {
      const r = await run([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: lifeguard ${c} \\[options\\]`));
    }
  });
});
