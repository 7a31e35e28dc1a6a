/**
 * A retention policy as a target's source, on a real RGW bucket: compiled for the target's stage
 * and bucket, planned with bucket-state findings located in the policy, applied and verified; the
 * drift guard compiles the base version of the policy; a committed file that disagrees with its
 * policy is refused.
 */
import { execFileSync } from 'node:child_process';
import { PutBucketLifecycleConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBucket,
  lifeguardYml,
  liveRules,
  removeBucket,
  runCli,
  testClient,
  uniqueBucket,
  useServerCredentials,
  workspace,
  writeFiles,
} from '../helpers/s3.js';

const policy = (devDays: number) => `apiVersion: lifeguard/v1
kind: RetentionPolicy
metadata:
  name: ml
bucket:
  name: placeholder-bucket
stages:
  dev:
    select: { prefix: ml/dev/ }
    expireAfterDays: ${devDays}
    noncurrentVersions: { expireAfterDays: 7 }
  staging:
    select: { prefix: ml/staging/ }
    expireAfterDays: 60
`;

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', '-c', 'init.defaultBranch=main', ...args], {
    cwd: dir,
    stdio: 'ignore',
  });
}

let client: S3Client;
const buckets: string[] = [];
const bucket = async (label: string) => {
  const b = uniqueBucket(label);
  buckets.push(b);
  return createBucket(client, b);
};

beforeAll(() => {
  useServerCredentials();
  client = testClient();
});
afterAll(async () => {
  for (const b of buckets) await removeBucket(client, b);
});

describe('a policy source', () => {
  it("is compiled for the target's stage and bucket, planned with findings in the policy, and applied", async () => {
    const b = await bucket('policy');
    const dir = workspace({
      '.lifeguard.yml': lifeguardYml([{ name: 'dev', bucket: b, lifecycle: 'x', extra: 'stage: dev' }]).replace(
        'lifecycle: x',
        'policy: retention/ml.yaml',
      ),
      'retention/ml.yaml': policy(14),
    });
    const plan = await runCli(['plan', '--format', 'json'], dir);
    expect(plan.code, plan.stdout).toBe(0);
    const t = JSON.parse(plan.stdout).targets[0];
    expect(t.source).toBe('retention/ml.yaml');
    expect(t.diff.changes.map((c: { kind: string; name: string }) => `${c.kind} ${c.name}`)).toEqual(
      expect.arrayContaining(['added ml.dev.expire', 'added ml.dev.noncurrent']),
    );
    expect(t.diff.changes.some((c: { name: string }) => c.name.startsWith('ml.staging'))).toBe(false);
    // The bucket was never versioned: the noncurrent rule is reported at the policy line that made it.
    const w4 = t.diagnostics.find((d: { ruleId: string }) => d.ruleId === 'noncurrent-on-unversioned-bucket');
    expect(w4).toMatchObject({ file: 'retention/ml.yaml', line: 11 });

    const apply = await runCli(['apply', '--yes'], dir);
    expect(apply.code, apply.stdout).toBe(0);
    expect(apply.stdout).toMatch(/verified: its lifecycle configuration now equals retention\/ml\.yaml/);
    expect((await liveRules(client, b))?.map((r) => r.ID)).toEqual(expect.arrayContaining(['ml.dev.expire', 'ml.dev.noncurrent']));
  });

  it("drift guard: compiles the base commit's policy and compares it with the live rules", async () => {
    const b = await bucket('policy-drift');
    const dir = workspace({
      '.lifeguard.yml': lifeguardYml([{ name: 'dev', bucket: b, lifecycle: 'x', extra: 'stage: dev' }]).replace(
        'lifecycle: x',
        'policy: ml.yaml',
      ),
      'ml.yaml': policy(14),
    });
    expect((await runCli(['apply', '--yes'], dir)).code).toBe(0);
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    writeFiles(dir, { 'ml.yaml': policy(21) });
    const clean = await runCli(['apply', '--yes', '--base-ref', 'HEAD'], dir);
    expect(clean.code, clean.stdout).toBe(0);
    expect(clean.stdout).toContain('drift guard: the live rules match HEAD:ml.yaml');

    git(dir, 'commit', '-qam', 'v21');
    writeFiles(dir, { 'ml.yaml': policy(28) });
    await client.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: b,
        LifecycleConfiguration: { Rules: [{ ID: 'by-hand', Status: 'Enabled', Filter: { Prefix: 'x/' }, Expiration: { Days: 1 } }] },
      }),
    );
    const drifted = await runCli(['apply', '--yes', '--base-ref', 'HEAD'], dir);
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toContain("refused: drift: the bucket's live rules differ from HEAD:ml.yaml");
    expect(drifted.stdout).toContain('rule by-hand added');
  });

  it('with a committed lifecycle file too: the file is applied only when it matches the policy', async () => {
    const b = await bucket('policy-pair');
    const compiled = await runCli(['compile', 'ml.yaml'], workspace({ 'ml.yaml': policy(14) }));
    expect(compiled.code, compiled.stderr).toBe(0);
    const yml = lifeguardYml([{ name: 'dev', bucket: b, lifecycle: 'ml.lifecycle.json', extra: 'stage: dev' }]).replace(
      'lifecycle: ml.lifecycle.json',
      'lifecycle: ml.lifecycle.json\n      policy: ml.yaml',
    );
    // The compiled file is for all stages and the policy's own bucket name: it does not match the dev target.
    const dir = workspace({
      '.lifeguard.yml': yml,
      'ml.yaml': policy(14),
      'ml.lifecycle.json': compiled.stdout.replace('placeholder-bucket', b),
    });
    const refused = await runCli(['apply', '--yes'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /error {2}target 'dev': ml\.lifecycle\.json does not match policy ml\.yaml \(stage 'dev'\).*lifecycle-matches-policy/,
    );
    expect(await liveRules(client, b)).toBeUndefined();
  });
});
