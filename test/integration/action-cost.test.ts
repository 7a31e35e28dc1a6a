/**
 * A pull request that changes two targets, end to end: one with an S3 Inventory report (the cost
 * engine projects current and proposed rules: monthly cost, savings, data deleted within the
 * horizon), one planned from a listing of its bucket on RGW. The comment this run posts is the
 * one pictured in docs/images/pr-comment.png.
 */
import { cpSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InventoryRecord } from '../../src/cost/cohorts/records.js';
import { toSdkRules } from '../../src/s3/convert.js';
import { writeInventory } from '../cost/inventory-fixture.js';
import { at, awsEnv, BASE_SHA, commitFiles, keepArtifact, runEvent, sha, stickyComments } from '../helpers/action-e2e.js';
import { pullRequestEvent } from '../helpers/events.js';
import { startGitHubServer, type GitHubTestServer } from '../helpers/github-server.js';
import { awsError, startPricingServer } from '../helpers/pricing-server.js';
import { createBucket, lifeguardYml, putObject, removeBucket, testClient, uniqueBucket, workspace } from '../helpers/s3.js';

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const GIB = 2 ** 30;
const DAY = 86_400_000;
const INVENTORY_DATE = '2026-11-01T00:00:00Z';

const CKPT_LIVE = {
  Rules: [
    { ID: 'expire-checkpoints', Status: 'Enabled', Filter: { Prefix: 'checkpoints/' }, Expiration: { Days: 730 } },
    { ID: 'abort-uploads', Status: 'Enabled', Filter: {}, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
  ],
};
const CKPT_PROPOSED = {
  TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K',
  Rules: [
    // Seed 000's checkpoint tier, Standard-IA at 14 days: accepted by AWS since 2026-07-16, simulated on day 14.
    {
      ID: 'expire-checkpoints',
      Status: 'Enabled',
      Filter: { Prefix: 'checkpoints/' },
      Transitions: [
        { Days: 14, StorageClass: 'STANDARD_IA' },
        { Days: 60, StorageClass: 'GLACIER_IR' },
      ],
      Expiration: { Days: 180 },
    },
    { ID: 'abort-uploads', Status: 'Enabled', Filter: {}, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
  ],
};
const LOGS_LIVE = {
  Rules: [{ ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } }, CKPT_LIVE.Rules[1]],
};
const LOGS_PROPOSED = {
  TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K',
  Rules: [
    { ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 14 } },
    { ID: 'abort-uploads', Status: 'Enabled', Filter: {}, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 3 } },
  ],
};

/** 240 checkpoints of 4 GiB, one written every day for the last 240 days, in Standard. */
function checkpoints(): InventoryRecord[] {
  const created = Date.parse(INVENTORY_DATE);
  return Array.from({ length: 240 }, (_, i) => ({
    key: `checkpoints/run-${String(i).padStart(3, '0')}/model.safetensors`,
    size: 4 * GIB,
    lastModifiedMs: created - (i + 1) * DAY,
    storageClass: 'STANDARD',
  }));
}

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

