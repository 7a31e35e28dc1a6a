/**
 * The drift guard on a real bucket: the base version of the target's file (from git or a file)
 * must match the live rules, or apply stops and shows what changed outside git.
 */
import { execFileSync } from 'node:child_process';
import { type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configurationsEqual } from '../../src/diff/diff.js';
import { toJson, toSdkRules } from '../../src/s3/convert.js';
import { PutBucketLifecycleConfigurationCommand } from '@aws-sdk/client-s3';
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

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const V1 = { Rules: [{ ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } }] };
const V2 = { Rules: [{ ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 14 } }] };
const HAND_MADE = { Rules: [{ ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 5 } }] };

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', '-c', 'init.defaultBranch=main', ...args], {
    cwd: dir,
    stdio: 'ignore',
  });
}

let client: S3Client;
const buckets: string[] = [];

beforeAll(() => {
  useServerCredentials();
  client = testClient();
});
afterAll(async () => {
  for (const b of buckets) await removeBucket(client, b);
});

async function repoWithAppliedV1(label: string): Promise<{ dir: string; bucket: string }> {
  const bucket = uniqueBucket(label);
  buckets.push(bucket);
  await createBucket(client, bucket, { rules: toSdkRules(V1.Rules) });
  const dir = workspace({
    '.lifeguard.yml': lifeguardYml([{ name: 'logs', bucket, lifecycle: 'lifecycle/logs.json' }]),
    'lifecycle/logs.json': json(V1),
  });
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'v1');
  writeFiles(dir, { 'lifecycle/logs.json': json(V2) });
  return { dir, bucket };
}

describe('apply --base-ref', () => {
  it("applies when the live rules match the base commit's file", async () => {
    const { dir, bucket } = await repoWithAppliedV1('drift-clean');
    const apply = await runCli(['apply', '--yes', '--base-ref', 'HEAD'], dir);
    expect(apply.code, apply.stdout).toBe(0);
    expect(apply.stdout).toContain('drift guard: the live rules match HEAD:lifecycle/logs.json');
    expect(configurationsEqual({ Rules: toJson(await liveRules(client, bucket)) }, V2)).toBe(true);
  });

  it('stops on a bucket changed outside git, shows the drift, and changes nothing; --on-drift overwrite replaces it', async () => {
    const { dir, bucket } = await repoWithAppliedV1('drift-stop');
    await client.send(
      new PutBucketLifecycleConfigurationCommand({ Bucket: bucket, LifecycleConfiguration: { Rules: toSdkRules(HAND_MADE.Rules) } }),
    );

    const stopped = await runCli(['apply', '--yes', '--base-ref', 'HEAD'], dir);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toContain("refused: drift: the bucket's live rules differ from HEAD:lifecycle/logs.json");
    expect(stopped.stdout).toContain('expire-logs: Expiration 30 → 5 days');
    expect(configurationsEqual({ Rules: toJson(await liveRules(client, bucket)) }, HAND_MADE)).toBe(true);

    const overwritten = await runCli(['apply', '--yes', '--base-ref', 'HEAD', '--on-drift', 'overwrite'], dir);
    expect(overwritten.code, overwritten.stdout).toBe(0);
    expect(overwritten.stdout).toContain('overwriting (--on-drift overwrite)');
    expect(configurationsEqual({ Rules: toJson(await liveRules(client, bucket)) }, V2)).toBe(true);
  });

  it('treats a file the base commit lacks as "no rules": a bucket with rules has drifted', async () => {
    const bucket = uniqueBucket('drift-new');
    buckets.push(bucket);
    await createBucket(client, bucket, { rules: toSdkRules(HAND_MADE.Rules) });
    const dir = workspace({ 'README.md': 'x\n' });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    writeFiles(dir, { '.lifeguard.yml': lifeguardYml([{ name: 'logs', bucket, lifecycle: 'logs.json' }]), 'logs.json': json(V2) });
    const stopped = await runCli(['apply', '--yes', '--base-ref', 'HEAD'], dir);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toContain('differ from HEAD:logs.json (no such file there)');
  });

  it('says so when the ref is not a commit', async () => {
    const { dir } = await repoWithAppliedV1('drift-badref');
    const r = await runCli(['apply', '--yes', '--base-ref', 'no-such-branch'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('refused: drift guard: --base-ref no-such-branch is not a commit');
  });
});

describe('apply --base FILE', () => {
  it('uses the given file as the base', async () => {
    const { dir, bucket } = await repoWithAppliedV1('drift-file');
    writeFiles(dir, { 'base.json': json(HAND_MADE) });
    const stopped = await runCli(['apply', '--yes', '--base', 'base.json'], dir);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toContain('differ from base.json');
    expect(stopped.stdout).toContain('expire-logs: Expiration 5 → 30 days');
    writeFiles(dir, { 'base.json': json(V1) });
    const applied = await runCli(['apply', '--yes', '--base', 'base.json'], dir);
    expect(applied.code, applied.stdout).toBe(0);
    expect(configurationsEqual({ Rules: toJson(await liveRules(client, bucket)) }, V2)).toBe(true);
  });
});

describe("without a base, in a git checkout: the branch's history decides", () => {
  it("apply takes a bucket holding an earlier commit's rules as lagging and applies; plan --drift exits 3 and says which", async () => {
    const { dir, bucket } = await repoWithAppliedV1('history-lag');
    git(dir, 'commit', '-qam', 'v2');
    const planned = await runCli(['plan', '--drift', '--max-objects', '0'], dir);
    expect(planned.code, planned.stdout + planned.stderr).toBe(3);
    expect(planned.stdout).toMatch(/history: lagging: the bucket holds the rules of [0-9a-f]{7} \(\d{4}-\d\d-\d\d, "v1"\)/);
    const apply = await runCli(['apply', '--yes'], dir);
    expect(apply.code, apply.stdout).toBe(0);
    expect(apply.stdout).toMatch(/drift guard: lagging, not drifted: the bucket holds the rules of [0-9a-f]{7} \(/);
    expect(configurationsEqual({ Rules: toJson(await liveRules(client, bucket)) }, V2)).toBe(true);
    const after = await runCli(['plan', '--drift', '--max-objects', '0'], dir);
    expect(after.code, after.stdout).toBe(0);
    expect(after.stdout).toContain('history: in sync with the branch');
  });

  it('apply stops on rules no commit had, and plan --drift exits 3 on them', async () => {
    const { dir, bucket } = await repoWithAppliedV1('history-drift');
    git(dir, 'commit', '-qam', 'v2');
    await client.send(
      new PutBucketLifecycleConfigurationCommand({ Bucket: bucket, LifecycleConfiguration: { Rules: toSdkRules(HAND_MADE.Rules) } }),
    );
    const planned = await runCli(['plan', '--drift', '--max-objects', '0', '--format', 'json'], dir);
    expect(planned.code).toBe(3);
    expect(JSON.parse(planned.stdout).targets[0].sync).toEqual({
      state: 'drifted',
      searched: 2,
      complete: true,
      desiredSince: expect.objectContaining({ subject: 'v2' }),
    });
    const stopped = await runCli(['apply', '--yes'], dir);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toContain(
      "refused: drift: drifted: the bucket's rules match none of the 2 versions of the target's rules in the branch's whole history, so something changed them outside git; rerun with --on-drift overwrite to replace them",
    );
    expect(configurationsEqual({ Rules: toJson(await liveRules(client, bucket)) }, HAND_MADE)).toBe(true);
  });
});
