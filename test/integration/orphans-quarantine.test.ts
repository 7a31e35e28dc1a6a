/**
 * The orphan sweep on the real RGW, end to end through the CLI: quarantine tags exactly the
 * orphans (never a referenced or protected object, and keeping other tags); an object the registry
 * references again is released; the quarantine batch reaches the bucket only through plan and
 * apply; and once RGW's lifecycle engine has run, only the quarantined, still-unreferenced objects
 * are gone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetObjectTaggingCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
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

async function tags(key: string): Promise<Record<string, string>> {
  const out = await client.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }));
  return Object.fromEntries((out.TagSet ?? []).map((t) => [t.Key!, t.Value!]));
}

const REFERENCED = ['models/fraud/v3/model.pt', 'models/fraud/v3/config.json', 'models/churn/v7/model.pt'];
const PROTECTED = ['models/keep/pinned.bin', 'models/old/held.bin'];
const ORPHANS = ['models/churn/v5/model.pt', 'models/churn/v6/model.pt', 'models/old/a.bin'];
const OUTSIDE = ['data/other.csv'];

const POLICY = `apiVersion: lifeguard/v1
kind: RetentionPolicy
metadata: { name: arts }
bucket: { name: placeholder-bucket }
protect:
  - prefix: models/keep/
    reason: pinned by hand
  - tags: { hold: "true" }
    reason: legal hold
stages:
  data:
    select: { prefix: data/ }
    transitions:
      - { afterDays: 30, storageClass: STANDARD_IA }
`;

it(
  'quarantine tags exactly the orphans; release untags; after apply and a lifecycle run only quarantined, unreferenced objects are gone',
  { timeout: 240_000 },
  async () => {
    expect(s3Server().lcDaySeconds, 'the test server must run with a short lifecycle day (RGW_LC_DEBUG_INTERVAL)').toBeGreaterThan(0);
    bucket = await createBucket(client, uniqueBucket('orphans'));
    for (const k of [...REFERENCED, ...ORPHANS, ...OUTSIDE, 'models/keep/pinned.bin'])
      await putObject(client, bucket, k, k === 'models/churn/v6/model.pt' ? { tags: { team: 'ml' } } : {});
    await putObject(client, bucket, 'models/old/held.bin', { tags: { hold: 'true' } });

    const registry = (extra: string[] = []) =>
      [
        'uri,model,version,stage',
        `s3://${bucket}/models/fraud/v3/,fraud,3,Production`,
        `s3://${bucket}/models/churn/v7/model.pt,churn,7,Staging`,
        ...extra,
      ].join('\n') + '\n';
    const dir = workspace({
      '.lifeguard.yml': `targets:\n  - name: arts\n    bucket: ${bucket}\n    endpoint: ${s3Server().endpoint}\n    source: { policy: policy.yaml }\n    registry: registry.csv\n`,
      'policy.yaml': POLICY,
      'registry.csv': registry(),
    });
    const orphans = async (...flags: string[]) => {
      const run = await runCli(['orphans', '--target', 'arts', '--min-age-days', '0', '--format', 'json', ...flags], dir);
      return { ...run, report: run.stdout ? JSON.parse(run.stdout) : undefined };
    };

    // Dry run: the orphans are named, nothing is tagged.
    const dry = await orphans();
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.report.artifactPrefixes).toEqual({ prefixes: ['models/'], derived: true });
    expect(dry.report.orphans.sample).toEqual(ORPHANS);
    expect([dry.report.referenced.objects, dry.report.protected.objects, dry.report.scanned.objects]).toEqual([3, 2, 8]);
    expect(await tags('models/old/a.bin')).toEqual({});

    // Quarantine: exactly the orphans carry the tag, with their other tags kept.
    const q = await orphans('--quarantine');
    expect(q.code, q.stderr).toBe(0);
    const day = q.report.now.slice(0, 10);
    expect(q.report.action).toMatchObject({ mode: 'quarantine', tagged: 3, tag: day, skipped: [], failed: [] });
    for (const k of ORPHANS) expect(await tags(k), k).toMatchObject({ 'lifeguard-quarantine': day });
    expect(await tags('models/churn/v6/model.pt')).toEqual({ team: 'ml', 'lifeguard-quarantine': day });
    for (const k of [...REFERENCED, ...OUTSIDE, 'models/keep/pinned.bin']) expect(await tags(k), k).toEqual({});
    expect(await tags('models/old/held.bin')).toEqual({ hold: 'true' });
    const file = join(dir, '.lifeguard/quarantine/arts.json');
    const record = JSON.parse(readFileSync(file, 'utf8'));
    // The keys are in the batch's manifest, one bucket,key line each (an S3 Batch Operations manifest).
    expect(record.batches).toEqual([expect.objectContaining({ tag: day, manifest: `arts/${day}.csv`, count: 3 })]);
    const manifest = () => readFileSync(join(dir, '.lifeguard/quarantine/arts', `${day}.csv`), 'utf8');
    expect(manifest()).toBe(ORPHANS.map((k) => `${bucket},${encodeURIComponent(k)}\n`).join(''));

    // The registry references one of them again: plan refuses to go on, the sweep says to release it.
    writeFileSync(join(dir, 'registry.csv'), registry([`s3://${bucket}/models/churn/v5/model.pt,churn,5,Staging`]));
    const blocked = await runCli(['plan', '--format', 'json'], dir);
    const found = JSON.parse(blocked.stdout).targets[0].diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'registry-protection');
    // The finding points at the object's line in the batch's manifest.
    expect(
      found.map((d: { file: string; line: number; message: string }) => [d.file, d.line, /models\/churn\/v5\/model\.pt/.test(d.message)]),
    ).toEqual([[`.lifeguard/quarantine/arts/${day}.csv`, 1, true]]);
    expect(blocked.code).toBe(1);
    const again = await orphans();
    expect(again.code).toBe(1);
    expect(again.report.releasable).toEqual([{ key: 'models/churn/v5/model.pt', batch: day, by: 'the registry' }]);
    const released = await orphans('--release');
    expect(released.code, released.stderr).toBe(0);
    expect(released.report.action.released).toBe(1);
    expect(await tags('models/churn/v5/model.pt')).toEqual({});

    // Reviewers may move expireOn; here to today, so that RGW (which honours Date in real time) acts now.
    const reviewed = JSON.parse(readFileSync(file, 'utf8'));
    expect(manifest()).toBe(['models/churn/v6/model.pt', 'models/old/a.bin'].map((k) => `${bucket},${encodeURIComponent(k)}\n`).join(''));
    expect(reviewed.batches[0]).toMatchObject({ count: 2, released: [{ key: 'models/churn/v5/model.pt', on: day }] });
    reviewed.batches[0].expireOn = day;
    writeFileSync(file, JSON.stringify(reviewed, null, 2));

    const plan = await runCli(['plan', '--format', 'json'], dir);
    expect(plan.code, plan.stdout).toBe(0);
    const planned = JSON.parse(plan.stdout).targets[0];
    expect(planned.diff.sentences.join('\n')).toContain('lifeguard-quarantine-' + day);
    const rule = planned.proposed.Rules.find((r: { ID: string }) => r.ID === `lifeguard-quarantine-${day}`);
    expect(rule).toEqual({
      ID: `lifeguard-quarantine-${day}`,
      Status: 'Enabled',
      Filter: { And: { Prefix: 'models/', Tags: [{ Key: 'lifeguard-quarantine', Value: day }] } },
      Expiration: { Date: `${day}T00:00:00.000Z` },
    });
    const apply = await runCli(['apply', '--yes'], dir);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);

    const gone = ['models/churn/v6/model.pt', 'models/old/a.bin'];
    const deadline = Date.now() + 150_000;
    let left = await keys();
    while (gone.some((k) => left.includes(k)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 2000));
      left = await keys();
    }
    expect(left).toEqual([...REFERENCED, ...OUTSIDE, ...PROTECTED, 'models/churn/v5/model.pt'].sort());
  },
);