describe('a pull request with a cost projection', () => {
  it('shows monthly cost now and after, savings and deletions per target, gates them, and passes once approved', async () => {
    // Readable names (no test suffix): this comment is the picture in the docs. No other test uses them.
    for (const name of ['acme-ml-checkpoints', 'acme-training-logs']) await removeBucket(s3, name);
    const ckpt = await createBucket(s3, 'acme-ml-checkpoints', { rules: toSdkRules(CKPT_LIVE.Rules) });
    const logs = await createBucket(s3, 'acme-training-logs', { rules: toSdkRules(LOGS_LIVE.Rules) });
    buckets.push(ckpt, logs);
    for (const k of ['logs/2026-11-20.jsonl', 'logs/2026-11-21.jsonl', 'models/registry.json']) await putObject(s3, logs, k);
    // Paths in .lifeguard.yml stay inside the repository: the report is copied into the workspace below.
    const written = writeInventory(checkpoints(), { format: 'CSV.gz', creation: INVENTORY_DATE, bucket: 'acme-ml-checkpoints' });
    const inventory = `inventory/src-bucket/cfg/${basename(written)}`;
    const config =
      lifeguardYml([
        { name: 'checkpoints', bucket: ckpt, lifecycle: 'lifecycle/checkpoints.json', extra: `region: us-east-1\ninventory: ${inventory}` },
        { name: 'training-logs', bucket: logs, lifecycle: 'lifecycle/training-logs.json' },
      ]) + 'gates:\n  max-monthly-increase-usd: 50\n  max-deleted-bytes: 107374182400\n';
    const ws = workspace({
      '.lifeguard.yml': config,
      'lifecycle/checkpoints.json': json(CKPT_PROPOSED),
      'lifecycle/training-logs.json': json(LOGS_PROPOSED),
    });
    commitFiles(gh, BASE_SHA, { '.lifeguard.yml': config });
    cpSync(join(written, '../../..'), join(ws, 'inventory'), { recursive: true });
    gh.state.files.set(42, [
      { filename: 'lifecycle/checkpoints.json', status: 'modified' },
      { filename: 'lifecycle/training-logs.json', status: 'modified' },
    ]);

    const blocked = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 42, headSha: sha('4') }),
      env: awsEnv(),
    });
    const [comment] = stickyComments(gh, 42);
    const body = comment!.body;
    keepArtifact('pr-comment.md', body);
    expect(blocked.status, blocked.stdout).toBe(1);
    const delta = Number(blocked.outputs['monthly-delta-usd']);
    expect(delta).toBeLessThan(0);
    const deleted = Number(blocked.outputs['deleted-bytes']);
    // Within the 12 months every checkpoint (1 to 240 days old) reaches 180 days, and none reaches 730:
    // the proposed rules delete all 240, the live ones none of them. The two logs (29 bytes each)
    // go after 14 days instead of 30: that is earlier too.
    expect(deleted).toBe(240 * 4 * GIB + 2 * 29);

    expect(body).toMatch(/^## lifeguard: ❌ fail\n/);
    expect(body).toContain('| Monthly cost | Now | After | Change |');
    expect(body).toMatch(/\| month 1 \| \$[\d,.]+ \| \$[\d,.]+ \| −\$[\d,.]+ \|/);
    expect(body).toMatch(/\| month 12 \| /);
    expect(body).toMatch(/Over 12 months the change saves \*\*\$[\d,.]+\*\*\./);
    // The monthly cost curve as a chart GitHub draws: bars for the live rules, a line for the proposed.
    expect(body).toMatch(
      /```mermaid\nxychart-beta\n {4}title "Monthly cost, USD \(bars: current rules, line: proposed\)"\n {4}x-axis "Month" \[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12\]\n {4}y-axis "USD per month" 0 --> \d+\n {4}bar \[[\d., ]+\]\n {4}line \[[\d., ]+\]\n```/,
    );
    expect(body).toMatch(/\| monthly-increase \| ✅ monthly cost \$[\d,.]+ → \$[\d,.]+ \(−\$[\d,.]+, −\d+\.\d%\) \|/);
    // The bucket on RGW is empty: the listing finds nothing, the inventory (whole bucket) adds what it knows.
    expect(body).toContain(
      '⚠️ Within 12 months the change deletes **240 objects (960 GiB)** earlier than the current rules would (projected over the S3 Inventory).',
    );
    expect(body).toContain(
      'the S3 Inventory report shows more data deleted earlier than the listing (0 objects listed); its figure is used',
    );
    expect(body).toContain(
      '| deleted-bytes | ❌ the change deletes 960 GiB earlier than the current rules would, over the limit of 100 GiB; needs an approval',
    );
    expect(body).toContain('adds the label `lifeguard/approve-deletion`');
    expect(body).toContain(
      'Within 12 months the change deletes **2 objects (58 B)** earlier than the current rules would (from a listing of 3 objects).',
    );
    expect(body).toMatch(/the S3 Inventory report is of 2026-11-01 \(\d+ days old\)/);
    expect(body).toContain('| changed | `expire-logs` | Expiration 30 → 14 days |');
    expect(body).toContain('Prices: bundled price snapshot, 2026-02-23.');
    expect(body).toContain('<details><summary>Not known</summary>');

    gh.state.permissions.set('alice', 'write');
    gh.state.activity.set('acme/buckets refs/heads/shorter-logs', [{ after: sha('4'), at: at(0) }]);
    gh.state.events.set(42, [{ event: 'labeled', actor: 'alice', label: 'lifeguard/approve-deletion', at: at(20) }]);
    gh.state.labels.set(42, ['lifeguard/approve-deletion']);
    const approved = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 42, action: 'labeled', headSha: sha('4'), labels: ['lifeguard/approve-deletion'] }),
      env: awsEnv(),
    });
    expect(approved.status, approved.stdout).toBe(0);
    expect(approved.outputs).toMatchObject({
      verdict: 'pass',
      'monthly-delta-usd': blocked.outputs['monthly-delta-usd'],
      'deleted-bytes': blocked.outputs['deleted-bytes'],
    });
    expect(stickyComments(gh, 42)).toHaveLength(1);
    keepArtifact('pr-comment-approved-cost.md', stickyComments(gh, 42)[0]!.body);
  });

  it('with prices: live, uses the Price List API, and fails the gate closed when it answers with an error', async () => {
    const ckpt = await createBucket(s3, uniqueBucket('cost-live'), { rules: toSdkRules(CKPT_LIVE.Rules) });
    buckets.push(ckpt);
    const written = writeInventory(checkpoints(), { format: 'CSV', creation: INVENTORY_DATE, bucket: ckpt });
    const inventory = `inventory/src-bucket/cfg/${basename(written)}`;
    const ws = workspace({
      '.lifeguard.yml': lifeguardYml([
        { name: 'checkpoints', bucket: ckpt, lifecycle: 'lifecycle/checkpoints.json', extra: `region: us-east-1\ninventory: ${inventory}` },
      ]),
      'lifecycle/checkpoints.json': json(CKPT_PROPOSED),
    });
    cpSync(join(written, '../../..'), join(ws, 'inventory'), { recursive: true });
    gh.state.files.set(43, [{ filename: 'lifecycle/checkpoints.json', status: 'modified' }]);
    gh.state.labels.set(43, ['lifeguard/approve-deletion']);
    const event = pullRequestEvent({ number: 43, headSha: sha('5') });

    const pricing = await startPricingServer();
    try {
      const live = await runEvent({
        gh,
        workspace: ws,
        eventName: 'pull_request',
        payload: event,
        env: { ...awsEnv(), LIFEGUARD_PRICING_ENDPOINT: pricing.url },
        inputs: { prices: 'live' },
      });
      expect(live.status, live.stdout).toBe(0);
      expect(pricing.requests.map((r) => r.target)).toContain('AWSPriceListService.GetProducts');
      expect(stickyComments(gh, 43)[0]!.body).toMatch(/Prices: AWS Price List API, \d{4}-\d{2}-\d{2}\./);
    } finally {
      await pricing.close();
    }

    const refusing = await startPricingServer(() =>
      awsError(400, 'AccessDeniedException', 'User is not authorized to perform: pricing:GetProducts'),
    );
    try {
      const failed = await runEvent({
        gh,
        workspace: ws,
        eventName: 'pull_request',
        payload: event,
        env: { ...awsEnv(), LIFEGUARD_PRICING_ENDPOINT: refusing.url },
        inputs: { prices: 'live' },
      });
      expect(failed.status).toBe(1);
      expect(failed.outputs.verdict).toBe('fail');
      const body = stickyComments(gh, 43)[0]!.body;
      expect(body).toMatch(
        /\| errors \| ❌ could not be checked: Price List API: live prices were asked for but not available \(.*pricing:GetProducts/,
      );
      // The figures are still there, from the bundled snapshot, and say so.
      expect(body).toContain('Prices: bundled price snapshot, 2026-02-23.');
      expect(body).toContain('| Monthly cost | Now | After | Change |');
    } finally {
      await refusing.close();
    }
  });
});
