/**
 * The plan's expiry projection against what RGW's lifecycle engine really does. With
 * rgw_lc_debug_interval set (one "day" lasts a few seconds), a 1-day Expiration runs within a
 * minute: the objects plan said a rule would expire must be gone, and the ones it said no rule
 * expires must still be there.
 */
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createBucket,
  lifeguardYml,
  putObject,
  removeBucket,
  runCli,
  s3Server,
  testClient,
  uniqueBucket,
  useServerCredentials,
  workspace,
} from '../helpers/s3.js';

const RULES = {
  Rules: [
    { ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 1 } },
    {
      ID: 'expire-scratch',
      Status: 'Enabled',
      Filter: {
        And: {
          Prefix: 'tmp/',
          Tags: [
            { Key: 'lifecycle', Value: 'scratch' },
            { Key: 'team', Value: 'ml' },
          ],
        },
      },
      Expiration: { Days: 1 },
    },
    { ID: 'archive-only', Status: 'Enabled', Filter: { Prefix: 'data/' }, Transitions: [{ Days: 30, StorageClass: 'GLACIER' }] },
  ],
};

let client: S3Client;
let bucket: string;

beforeAll(() => {
  useServerCredentials();
  client = testClient();
});
afterAll(async () => {
  if (bucket) await removeBucket(client, bucket);
});

async function keys(): Promise<string[]> {
  const out = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
  return (out.Contents ?? []).map((o) => o.Key!).sort();
}

it('objects the plan says a rule expires are gone after RGW runs lifecycle; the ones it keeps stay', { timeout: 180_000 }, async () => {
  const day = s3Server().lcDaySeconds;
  expect(day, 'the test server must run with a short lifecycle day (RGW_LC_DEBUG_INTERVAL)').toBeGreaterThan(0);
  bucket = await createBucket(client, uniqueBucket('lc-run'));
  const scratch = { lifecycle: 'scratch', team: 'ml' };
  await putObject(client, bucket, 'logs/2026-11-01.log');
  await putObject(client, bucket, 'logs/2026-11-02.log');
  await putObject(client, bucket, 'tmp/features.parquet', { tags: scratch });
  await putObject(client, bucket, 'tmp/keep-me.parquet', { tags: { lifecycle: 'keep', team: 'ml' } });
  await putObject(client, bucket, 'tmp/untagged.bin');
  await putObject(client, bucket, 'data/train.csv');
  await putObject(client, bucket, 'model.bin');

  const dir = workspace({
    '.lifeguard.yml': lifeguardYml([{ name: 'lc', bucket, lifecycle: 'rules.json' }]),
    'rules.json': JSON.stringify(RULES, null, 2),
  });
  const plan = await runCli(['plan', '--format', 'json'], dir);
  expect(plan.code, plan.stderr).toBe(0);
  const expiry = JSON.parse(plan.stdout).targets[0].expiry;
  const expired: string[] = expiry.rules.flatMap((r: { objects: Array<{ key: string }> }) => r.objects.map((o) => o.key)).sort();
  const kept: string[] = expiry.kept.keys;
  expect(expiry.rules.map((r: { rule: string; effect: string }) => `${r.rule} ${r.effect}`)).toEqual([
    'expire-logs delete',
    'expire-scratch delete',
  ]);
  expect(expired).toEqual(['logs/2026-11-01.log', 'logs/2026-11-02.log', 'tmp/features.parquet']);
  expect(kept).toEqual(['data/train.csv', 'model.bin', 'tmp/keep-me.parquet', 'tmp/untagged.bin']);

  const apply = await runCli(['apply', '--yes'], dir);
  expect(apply.code, apply.stdout).toBe(0);

  // Gone once RGW's lifecycle pass has seen them 1 "day" old (12–26 s with a 10 s day).
  const deadline = Date.now() + 150_000;
  let left = await keys();
  while (expired.some((k) => left.includes(k)) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 2000));
    left = await keys();
  }
  expect(left).toEqual(kept);
});
