/**
 * `lifeguard cost --inventory s3://…` reads an S3 Inventory report where S3 delivers it (the
 * manifest and its data files in a bucket, here on the real Ceph RGW): the same projection as from
 * a local copy, for CSV.gz (several files, streamed to worker threads), Parquet and ORC (ranged GETs).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InventoryRecord } from '../../src/cost/cohorts/records.js';
import { writeInventory } from '../cost/inventory-fixture.js';
import { createBucket, removeBucket, runCli, s3Server, testClient, uniqueBucket, useServerCredentials, workspace } from '../helpers/s3.js';

const PROPOSED = JSON.stringify({
  Rules: [
    { ID: 'logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } },
    { ID: 'ckpt', Status: 'Enabled', Filter: { Prefix: 'ckpt/' }, Transitions: [{ Days: 30, StorageClass: 'GLACIER_IR' }] },
  ],
});
const GIB = 2 ** 30;

const objects: InventoryRecord[] = Array.from({ length: 3000 }, (_, i) => ({
  key: `${['logs', 'ckpt', 'data set'][i % 3]}/${i}`,
  size: ((i * 7919) % 1000) * 1_000_000 + 1,
  lastModifiedMs: Date.parse('2025-01-01T00:00:00Z') + (i % 360) * 86_400_000,
  storageClass: ['STANDARD', 'STANDARD_IA', 'GLACIER'][i % 3]!,
}));

let client: S3Client;
const buckets: string[] = [];

beforeAll(() => {
  useServerCredentials();
  client = testClient();
});
afterAll(async () => {
  for (const b of buckets) await removeBucket(client, b);
});

/** Uploads a local report folder tree (as writeInventory lays it out) under the bucket's root. */
async function upload(bucket: string, manifestDir: string): Promise<void> {
  const root = join(manifestDir, '..', '..', '..', '..');
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  for (const f of walk(join(root, 'inventory')))
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: relative(root, f), Body: readFileSync(f) }));
}

async function cost(inventory: string, dir: string) {
  const run = await runCli(
    [
      'cost',
      '--proposed',
      'proposed.json',
      '--inventory',
      inventory,
      '--endpoint',
      s3Server().endpoint,
      '--path-style',
      '--region',
      'us-east-1',
      '--months',
      '6',
      '--format',
      'json',
    ],
    dir,
  );
  return run;
}

describe('an inventory at an s3:// location', () => {
  for (const format of ['CSV.gz', 'Parquet', 'ORC'] as const) {
    it(`projects ${format === 'ORC' ? 'an' : 'a'} ${format} report read from the bucket as from a local copy`, async () => {
      const bucket = await createBucket(client, uniqueBucket('cost-inv'));
      buckets.push(bucket);
      const local = writeInventory(objects, { format, creation: '2026-01-01T00:00:00Z', files: 3 });
      await upload(bucket, local);
      const dir = workspace({ 'proposed.json': PROPOSED });
      const fromLocal = await cost(local, dir);
      expect(fromLocal.code, fromLocal.stderr).toBe(0);
      // A prefix: the newest report folder's manifest.json is found, as in a local folder.
      const fromS3 = await cost(`s3://${bucket}/inventory/src-bucket/cfg/`, dir);
      expect(fromS3.code, fromS3.stderr).toBe(0);
      const a = JSON.parse(fromLocal.stdout);
      const b = JSON.parse(fromS3.stdout);
      expect(b).toEqual(a);
      expect(b.byRule.find((r: { id: string }) => r.id === 'logs').matched.objects).toBe(1000);
      // Named directly, the manifest gives the same.
      const direct = await cost(`s3://${bucket}/inventory/src-bucket/cfg/2026-01-01T00-00Z/manifest.json`, dir);
      expect(JSON.parse(direct.stdout)).toEqual(a);
    });
  }

  it('says which object is missing, in one sentence', async () => {
    const bucket = await createBucket(client, uniqueBucket('cost-inv-miss'));
    buckets.push(bucket);
    const local = writeInventory(
      objects.slice(0, 10).map((o) => ({ ...o, size: GIB })),
      { format: 'CSV.gz', creation: '2026-01-01T00:00:00Z', files: 2 },
    );
    await upload(bucket, local);
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'inventory/src-bucket/cfg/data/part-1.csv.gz' }));
    const dir = workspace({ 'proposed.json': PROPOSED });
    const run = await cost(`s3://${bucket}/inventory/src-bucket/cfg/`, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `lifeguard: s3://${bucket}/inventory/src-bucket/cfg/data/part-1.csv.gz: no such object (listed in the manifest but not in the bucket)\n`,
    );
    const none = await cost(`s3://${bucket}/nothing/here/`, dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no manifest\.json under this prefix/);
  });
});
