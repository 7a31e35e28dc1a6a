/**
 * Nothing unevaluated passes, and the evidence is the bucket's, end to end (the committed bundle, the
 * GitHub stand-in, buckets on the real RGW): a change that deletes data without credentials, or with
 * broken ones, is incomplete and fails; shortening an expiry counts every object it takes sooner; an
 * inventory of another bucket is an error, one that shows fewer deletions than the live listing
 * cannot lower the count, and an old one is a warning that says its age.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toSdkRules } from '../../src/s3/convert.js';
import { writeInventory } from '../cost/inventory-fixture.js';
import { awsEnv, BASE_SHA, commands, commitFiles, runEvent, sha, stickyComments } from '../helpers/action-e2e.js';
import { pullRequestEvent } from '../helpers/events.js';
import { startGitHubServer, type GitHubTestServer } from '../helpers/github-server.js';
import { createBucket, lifeguardYml, putObject, removeBucket, s3Server, testClient, uniqueBucket, workspace } from '../helpers/s3.js';

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const DAY = 86_400_000;
const ABORT = { ID: 'abort-uploads', Status: 'Enabled', Filter: {}, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } };
const expireAll = (days: number) => ({
  TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K',
  Rules: [ABORT, { ID: 'expire-all', Status: 'Enabled', Filter: {}, Expiration: { Days: days } }],
});

let s3: S3Client;
let gh: GitHubTestServer;
const buckets: string[] = [];

beforeAll(() => {
  s3 = testClient();
});
afterAll(async () => {
  for (const b of buckets) await removeBucket(s3, b);
});
beforeEach(async () => {
  gh = await startGitHubServer();
});
afterEach(async () => {
  await gh.close();
});

/** A bucket holding data under its current rules, and a pull request proposing `proposed` for it, gated at 1 byte. */
async function setup(label: string, n: number, live: object, proposed: object, extraGates = '') {
  const b = await createBucket(s3, uniqueBucket(label), { rules: toSdkRules((live as { Rules: never[] }).Rules) });
  buckets.push(b);
  for (const [key, size] of Object.entries({ 'runs/a.ckpt': 3000, 'runs/b.ckpt': 5000, 'logs/c.log': 1000 }))
    await putObject(s3, b, key, { body: 'x'.repeat(size) });
  const config =
    lifeguardYml([{ name: 'data', bucket: b, lifecycle: 'lifecycle/data.json' }]) + `gates:\n  max-deleted-bytes: 1\n${extraGates}`;
  commitFiles(gh, BASE_SHA, { '.lifeguard.yml': config });
  const ws = workspace({ '.lifeguard.yml': config, 'lifecycle/data.json': json(proposed) });
  gh.state.files.set(n, [{ filename: 'lifecycle/data.json', status: 'modified' }]);
  return { b, ws, config };
}

describe('missing or broken credentials', () => {
  it('Expiration: 1 day on every object, max-deleted-bytes: 1, on a fork without credentials: incomplete, and the check fails unless the base allows it', async () => {
    const { ws, config } = await setup('nocreds', 80, { Rules: [ABORT] }, expireAll(1));
    gh.state.readOnly = true;
    const run = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 80, headSha: sha('8'), fork: true }),
    });
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe('incomplete');
    expect(run.summary).toMatch(/^## lifeguard: ⏸️ incomplete\n/);
    expect(run.summary).toContain('| deleted-bytes | ⏸️ the data the change deletes is not known: no AWS credentials found');
    expect(commands(run.stdout, 'error').at(-1)).toMatch(
      /^::error::lifeguard: incomplete: data: bucket-state rules not evaluated: no AWS credentials found/,
    );

    commitFiles(gh, BASE_SHA, { '.lifeguard.yml': `${config}  allow-incomplete: true\n` });
    const allowed = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 80, headSha: sha('8'), fork: true }),
    });
    expect(allowed.status, allowed.stdout).toBe(0);
    expect(allowed.outputs.verdict).toBe('incomplete');
    expect(commands(allowed.stdout, 'warning').some((l) => l.includes('passes: the base settings say allow-incomplete: true'))).toBe(true);
  });

  it('credentials with a key id but no secret (variables, or a credentials file): incomplete, failing closed even where incomplete runs are allowed, with one sentence naming the source', async () => {
    const { ws } = await setup('halfcreds', 81, { Rules: [ABORT] }, expireAll(1), '  allow-incomplete: true\n');
    const event = pullRequestEvent({ number: 81, headSha: sha('9') });
    const half = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: event,
      env: { AWS_ACCESS_KEY_ID: s3Server().accessKeyId, AWS_REGION: 'us-east-1' },
    });
    expect(half.status).toBe(1);
    expect(half.outputs.verdict).toBe('incomplete');
    const body = stickyComments(gh, 81)[0]!.body;
    expect(body).toMatch(/^## lifeguard: ⏸️ incomplete\n/);
    expect(body).toContain(
      'AWS credentials are configured by the environment variable AWS_ACCESS_KEY_ID without AWS_SECRET_ACCESS_KEY but could not be resolved',
    );

    const dir = mkdtempSync(join(tmpdir(), 'lifeguard-aws-'));
    writeFileSync(join(dir, 'credentials'), `[default]\naws_access_key_id = ${s3Server().accessKeyId}\n`);
    const file = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: event,
      env: { AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), AWS_REGION: 'us-east-1' },
    });
    expect(file.status).toBe(1);
    expect(file.outputs.verdict).toBe('incomplete');
    expect(stickyComments(gh, 81)[0]!.body).toContain(
      `AWS credentials are configured by the profile default in ${join(dir, 'credentials')} but could not be resolved`,
    );
  });
});

