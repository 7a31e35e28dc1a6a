/**
 * Terraform and CloudFormation through the committed CLI bundle, run from a copy of dist/cli and the
 * shared dist/lib alone (no node_modules: the HCL parser's wasm travels with the bundle): annotations and SARIF land on the
 * .tf and template lines, a syntax error is a parse-error at its position, exit statuses as for JSON.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runAction, runCli, tempDir } from './run.js';

/** A copy of the bundle, run where no node_modules can be found. */
function runCopy(cli: string, args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('check on Terraform and CloudFormation, through the bundle', () => {
  it('runs from dist/cli and dist/lib without node_modules; github annotations and SARIF point at the .tf line', () => {
    const dir = tempDir('lifeguard-iac-e2e-');
    for (const part of ['cli', 'lib']) cpSync(join(ROOT, 'dist', part), join(dir, 'bundle', part), { recursive: true });
    cpSync(join(ROOT, 'examples/terraform/provider-42373-two-predicates.tf'), join(dir, 'main.tf'));
    const cli = join(dir, 'bundle/cli/index.js');
    const github = runCopy(cli, ['check', 'main.tf', '--format', 'github'], dir);
    expect(github.status, github.stderr).toBe(1);
    expect(github.stdout).toMatch(
      /^::error file=main\.tf,line=14,col=34,.*title=filter-single-predicate::aws_s3_bucket_lifecycle_configuration\.lifecycle_rules, rule 'expire-large-objects'/m,
    );
    const sarif = JSON.parse(runCopy(cli, ['check', 'main.tf', '--format', 'sarif'], dir).stdout);
    const rejected = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'filter-single-predicate');
    expect(rejected.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'main.tf' },
      region: { startLine: 14, startColumn: 34 },
    });
  });

  it('a Terraform syntax error is a parse-error with its position; a template without lifecycle rules passes', () => {
    const dir = tempDir('lifeguard-iac-e2e-');
    writeFileSync(
      join(dir, 'broken.tf'),
      'resource "aws_s3_bucket_lifecycle_configuration" "b" {\n  bucket = "b"\n  rule {\n    id = \n  }\n}\n',
    );
    const r = runCli(['check', 'broken.tf', '--format', 'json'], dir);
    expect(r.status).toBe(1);
    const d = JSON.parse(r.stdout).diagnostics;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ ruleId: 'parse-error', severity: 'error', line: 4 });
    expect(d[0].message).toMatch(/^invalid HCL: /);
    const ok = runCli(['check', join(ROOT, 'test/fixtures/iac/cloudformation/no-lifecycle')], dir);
    expect(ok.status, ok.stdout).toBe(0);
  });

  it("the action annotates a .tf file and a CDK template at their lines, with no false error from CDK's Rules section", () => {
    const ws = tempDir('lifeguard-iac-ws-');
    cpSync(join(ROOT, 'test/fixtures/iac/expiration-before-transition/terraform'), join(ws, 'infra'), { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/iac/cdk/cdk.out'), join(ws, 'cdk.out'), { recursive: true });
    const run = runAction({ paths: '.' }, ws);
    expect(run.status).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error file='));
    // The CDK writes no Id unless the app gives one: rule-id-required asks for it.
    expect(errors).toEqual([
      expect.stringMatching(
        /^::error file=cdk\.out\/aws-cdk-s3\.template\.json,line=8,.*title=rule-id-required::MyBucketF68F3FF0, rule #1 has no ID/,
      ),
      expect.stringMatching(
        /^::error file=cdk\.out\/aws-cdk-s3\.template\.json,line=12,.*title=rule-id-required::MyBucketF68F3FF0, rule #2 has no ID/,
      ),
      expect.stringMatching(
        /^::error file=infra\/main\.tf,line=18,.*title=expiration-after-transition::aws_s3_bucket_lifecycle_configuration\.ml_data, rule 'checkpoint-cleanup'/,
      ),
    ]);
    expect(run.stdout).not.toContain('lifecycle-schema');
  });

  it('a CloudFormation rule with a deploy-time Id is still checked; a template past the step budget fails, with no stack trace', () => {
    const dir = tempDir('lifeguard-iac-e2e-');
    const rule = (id: unknown, prefix: unknown) => ({ Id: id, Status: 'Enabled', Prefix: prefix, ExpirationInDays: 0 });
    const template = (rules: unknown[], parameters = {}) =>
      JSON.stringify({
        Parameters: parameters,
        Resources: { Logs: { Type: 'AWS::S3::Bucket', Properties: { LifecycleConfiguration: { Rules: rules } } } },
      });
    writeFileSync(join(dir, 'deploy-time-id.json'), template([rule({ 'Fn::Sub': '${AWS::StackName}-expire' }, 'logs/')]));
    const open = runCli(['check', 'deploy-time-id.json', '--format', 'json'], dir);
    expect(open.status, open.stdout).toBe(1);
    expect(JSON.parse(open.stdout).diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain('expiration-days-positive');
    const p = { P: { Type: 'String', Default: 'p'.repeat(60_000) } };
    writeFileSync(
      join(dir, 'budget.json'),
      template(
        Array.from({ length: 2000 }, (_, i) => rule(`r${i}`, { 'Fn::Sub': '${P}' })),
        p,
      ),
    );
    const spent = runCli(['check', 'budget.json'], dir);
    expect(spent.status, spent.stderr).toBe(1);
    expect(spent.stdout).toMatch(
      /budget\.json:1:\d+ +error +Logs: its lifecycle rules are not evaluated: evaluating the template's intrinsic functions takes more than 1,000,000 steps/,
    );
    expect(spent.stdout + spent.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});
