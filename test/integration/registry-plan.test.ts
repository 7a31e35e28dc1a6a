/**
 * Registry protection as a gate on the real RGW: plan counts the listed objects a rule would delete
 * although the registry references them, and apply refuses the target, leaving the bucket alone.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createBucket,
  lifeguardYml,
  liveRules,
  putObject,
  removeBucket,
  runCli,
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

it('plan reports the referenced objects a rule would expire, from its listing; apply refuses', async () => {
  bucket = await createBucket(client, uniqueBucket('registry-plan'));
  await putObject(client, bucket, 'models/fraud/v3/model.pt', { body: 'x'.repeat(300) });
  await putObject(client, bucket, 'models/fraud/v3/config.json', { body: 'y'.repeat(20) });
  await putObject(client, bucket, 'models/fraud/v2/model.pt');
  const rules = { Rules: [{ ID: 'expire-models', Status: 'Enabled', Filter: { Prefix: 'models/' }, Expiration: { Days: 90 } }] };
  const dir = workspace({
    '.lifeguard.yml': lifeguardYml([{ name: 'arts', bucket, lifecycle: 'rules.json', extra: 'registry: registry.yaml' }]),
    'rules.json': JSON.stringify(rules, null, 2),
    'registry.yaml': `artifacts:\n  - uri: s3://${bucket}/models/fraud/v3/\n    model: fraud\n    version: "3"\n    stage: Production\n`,
  });
  const plan = await runCli(['plan', '--format', 'json'], dir);
  expect(plan.code).toBe(1);
  const [finding, ...rest] = JSON.parse(plan.stdout).targets[0].diagnostics.filter(
    (d: { ruleId: string }) => d.ruleId === 'registry-protection',
  );
  expect(rest).toEqual([]);
  expect([finding.file, finding.line]).toEqual(['rules.json', 9]);
  expect(finding.message).toMatch(
    /^rule 'expire-models' expires current versions 90 days after each object is created, and it reaches everything under models\/fraud\/v3\/ \(fraud v3 Production\)/,
  );
  expect(finding.message).toMatch(/In the listing: 2 objects, 320 bytes, the first deleted on \d{4}-\d\d-\d\d\.$/);

  const apply = await runCli(['apply', '--yes'], dir);
  expect(apply.code).toBe(1);
  expect(apply.stdout + apply.stderr).toMatch(/error finding/);
  expect(await liveRules(client, bucket)).toBeUndefined();
});
