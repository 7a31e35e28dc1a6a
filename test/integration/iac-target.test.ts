/**
 * A Terraform resource and a CloudFormation logical ID as a target's source, on a real RGW bucket:
 * plan diffs the resource's rules against the live bucket with findings at the .tf and template
 * lines; apply refuses in one sentence (Terraform or CloudFormation owns the bucket's rules); a
 * resource whose values are known only at plan is not planned on a guess.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBucket,
  lifeguardYml,
  liveRules,
  removeBucket,
  runCli,
  testClient,
  uniqueBucket,
  useServerCredentials,
  workspace,
} from '../helpers/s3.js';

const tf = (bucket: string, days: string) => `variable "noncurrent_days" {
  default = 7
}

resource "aws_s3_bucket_lifecycle_configuration" "ml_data" {
  bucket = "${bucket}"

  rule {
    id     = "checkpoints"
    status = "Enabled"

    filter {
      prefix = "checkpoints/"
    }

    expiration {
      days = ${days}
    }

    noncurrent_version_expiration {
      noncurrent_days = var.noncurrent_days
    }
  }
}
`;

const template = (bucket: string) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  MlDataBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: ${bucket}
      LifecycleConfiguration:
        Rules:
          - Id: logs
            Status: Enabled
            Prefix: logs/
            ExpirationInDays: 30
`;

let client: S3Client;
const buckets: string[] = [];
const bucket = async (label: string) => {
  const b = uniqueBucket(label);
  buckets.push(b);
  return createBucket(client, b);
};

beforeAll(() => {
  useServerCredentials();
  client = testClient();
});
afterAll(async () => {
  for (const b of buckets) await removeBucket(client, b);
});

const source = (yml: string, lines: string) => yml.replace('      lifecycle: x', lines);

describe('a Terraform or CloudFormation source', () => {
  it('Terraform: plan diffs the resource against the live bucket, findings at the .tf lines; apply refuses', async () => {
    const b = await bucket('tf');
    const dir = workspace({
      '.lifeguard.yml': source(
        lifeguardYml([{ name: 'ml', bucket: b, lifecycle: 'x' }]),
        '      terraform: infra/\n      resource: aws_s3_bucket_lifecycle_configuration.ml_data',
      ),
      'infra/main.tf': tf(b, '30'),
    });
    const plan = await runCli(['plan', '--format', 'json'], dir);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    const t = JSON.parse(plan.stdout).targets[0];
    expect(t.source).toBe('infra/main.tf');
    expect(t.diff.changes.map((c: { kind: string; name: string }) => `${c.kind} ${c.name}`)).toEqual(['added checkpoints']);
    // The bucket is not versioned: the noncurrent rule is reported where the .tf writes it.
    const w = t.diagnostics.find((d: { ruleId: string }) => d.ruleId === 'noncurrent-on-unversioned-bucket');
    expect(w).toMatchObject({ file: 'infra/main.tf' });
    expect([20, 21]).toContain(w.line);

    const apply = await runCli(['apply', '--yes'], dir);
    expect(apply.code).not.toBe(0);
    expect(apply.stdout + apply.stderr).toMatch(
      /its rules come from Terraform \(aws_s3_bucket_lifecycle_configuration\.ml_data\), which owns the bucket's lifecycle configuration/,
    );
    expect(await liveRules(client, b)).toBeUndefined();
  });

  it('CloudFormation: plan works from the logical ID', async () => {
    const b = await bucket('cfn');
    const dir = workspace({
      '.lifeguard.yml': source(
        lifeguardYml([{ name: 'logs', bucket: b, lifecycle: 'x' }]),
        '      cloudformation: stack.yaml\n      resource: MlDataBucket',
      ),
      'stack.yaml': template(b),
    });
    const plan = await runCli(['plan', '--format', 'json'], dir);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    const t = JSON.parse(plan.stdout).targets[0];
    expect(t.diff.changes.map((c: { kind: string; name: string }) => `${c.kind} ${c.name}`)).toEqual(['added logs']);
  });

  it('a value known only at plan: the target is not planned on a guess', async () => {
    const b = await bucket('tf-unknown');
    const dir = workspace({
      '.lifeguard.yml': source(
        lifeguardYml([{ name: 'ml', bucket: b, lifecycle: 'x' }]),
        '      terraform: main.tf\n      resource: aws_s3_bucket_lifecycle_configuration.ml_data',
      ),
      'main.tf': tf(b, 'var.expiration_days'),
    });
    const plan = await runCli(['plan', '--format', 'json'], dir);
    const t = JSON.parse(plan.stdout).targets[0];
    expect(t.failure).toMatch(
      /known only at plan or deploy time \(.*var\.expiration_days is not declared in this module.*\); name a plan JSON/,
    );
    expect(plan.code).not.toBe(0);
  });
});
