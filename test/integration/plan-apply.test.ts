/**
 * plan and apply against a real Ceph RGW: a fresh bucket, a changed one, an unchanged one, the
 * backup that restores the old configuration, refusals, confirmation and --delete-all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PutBucketLifecycleConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configurationsEqual } from '../../src/diff/diff.js';
import { toJson, toSdkRules } from '../../src/s3/convert.js';
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
} from '../helpers/s3.js';

const LOGS_30 = {
  Rules: [
    { ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } },
    { ID: 'tmp-cleanup', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 7 } },
  ],
};
const LOGS_14 = {
  Rules: [
    { ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 14 } },
    { ID: 'abort-uploads', Status: 'Enabled', Filter: {}, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 3 } },
  ],
};
const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

let client: S3Client;
const buckets: string[] = [];
const bucket = (label: string) => {
  const b = uniqueBucket(label);
  buckets.push(b);
  return b;
};

beforeAll(() => {
  useServerCredentials();
  client = testClient();
});
afterAll(async () => {
  for (const b of buckets) await removeBucket(client, b);
});

describe('plan and apply on a fresh bucket (no lifecycle configuration)', () => {
  it('plans every rule as added, applies, verifies, and then plans no change', async () => {
    const b = await createBucket(client, bucket('fresh'));
    const dir = workspace({
      '.lifeguard.yml': lifeguardYml([{ name: 'logs', bucket: b, lifecycle: 'lifecycle/logs.json' }]),
      'lifecycle/logs.json': json(LOGS_14),
    });

    const plan = await runCli(['plan'], dir);
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain(`target logs: bucket ${b} from lifecycle/logs.json`);
    expect(plan.stdout).toContain('no lifecycle configuration');
    expect(plan.stdout).toMatch(/\+ rule abort-uploads added/);
    expect(plan.stdout).toMatch(/\+ rule expire-logs added: prefix logs\/: expire after 14 days/);

    const apply = await runCli(['apply', '--yes'], dir);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(apply.stdout).toMatch(
      /verified: its lifecycle configuration now equals lifecycle\/logs\.json \(2 rules, TransitionDefaultMinimumObjectSize all_storage_classes_128K\)/,
    );
    expect(apply.stdout).toContain(`to restore it: aws s3api delete-bucket-lifecycle --bucket ${b}`);
    expect(configurationsEqual({ Rules: toJson(await liveRules(client, b)) }, LOGS_14)).toBe(true);

    const again = await runCli(['plan'], dir);
    expect(again.stdout).toContain('no change: the bucket already has these rules');
  });
});

describe('plan and apply on a bucket whose rules change', () => {
  it('says what changes in plain words, backs up the old rules, and the backup restores them', async () => {
    const b = await createBucket(client, bucket('changed'), { rules: toSdkRules(LOGS_30.Rules) });
    const dir = workspace({
      '.lifeguard.yml': lifeguardYml([{ name: 'logs', bucket: b, lifecycle: 'logs.yaml' }]),
      'logs.yaml': json(LOGS_14),
    });

    const plan = await runCli(['plan', '--format', 'json'], dir);
    const report = JSON.parse(plan.stdout);
    expect(report.targets[0].diff.sentences).toEqual([
      expect.stringMatching(/^rule abort-uploads added/),
      'expire-logs: Expiration 30 → 14 days',
      expect.stringMatching(/^rule tmp-cleanup removed/),
    ]);

    const apply = await runCli(['apply', '--yes'], dir);
    expect(apply.code, apply.stdout).toBe(0);
    const saved = /previous configuration saved to (\S+)/.exec(apply.stdout)?.[1];
    expect(saved).toBeDefined();
    const backupPath = join(dir, saved!);
    expect(apply.stdout).toContain(`to restore it: aws s3api put-bucket-lifecycle-configuration --cli-input-json file://${saved}`);
    expect(configurationsEqual({ Rules: toJson(await liveRules(client, b)) }, LOGS_14)).toBe(true);

    // The backup is the request `aws s3api … --cli-input-json` sends: send exactly that.
    const request = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(request.Bucket).toBe(b);
    await client.send(
      new PutBucketLifecycleConfigurationCommand({
        ...request,
        LifecycleConfiguration: { Rules: toSdkRules(request.LifecycleConfiguration.Rules) },
      }),
    );
    expect(configurationsEqual({ Rules: toJson(await liveRules(client, b)) }, LOGS_30)).toBe(true);
  });
});

describe('apply on an unchanged bucket', () => {
  it('does nothing (no write, no backup) though RGW hands the rules back sorted and reshaped', async () => {
    // RGW returns And{Prefix, one Tag} as {Prefix, Tag} without And, and sorts rules by ID.
    const rules = {
      Rules: [
        {
          ID: 'tmp-cleanup',
          Status: 'Enabled',
          Filter: { And: { Prefix: 'tmp/', Tags: [{ Key: 'scratch', Value: 'yes' }] } },
          Expiration: { Days: 7 },
        },
        { ID: 'abort-uploads', Status: 'Enabled', Filter: {}, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 3 } },
      ],
    };
    const b = await createBucket(client, bucket('unchanged'), { rules: toSdkRules(rules.Rules) });
    const live = await liveRules(client, b);
    expect(live?.map((r) => r.ID)).toEqual(['abort-uploads', 'tmp-cleanup']);
    expect(live?.[1]?.Filter?.And).toBeUndefined();
    const dir = workspace({
      '.lifeguard.yml': lifeguardYml([{ name: 'logs', bucket: b, lifecycle: 'logs.json' }]),
      'logs.json': json(rules),
    });
    const apply = await runCli(['apply', '--yes'], dir);
    expect(apply.code, apply.stdout).toBe(0);
    expect(apply.stdout).toContain('nothing to do: the bucket already has these rules');
    expect(apply.stdout).toContain('apply: 0 applied, 1 unchanged.');
    expect(existsSync(join(dir, '.lifeguard'))).toBe(false);
  });
});

describe('apply refusals and confirmation', () => {
  it('refuses a target with error findings and leaves the bucket alone (RGW itself would accept the rule)', async () => {
    const b = await createBucket(client, bucket('refuse'), { rules: toSdkRules(LOGS_30.Rules) });
    const bad = {
      Rules: [
        { ID: 'ckpt-cleanup', Status: 'Enabled', Filter: { Prefix: 'ckpt/' }, Expiration: { Days: 1, ExpiredObjectDeleteMarker: true } },
      ],
    };
    const dir = workspace({
      '.lifeguard.yml': lifeguardYml([{ name: 'ckpt', bucket: b, lifecycle: 'ckpt.json' }]),
      'ckpt.json': json(bad),
    });
    const apply = await runCli(['apply', '--yes'], dir);
    expect(apply.code).toBe(1);
    expect(apply.stdout).toMatch(/ckpt\.json:\d+:\d+ {2}error {2}.*expiration-one-of/);
    expect(apply.stdout).toContain('refused: 1 error finding in the plan');
    expect(configurationsEqual({ Rules: toJson(await liveRules(client, b)) }, LOGS_30)).toBe(true);
  });

  it('without --yes and without a terminal changes nothing and exits 2; a terminal answer other than yes changes nothing', async () => {
    const b = await createBucket(client, bucket('confirm'));
    const dir = workspace({
      '.lifeguard.yml': lifeguardYml([{ name: 'logs', bucket: b, lifecycle: 'logs.json' }]),
      'logs.json': json(LOGS_14),
    });
    const noTty = await runCli(['apply'], dir);
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toContain('there is no terminal to confirm on');
    expect(await liveRules(client, b)).toBeUndefined();

    const questions: string[] = [];
    const declined = await runCli(['apply'], dir, async (q) => (questions.push(q), false));
    expect(questions).toEqual([expect.stringContaining('Apply these changes to 1 bucket?')]);
    expect(declined.code).toBe(1);
    expect(declined.stdout).toContain('Not confirmed: nothing was changed.');
    expect(await liveRules(client, b)).toBeUndefined();

    const accepted = await runCli(['apply'], dir, async () => true);
    expect(accepted.code, accepted.stdout).toBe(0);
    expect(await liveRules(client, b)).toHaveLength(2);
  });

  it('deletes the whole configuration only with --delete-all, and verifies it is gone', async () => {
    const b = await createBucket(client, bucket('delete-all'), { rules: toSdkRules(LOGS_30.Rules) });
    const dir = workspace({
      '.lifeguard.yml': lifeguardYml([{ name: 'logs', bucket: b, lifecycle: 'logs.json' }]),
      'logs.json': json({ Rules: [] }),
    });
    const refused = await runCli(['apply', '--yes'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("deleting the bucket's whole lifecycle configuration needs --delete-all");
    expect(await liveRules(client, b)).toHaveLength(2);

    const deleted = await runCli(['apply', '--yes', '--delete-all'], dir);
    expect(deleted.code, deleted.stdout).toBe(0);
    expect(deleted.stdout).toContain(`deleted the lifecycle configuration of ${b}; verified: the bucket now has none`);
    expect(await liveRules(client, b)).toBeUndefined();
  });

  it('applies each target independently: one missing bucket fails, the other is applied; exit 1', async () => {
    const good = await createBucket(client, bucket('indep'));
    const missing = uniqueBucket('missing');
    const dir = workspace({
      '.lifeguard.yml': lifeguardYml([
        { name: 'gone', bucket: missing, lifecycle: 'logs.json' },
        { name: 'good', bucket: good, lifecycle: 'logs.json' },
      ]),
      'logs.json': json(LOGS_14),
    });
    const apply = await runCli(['apply', '--yes'], dir);
    expect(apply.code).toBe(1);
    expect(apply.stdout).toContain(`refused: could not be planned: bucket ${missing} does not exist`);
    expect(apply.stdout).toMatch(/target good: applied to/);
    expect(apply.stdout).toContain('apply: 1 applied, 1 refused.');
    expect(await liveRules(client, good)).toHaveLength(2);
  });
});

describe('plan against the bucket state', () => {
  it("a versioned bucket: warns that Expiration without NoncurrentVersionExpiration frees nothing, at the rule's line", async () => {
    const b = await createBucket(client, bucket('versioned'), { versioning: true });
    const dir = workspace({
      '.lifeguard.yml': lifeguardYml([{ name: 'logs', bucket: b, lifecycle: 'logs.json' }]),
      'logs.json': json(LOGS_30),
    });
    const plan = await runCli(['plan', '--format', 'json'], dir);
    const t = JSON.parse(plan.stdout).targets[0];
    expect(t.bucketState.versioning).toBe('Enabled');
    const w3 = t.diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'versioned-expiration-without-noncurrent');
    expect(w3.map((d: { line: number }) => d.line)).toEqual([9, 19]);
    expect(w3[0].severity).toBe('warning');
    // Warnings do not block apply.
    const apply = await runCli(['apply', '--yes'], dir);
    expect(apply.code, apply.stdout).toBe(0);
  });

  it('an unversioned bucket: warns that noncurrent actions have no effect', async () => {
    const b = await createBucket(client, bucket('unversioned'));
    const rules = { Rules: [{ ID: 'old-versions', Status: 'Enabled', Filter: {}, NoncurrentVersionExpiration: { NoncurrentDays: 30 } }] };
    const dir = workspace({ '.lifeguard.yml': lifeguardYml([{ name: 'v', bucket: b, lifecycle: 'v.json' }]), 'v.json': json(rules) });
    const plan = await runCli(['plan'], dir);
    expect(plan.stdout).toMatch(
      /v\.json:7:7 {2}warning {2}rule 'old-versions': NoncurrentVersionExpiration has no effect.*noncurrent-on-unversioned-bucket/,
    );
  });

  it('an Object Lock bucket: warns when expiry is shorter than the default retention; a production target without Object Lock is flagged in .lifeguard.yml', async () => {
    const locked = await createBucket(client, bucket('locked'), { objectLockDays: 30 });
    const plain = await createBucket(client, bucket('prod-plain'));
    const rules = {
      Rules: [
        {
          ID: 'short',
          Status: 'Enabled',
          Filter: { Prefix: 'a/' },
          Expiration: { Days: 7 },
          NoncurrentVersionExpiration: { NoncurrentDays: 1 },
        },
      ],
    };
    const dir = workspace({
      '.lifeguard.yml': lifeguardYml([
        // A 7-day retention allows the 7-day expiry (production-expiration); plain's stage alone does not.
        { name: 'locked', bucket: locked, lifecycle: 'r.json', extra: 'stage: production\nminRetentionDays: 7' },
        { name: 'plain', bucket: plain, lifecycle: 'r.json', extra: 'stage: production' },
      ]),
      'r.json': json(rules),
    });
    const plan = await runCli(['plan', '--format', 'json'], dir);
    const [l, p] = JSON.parse(plan.stdout).targets;
    expect(l.bucketState.objectLock).toEqual({ enabled: true, defaultRetention: { mode: 'GOVERNANCE', days: 30 } });
    expect(
      l.diagnostics
        .filter((d: { ruleId: string }) => d.ruleId === 'expiration-shorter-than-object-lock')
        .map((d: { line: number }) => d.line),
    ).toEqual([10, 13]);
    expect(l.immutabilityMissing).toBeUndefined();
    const prod = p.diagnostics.find((d: { ruleId: string }) => d.ruleId === 'production-without-object-lock');
    expect(prod).toMatchObject({ file: '.lifeguard.yml', line: 14, column: 12, severity: 'warning' });
    expect(
      p.diagnostics
        .filter((d: { ruleId: string }) => d.ruleId === 'production-expiration')
        .map((d: { line: number; severity: string }) => [d.line, d.severity]),
    ).toEqual([[10, 'error']]);
    expect(l.diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'production-expiration')).toEqual([]);
    expect(p.immutabilityMissing).toBe(true);

    const apply = await runCli(['apply', '--yes', '--target', 'locked'], dir);
    expect(apply.code, apply.stdout).toBe(0);
    expect(await liveRules(client, locked)).toHaveLength(1);
  });
});

describe('verification after the write', () => {
  it('fails the target when the bucket does not hold what was sent (RGW 16 drops NewerNoncurrentVersions)', async () => {
    const b = await createBucket(client, bucket('verify'), { versioning: true });
    const rules = {
      Rules: [
        {
          ID: 'versions',
          Status: 'Enabled',
          Filter: { Prefix: 'ml/' },
          NoncurrentVersionExpiration: { NoncurrentDays: 7, NewerNoncurrentVersions: 5 },
        },
      ],
    };
    const dir = workspace({ '.lifeguard.yml': lifeguardYml([{ name: 'v', bucket: b, lifecycle: 'v.json' }]), 'v.json': json(rules) });
    const apply = await runCli(['apply', '--yes'], dir);
    expect(apply.code).toBe(1);
    expect(apply.stdout).toContain(
      'FAILED: written, but reading it back differs from v.json: versions: newer noncurrent versions kept none → 5',
    );
    expect(apply.stdout).toContain(`to restore it: aws s3api delete-bucket-lifecycle --bucket ${b}`);
    expect(apply.stdout).toContain('apply: 0 applied, 1 failed.');
  });
});

describe('TransitionDefaultMinimumObjectSize', () => {
  it('is sent as the file says it', async () => {
    const b = await createBucket(client, bucket('tdmos'));
    const file = { TransitionDefaultMinimumObjectSize: 'varies_by_storage_class', ...LOGS_14 };
    const dir = workspace({ '.lifeguard.yml': lifeguardYml([{ name: 't', bucket: b, lifecycle: 't.json' }]), 't.json': json(file) });
    const apply = await runCli(['apply', '--yes'], dir);
    expect(apply.code, apply.stdout).toBe(0);
    expect(apply.stdout).toContain('TransitionDefaultMinimumObjectSize varies_by_storage_class)');
  });
});
