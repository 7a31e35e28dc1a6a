/**
 * What a pull request's cost projection takes from the settings, end to end (the committed bundle,
 * the GitHub stand-in, the RGW): the Intelligent-Tiering access assumption comes from the base
 * commit's .lifeguard.yml, not the pull request's; and with `baselines` the plan run writes each
 * projected target's tracking baseline, which `command: track` reads back on a schedule.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InventoryRecord } from '../../src/cost/cohorts/records.js';
import { toSdkRules } from '../../src/s3/convert.js';
import { writeInventory } from '../cost/inventory-fixture.js';
import { awsEnv, BASE_SHA, commitFiles, runEvent, sha, stickyComments } from '../helpers/action-e2e.js';
import { pullRequestEvent } from '../helpers/events.js';
import { startGitHubServer, type GitHubTestServer } from '../helpers/github-server.js';
import { createBucket, lifeguardYml, removeBucket, testClient, uniqueBucket, workspace } from '../helpers/s3.js';

const GIB = 2 ** 30;
const DAY = 86_400_000;
const INVENTORY_DATE = '2026-11-01T00:00:00Z';
const LIVE = { Rules: [{ ID: 'expire-features', Status: 'Enabled', Filter: { Prefix: 'features/' }, Expiration: { Days: 730 } }] };
const PROPOSED = {
  TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K',
  Rules: [{ ...LIVE.Rules[0], Transitions: [{ Days: 30, StorageClass: 'INTELLIGENT_TIERING' }] }],
};

/** 60 feature files of 2 GiB in Standard, one written every day for the 60 days before `dateIso`. */
function features(dateIso: string): InventoryRecord[] {
  const created = Date.parse(dateIso);
  return Array.from({ length: 60 }, (_, i) => ({
    key: `features/day-${String(i).padStart(2, '0')}.parquet`,
    size: 2 * GIB,
    lastModifiedMs: created - (i + 1) * DAY,
    storageClass: 'STANDARD',
  }));
}

/** A workspace whose head .lifeguard.yml says `headExtra` for the target, its base commit `baseExtra`. */
function setUp(bucket: string, baseExtra: string, headExtra: string) {
  const written = writeInventory(features(INVENTORY_DATE), { format: 'CSV', creation: INVENTORY_DATE, bucket });
  const extra = `region: us-east-1\ninventory: inventory/src-bucket/cfg/${basename(written)}`;
  const yml = (more: string) => lifeguardYml([{ name: 'features', bucket, lifecycle: 'lifecycle/features.json', extra: extra + more }]);
  const ws = workspace({ '.lifeguard.yml': yml(headExtra), 'lifecycle/features.json': JSON.stringify(PROPOSED) });
  commitFiles(gh, BASE_SHA, { '.lifeguard.yml': yml(baseExtra) });
  cpSync(join(written, '../../..'), join(ws, 'inventory'), { recursive: true });
  gh.state.files.set(44, [{ filename: 'lifecycle/features.json', status: 'modified' }]);
  return { ws, yml };
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

describe("a pull request's cost projection and the settings", () => {
  it("assumes the base's intelligentTieringAccess, not the pull request's, and calls the change a loosening", async () => {
    const bucket = await createBucket(s3, uniqueBucket('cost-it'), { rules: toSdkRules(LIVE.Rules) });
    buckets.push(bucket);
    const { ws } = setUp(bucket, '\nintelligentTieringAccess: 0.25', '\nintelligentTieringAccess: 0.9');

    const run = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 44, headSha: sha('6') }),
      env: awsEnv(),
    });
    const body = stickyComments(gh, 44)[0]!.body;
    expect(run.status, run.stdout).toBe(1);
    expect(body).toContain('| Monthly cost | Now | After | Change |');
    expect(body).toContain(
      '25% of the objects in S3 Intelligent-Tiering are read at least every 30 days and the rest never (intelligentTieringAccess 0.25 in .lifeguard.yml)',
    );
    expect(body).not.toContain('90%');
    expect(body).toMatch(
      /\| settings \| ❌ the pull request loosens a setting the base commit decides: targets\\\[features\\\]\.intelligentTieringAccess 0\.25 → 0\.9/,
    );
  });

  it("with baselines, writes the target's tracking baseline, which command: track reads back a month later", async () => {
    const bucket = await createBucket(s3, uniqueBucket('cost-base'), { rules: toSdkRules(LIVE.Rules) });
    buckets.push(bucket);
    const { ws, yml } = setUp(bucket, '\nintelligentTieringAccess: 0.25', '\nintelligentTieringAccess: 0.25');

    const plan = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 44, headSha: sha('7') }),
      env: awsEnv(),
      inputs: { baselines: 'baselines' },
    });
    expect(plan.status, plan.stdout).toBe(0);
    const file = join(ws, 'baselines/features.json');
    expect(existsSync(file), plan.stdout).toBe(true);
    const baseline = JSON.parse(readFileSync(file, 'utf8'));
    expect(baseline).toMatchObject({ region: 'us-east-1', asOf: '2026-11-01T00:00:00.000Z', itAccessedShare: 0.25 });
    expect(JSON.stringify(baseline)).toContain('"INTELLIGENT_TIERING"');

    // A month after the merge: the report of 2026-12-01 (the same 60 days of uploads) in another folder.
    const later = writeInventory(features('2026-12-01T00:00:00Z'), { format: 'CSV', creation: '2026-12-01T00:00:00Z', bucket });
    cpSync(join(later, '../../..'), join(ws, 'later'), { recursive: true });
    writeFileSync(join(ws, '.lifeguard.yml'), yml('').replace('inventory: inventory/', 'inventory: later/'));
    const track = await runEvent({
      gh,
      workspace: ws,
      eventName: 'schedule',
      payload: {},
      env: awsEnv(),
      inputs: { command: 'track', baselines: 'baselines' },
    });
    expect(track.status, track.stdout + track.stderr).toBe(0);
    expect(track.outputs.verdict).toBe('pass');
    expect(track.summary).toContain('## lifeguard: tracking');
    expect(track.summary).toContain(`### features · \`${bucket}\``);
    expect(track.summary).not.toContain('Not tracked');
  });
});
