/**
 * `lifeguard cost --listing` reads the objects from a real bucket (RGW) through the project's S3
 * edge, page by page, current objects and, with --versions, every version and delete marker.
 */
import { DeleteObjectCommand, PutBucketVersioningCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createBucket,
  putObject,
  removeBucket,
  runCli,
  s3Server,
  testClient,
  uniqueBucket,
  useServerCredentials,
  workspace,
} from '../helpers/s3.js';

const PROPOSED = JSON.stringify({ Rules: [{ ID: 'logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } }] });

let client: S3Client;
const buckets: string[] = [];

beforeAll(() => {
  useServerCredentials();
  client = testClient();
});
afterAll(async () => {
  for (const b of buckets) await removeBucket(client, b);
});

it('projects from a listing of the bucket', async () => {
  const bucket = await createBucket(client, uniqueBucket('cost-list'));
  buckets.push(bucket);
  for (const key of ['logs/a.log', 'logs/b.log', 'models/m.bin']) await putObject(client, bucket, key, { body: 'x'.repeat(1000) });
  const dir = workspace({ 'proposed.json': PROPOSED });
  const run = await runCli(
    [
      'cost',
      '--proposed',
      'proposed.json',
      '--listing',
      `s3://${bucket}`,
      '--endpoint',
      s3Server().endpoint,
      '--path-style',
      '--region',
      'us-east-1',
      '--format',
      'json',
    ],
    dir,
  );
  expect(run.code, run.stderr).toBe(0);
  const report = JSON.parse(run.stdout);
  // Two of the three listed objects are under logs/, 1,000 bytes each.
  expect(report.byRule.map((r: { id: string; matched: unknown }) => [r.id, r.matched])).toEqual([['logs', { objects: 2, bytes: 2000 }]]);
});

it('lists versions and delete markers with --versions', async () => {
  const bucket = await createBucket(client, uniqueBucket('cost-vers'));
  buckets.push(bucket);
  await client.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }));
  await putObject(client, bucket, 'logs/a.log', { body: 'one' });
  await putObject(client, bucket, 'logs/a.log', { body: 'two' });
  await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'logs/a.log' }));
  const dir = workspace({ 'proposed.json': PROPOSED });
  const run = await runCli(
    [
      'cost',
      '--proposed',
      'proposed.json',
      '--listing',
      `s3://${bucket}`,
      '--versions',
      '--endpoint',
      s3Server().endpoint,
      '--path-style',
      '--region',
      'us-east-1',
      '--format',
      'json',
    ],
    dir,
  );
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toMatch(/listing s3:\/\/lg-cost-vers-[^:]*: 3 versions/);
});
