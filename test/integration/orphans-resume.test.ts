/**
 * An orphan sweep interrupted once and resumed (ADR 0143), on the real RGW with the committed CLI
 * bundle: the first run is killed outright after it has tagged a third of the orphans; the second
 * continues the same batch from the journal. A forwarding proxy counts what RGW answered: every
 * orphan got exactly one PutObjectTagging, no referenced object any. The same harness sweeps
 * 200,000 objects in `npm run bench:sweep`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetObjectTaggingCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLI } from '../e2e/run.js';
import { removeBucket, s3Server, testClient, uniqueBucket, useServerCredentials } from '../helpers/s3.js';
import {
  fillBucket,
  runSweep,
  sweepWorkspace,
  tagCountingProxy,
  tagCountProblems,
  type SweepBucket,
  type TagCounter,
} from '../helpers/sweep-at-scale.js';

const OBJECTS = 2_000;

let client: S3Client;
let counter: TagCounter;
let b: SweepBucket | undefined;

beforeAll(async () => {
  useServerCredentials();
  client = testClient();
  counter = await tagCountingProxy(s3Server().endpoint);
});
afterAll(async () => {
  await counter.close();
  if (b) await removeBucket(client, b.bucket);
});

it(
  'an interrupted sweep resumed tags each orphan exactly once and nothing referenced; the keys go to a Batch Operations manifest',
  { timeout: 240_000 },
  async () => {
    b = await fillBucket(client, uniqueBucket('sweep'), OBJECTS);
    expect(b.orphans.size).toBe(1_600);
    const dir = sweepWorkspace(b, counter.endpoint);
    const s = s3Server();
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      AWS_ACCESS_KEY_ID: s.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s.secretAccessKey,
      AWS_REGION: s.region,
    };

    const first = await runSweep(CLI, dir, env, ['--concurrency', '8'], counter, 500);
    expect(first.signal, first.stderr).toBe('SIGKILL');
    const journal = join(dir, '.lifeguard/quarantine/arts.tagging.jsonl');
    expect(existsSync(journal)).toBe(true);
    expect(existsSync(join(dir, '.lifeguard/quarantine/arts.json'))).toBe(false);
    const taggedBefore = [...counter.tagWrites.values()].reduce((n, c) => n + c, 0);
    expect(taggedBefore).toBeGreaterThanOrEqual(500);
    expect(taggedBefore).toBeLessThan(b.orphans.size);

    const second = await runSweep(CLI, dir, env, [], counter);
    expect(second.status, second.stderr).toBe(0);
    const report = JSON.parse(second.stdout);
    expect(report.action.failed).toEqual([]);
    expect(report.action.tagged).toBe(b.orphans.size);
    // What the journal listed is recorded without being touched again; at most the writes in flight at the kill were not journaled yet.
    expect(report.action.resumed.alreadyTagged).toBeGreaterThan(taggedBefore - 16);
    expect(report.action.resumed.alreadyTagged).toBeLessThanOrEqual(taggedBefore);

    expect(tagCountProblems(b, counter)).toEqual({ notOnce: [], referencedTagged: [] });
    const day = report.now.slice(0, 10);
    const tagsOf = async (key: string) => (await client.send(new GetObjectTaggingCommand({ Bucket: b!.bucket, Key: key }))).TagSet;
    expect(await tagsOf('models/run-99/part-0000099.bin')).toEqual([{ Key: 'lifeguard-quarantine', Value: day }]);
    expect(await tagsOf('models/run-0/part-0000000.bin')).toEqual([]);

    // Recorded once the batch is complete: the manifest lists every orphan, one bucket,key line each; the journal is gone.
    const record = JSON.parse(readFileSync(join(dir, '.lifeguard/quarantine/arts.json'), 'utf8'));
    expect(record.batches).toEqual([
      expect.objectContaining({ tag: day, manifest: `arts/${day}.csv`, count: b.orphans.size, bytes: b.orphans.size }),
    ]);
    const manifest = readFileSync(join(dir, '.lifeguard/quarantine/arts', `${day}.csv`), 'utf8');
    expect(manifest).toBe(
      [...b.orphans]
        .sort()
        .map((k) => `${b!.bucket},${encodeURIComponent(k)}\n`)
        .join(''),
    );
    expect(existsSync(journal)).toBe(false);

    // A third run finds them quarantined: nothing to tag, nothing written.
    const writes = new Map(counter.tagWrites);
    const third = await runSweep(CLI, dir, env, [], counter);
    expect(third.status, third.stderr).toBe(0);
    expect(JSON.parse(third.stdout).action.tagged).toBe(0);
    expect(counter.tagWrites).toEqual(writes);
  },
);
