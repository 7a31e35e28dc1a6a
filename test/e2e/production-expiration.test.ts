/**
 * Production immutability for every source through check: a `.lifeguard.yml` target with
 * `stage: production` (or `immutable`, or `minRetentionDays`) fails at the Expiration line of its
 * lifecycle file, Terraform resource or CloudFormation template; rules that only transition pass.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { runCheck } from '../../src/pipeline/check.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lg-production-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function check(files: Record<string, string>, paths: string[]) {
  const dir = workspace(files);
  const loaded = await loadConfig(undefined, dir);
  if (!loaded.ok) throw new Error(`config: ${JSON.stringify(loaded)}`);
  const { report } = await runCheck(paths, loaded.config, dir);
  return report.diagnostics.filter((d) => d.ruleId === 'production-expiration');
}

const lifecycle = (action: string) => `{
  "Rules": [
    {
      "ID": "models",
      "Status": "Enabled",
      "Filter": { "Prefix": "models/" },
      ${action}
    }
  ]
}
`;
const expire30 = '"Expiration": { "Days": 30 }';
const transitionOnly = '"Transitions": [{ "Days": 30, "StorageClass": "GLACIER_IR" }]';
const TERRAFORM = `resource "aws_s3_bucket_lifecycle_configuration" "models" {
  bucket = "ml-models-prod"
  rule {
    id     = "models"
    status = "Enabled"
    filter {
      prefix = "models/"
    }
    expiration {
      days = 30
    }
  }
}
`;
const target = (extra: string, source = 'lifecycle: lifecycle.json') =>
  `targets:\n  - name: models-prod\n    bucket: ml-models-prod\n${extra}    source: { ${source} }\n`;

describe('production-expiration in check', () => {
  it('fails a stage: production target whose lifecycle JSON expires models/ after 30 days, at the Expiration line', async () => {
    const found = await check({ 'lifecycle.json': lifecycle(expire30), '.lifeguard.yml': target('    stage: production\n') }, [
      'lifecycle.json',
    ]);
    expect(found.map((d) => [d.file, d.line, d.severity, d.messageId])).toEqual([['lifecycle.json', 7, 'error', 'noRetention']]);
    expect(found[0]!.message).toBe("rule 'models' expires current versions after 30 days; target models-prod is the production stage");
  });

  it('passes the same target when its rules only transition', async () => {
    expect(
      await check({ 'lifecycle.json': lifecycle(transitionOnly), '.lifeguard.yml': target('    stage: production\n') }, ['lifecycle.json']),
    ).toEqual([]);
  });

  it('holds minRetentionDays from the target, and says nothing for a target that promises nothing', async () => {
    const short = await check({ 'lifecycle.json': lifecycle(expire30), '.lifeguard.yml': target('    minRetentionDays: 90\n') }, [
      'lifecycle.json',
    ]);
    expect(short.map((d) => [d.line, d.messageId, d.data])).toEqual([
      [7, 'beforeRetention', { rule: "rule 'models'", target: 'models-prod', why: 'keeps objects 90 days', days: 30, retention: 90 }],
    ]);
    expect(
      await check({ 'lifecycle.json': lifecycle(expire30), '.lifeguard.yml': target('    stage: dev\n') }, ['lifecycle.json']),
    ).toEqual([]);
  });

  it('fails an immutable Terraform target at its expiration days attribute', async () => {
    const found = await check(
      {
        'main.tf': TERRAFORM,
        '.lifeguard.yml': target('    immutable: true\n', 'terraform: main.tf, resource: aws_s3_bucket_lifecycle_configuration.models'),
      },
      ['main.tf'],
    );
    expect(found.map((d) => [d.file, d.line, d.messageId])).toEqual([['main.tf', 10, 'noRetention']]);
  });

  it('fails the same rule when the target names the Terraform module folder, not the file', async () => {
    for (const folder of ['infra', 'infra/']) {
      const found = await check(
        {
          'infra/main.tf': TERRAFORM,
          'infra/nested/other.tf': TERRAFORM, // a sub-folder is another module, even with the same address
          '.lifeguard.yml': target(
            '    stage: production\n',
            `terraform: ${folder}, resource: aws_s3_bucket_lifecycle_configuration.models`,
          ),
        },
        ['infra'],
      );
      expect(found.map((d) => [d.file, d.line, d.messageId])).toEqual([['infra/main.tf', 10, 'noRetention']]);
    }
  });

  it("does not hold a lifecycle file that sits in a Terraform target's module folder to that target's promises", async () => {
    const config =
      target('    stage: production\n', 'terraform: infra, resource: aws_s3_bucket_lifecycle_configuration.models') +
      '  - name: scratch\n    bucket: ml-scratch\n    stage: dev\n    source: { lifecycle: infra/scratch.json }\n';
    const found = await check({ 'infra/main.tf': TERRAFORM, 'infra/scratch.json': lifecycle(expire30), '.lifeguard.yml': config }, [
      'infra',
    ]);
    expect(found.map((d) => d.file)).toEqual(['infra/main.tf']);
  });

  it('fails a production CloudFormation target at ExpirationInDays, and only for the resource it names', async () => {
    const template = JSON.stringify(
      {
        Resources: {
          Models: {
            Type: 'AWS::S3::Bucket',
            Properties: {
              BucketName: 'ml-models-prod',
              LifecycleConfiguration: { Rules: [{ Id: 'models', Status: 'Enabled', Prefix: 'models/', ExpirationInDays: 30 }] },
            },
          },
          Scratch: {
            Type: 'AWS::S3::Bucket',
            Properties: {
              BucketName: 'ml-scratch',
              LifecycleConfiguration: { Rules: [{ Id: 'tmp', Status: 'Enabled', Prefix: 'tmp/', ExpirationInDays: 1 }] },
            },
          },
        },
      },
      null,
      2,
    );
    const found = await check(
      { 'template.json': template, '.lifeguard.yml': target('    stage: prod\n', 'cloudformation: template.json, resource: Models') },
      ['template.json'],
    );
    expect(found.map((d) => [d.file, d.line, d.messageId])).toEqual([['template.json', 13, 'noRetention']]);
  });
});
