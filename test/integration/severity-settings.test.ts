/**
 * Severities from `.lifeguard.yml` are applied in one place, whoever builds the finding: with
 * `registry-protection: warning`, registry protection is a warning in check, in plan (against the
 * real RGW) and in the orphans/quarantine flow, where it used to be the rule's default (an error).
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBucket,
  lifeguardYml,
  putObject,
  removeBucket,
  runCli,
  testClient,
  uniqueBucket,
  useServerCredentials,
  workspace,
} from '../helpers/s3.js';

let client: S3Client;
const buckets: string[] = [];

beforeAll(() => {
  useServerCredentials();
  client = testClient();
});
afterAll(async () => {
  for (const b of buckets) await removeBucket(client, b);
});

const RULES = { Rules: [{ ID: 'expire-models', Status: 'Enabled', Filter: { Prefix: 'models/' }, Expiration: { Days: 90 } }] };
const registry = (bucket: string) =>
  `artifacts:\n  - uri: s3://${bucket}/models/fraud/v3/\n    model: fraud\n    version: "3"\n    stage: Production\n`;

async function target(name: string, setting?: string) {
  const bucket = await createBucket(client, uniqueBucket(name));
  buckets.push(bucket);
  await putObject(client, bucket, 'models/fraud/v3/model.pt', { body: 'x'.repeat(300) });
  const rules = setting ? `rules:\n  registry-protection: ${setting}\n` : '';
  const dir = workspace({
    '.lifeguard.yml': rules + lifeguardYml([{ name: 'arts', bucket, lifecycle: 'rules.json', extra: 'registry: registry.yaml' }]),
    'rules.json': JSON.stringify(RULES, null, 2),
    'registry.yaml': registry(bucket),
  });
  return { bucket, dir };
}

const protection = (diagnostics: Array<{ ruleId: string; severity: string; file: string }>) =>
  diagnostics.filter((d) => d.ruleId === 'registry-protection').map((d) => [d.file, d.severity]);

describe('registry-protection: warning in .lifeguard.yml', () => {
  it('check: the finding is a warning, and check passes', async () => {
    const { dir } = await target('sev-check', 'warning');
    const run = await runCli(['check', 'rules.json', '--format', 'json'], dir);
    expect(protection(JSON.parse(run.stdout).diagnostics)).toEqual([['rules.json', 'warning']]);
    expect(run.code).toBe(0);
    // The default is still an error.
    const { dir: plain } = await target('sev-check-default');
    expect(protection(JSON.parse((await runCli(['check', 'rules.json', '--format', 'json'], plain)).stdout).diagnostics)).toEqual([
      ['rules.json', 'error'],
    ]);
  });

  it('plan against the bucket: the finding is a warning', async () => {
    const { dir } = await target('sev-plan', 'warning');
    const plan = await runCli(['plan', '--format', 'json'], dir);
    expect(protection(JSON.parse(plan.stdout).targets[0].diagnostics)).toEqual([['rules.json', 'warning']]);
    expect(plan.code, plan.stdout).toBe(0);
  });

  it('orphans, for a quarantined object the registry references again: the finding is a warning', async () => {
    const { bucket, dir } = await target('sev-quarantine', 'warning');
    const record = {
      apiVersion: 'lifeguard/v1',
      kind: 'QuarantineBatches',
      target: 'arts',
      bucket,
      batches: [
        { tag: '2026-12-01', expireOn: '2026-12-31', prefixes: ['models/'], objects: [{ key: 'models/fraud/v3/model.pt', size: 300 }] },
      ],
    };
    mkdirSync(join(dir, '.lifeguard/quarantine'), { recursive: true });
    writeFileSync(join(dir, '.lifeguard/quarantine/arts.json'), JSON.stringify(record, null, 2));
    const run = await runCli(['orphans', '--target', 'arts', '--min-age-days', '0', '--format', 'json'], dir);
    expect(run.stdout, run.stderr).not.toBe('');
    expect(protection(JSON.parse(run.stdout).diagnostics)).toEqual([['.lifeguard/quarantine/arts.json', 'warning']]);
    // Without the setting, the same finding is the rule's default, an error.
    writeFileSync(
      join(dir, '.lifeguard.yml'),
      lifeguardYml([{ name: 'arts', bucket, lifecycle: 'rules.json', extra: 'registry: registry.yaml' }]),
    );
    const strict = await runCli(['orphans', '--target', 'arts', '--min-age-days', '0', '--format', 'json'], dir);
    expect(protection(JSON.parse(strict.stdout).diagnostics)).toEqual([['.lifeguard/quarantine/arts.json', 'error']]);
  });
});