describe('the deletion measure', () => {
  it('shortening an expiry from 365 to 180 days on a bucket with data fails a deletion gate of 1 byte', async () => {
    const { ws } = await setup('shorter', 82, expireAll(365), expireAll(180));
    const run = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 82, headSha: sha('a') }),
      env: awsEnv(),
    });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', 'deleted-bytes': '9000' });
    const body = stickyComments(gh, 82)[0]!.body;
    expect(body).toContain(
      'Within 12 months the change deletes **3 objects (8.8 KiB)** earlier than the current rules would (from a listing of 3 objects).',
    );
    // Every byte goes 184 or 185 days sooner (the day rounding of S3 and the horizon's end).
    expect(body).toMatch(/That is 1\.[56] MiB-days of data gone sooner\./);
    expect(body).toContain(
      '| deleted-bytes | ❌ the change deletes 8.8 KiB earlier than the current rules would, over the limit of 1 B; needs an approval',
    );
  });
});

describe('inventories as evidence', () => {
  it('an inventory of another bucket is an error and unused; a live listing showing more deletions than the inventory wins; an old inventory is a warning with its age', async () => {
    const now = Date.now();
    const mk = async (label: string) => {
      const b = await createBucket(s3, uniqueBucket(label), { rules: toSdkRules([ABORT]) });
      buckets.push(b);
      for (const [key, size] of Object.entries({ 'runs/a.ckpt': 3000, 'runs/b.ckpt': 5000, 'logs/c.log': 1000 }))
        await putObject(s3, b, key, { body: 'x'.repeat(size) });
      return b;
    };
    const other = await mk('inv-other');
    const own = await mk('inv-own');
    // Another bucket's report, and this bucket's report of 20 days ago holding only one of the three objects.
    const wrong = writeInventory([{ key: 'runs/a.ckpt', size: 3000, lastModifiedMs: now - 30 * DAY, storageClass: 'STANDARD' }], {
      format: 'CSV',
      creation: new Date(now - DAY).toISOString(),
      bucket: 'acme-somewhere-else',
    });
    const stale = writeInventory([{ key: 'logs/c.log', size: 1000, lastModifiedMs: now - 30 * DAY, storageClass: 'STANDARD' }], {
      format: 'CSV',
      creation: new Date(now - 20 * DAY).toISOString(),
      bucket: own,
    });
    const config =
      lifeguardYml([
        {
          name: 'other',
          bucket: other,
          lifecycle: 'lifecycle/data.json',
          extra: `region: us-east-1\ninventory: inv-wrong/src-bucket/cfg/${basename(wrong)}`,
        },
        {
          name: 'own',
          bucket: own,
          lifecycle: 'lifecycle/data.json',
          extra: `region: us-east-1\ninventory: inv-stale/src-bucket/cfg/${basename(stale)}`,
        },
      ]) + 'gates:\n  max-deleted-bytes: 1\n';
    commitFiles(gh, BASE_SHA, { '.lifeguard.yml': config });
    const ws = workspace({ '.lifeguard.yml': config, 'lifecycle/data.json': json(expireAll(1)) });
    // Paths in .lifeguard.yml stay inside the repository: the reports are copied into it.
    cpSync(join(wrong, '../../..'), join(ws, 'inv-wrong'), { recursive: true });
    cpSync(join(stale, '../../..'), join(ws, 'inv-stale'), { recursive: true });
    gh.state.files.set(83, [{ filename: 'lifecycle/data.json', status: 'modified' }]);
    const run = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 83, headSha: sha('b') }),
      env: awsEnv(),
    });
    expect(run.status).toBe(1);
    const body = stickyComments(gh, 83)[0]!.body;
    const section = (name: string) => {
      const start = body.indexOf(`### ${name} ·`);
      const next = body.indexOf('\n### ', start + 1);
      return body.slice(start, next < 0 ? undefined : next);
    };
    const otherPart = section('other');
    // One error (inventory-bucket) and one warning (whole-bucket-expiration, of the proposed rule).
    expect(otherPart).toContain('| findings | ❌ 1 error, 1 warning');
    expect(otherPart).toContain('inventory-bucket');
    expect(otherPart).toContain(`target other: the inventory is of bucket acme-somewhere-else, not ${other}; it is not used`);
    // The listing (three objects, 9000 bytes) is the evidence; the wrong report adds nothing.
    expect(otherPart).toContain(
      'the change deletes **3 objects (8.8 KiB)** earlier than the current rules would (from a listing of 3 objects)',
    );
    const ownPart = section('own');
    // The report knows one object of 1000 bytes; the listing shows three: the listing's count stands.
    expect(ownPart).toContain(
      'the change deletes **3 objects (8.8 KiB)** earlier than the current rules would (from a listing of 3 objects)',
    );
    expect(ownPart).toContain('inventory-stale');
    expect(ownPart).toMatch(/target own: the inventory is 20 days old \(\d{4}-\d{2}-\d{2}\), older than 7 days/);
    expect(ownPart).toMatch(/the S3 Inventory report is of \d{4}-\d{2}-\d{2} \(20 days old\)/);
    expect(run.outputs['deleted-bytes']).toBe('18000');
  });
});
