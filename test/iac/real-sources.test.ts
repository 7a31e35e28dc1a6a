/**
 * Configurations from real sources (named in test/fixtures/iac/README.md): every one the provider's
 * acceptance tests or CDK's integration tests deployed is free of errors; every one AWS rejected in
 * a public issue is caught at its line; templates without lifecycle rules say nothing.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURES, at, check, errors } from './helpers.js';

describe('real sources', () => {
  it('terraform-provider-aws acceptance configurations: no error on any', async () => {
    const r = await check(`${FIXTURES}/terraform/provider-acceptance`);
    expect(r.report.files).toHaveLength(8);
    expect(r.report.files.every((f) => f.kind === 'terraform')).toBe(true);
    expect(errors(r.report.diagnostics).map(at)).toEqual([]);
  });

  it('configurations AWS rejected in public issues: each caught at the offending line', async () => {
    const r = await check(`${FIXTURES}/terraform/issues`);
    expect(errors(r.report.diagnostics).map(at)).toEqual([
      'terraform/issues/and-single-predicate.tf:11 and-operator-predicates',
      'terraform/issues/filter-two-predicates.tf:12 filter-single-predicate',
      'terraform/issues/legacy-abort-with-tags.tf:17 abort-multipart-filter',
    ]);
    const legacy = errors(r.report.diagnostics).find((d) => d.ruleId === 'abort-multipart-filter')!;
    expect(legacy.message).toMatch(/^aws_s3_bucket\.logs, rule 'log' aborts /);
    expect(legacy.messageId).toBe('withTags');
  });

  it('terraform-aws-modules/terraform-aws-s3-bucket: dynamic blocks are named as not evaluated, never guessed', async () => {
    const r = await check(`${FIXTURES}/terraform/s3-bucket-module`);
    expect(errors(r.report.diagnostics)).toEqual([]);
    expect(r.report.diagnostics.some((d) => d.ruleId === 'iac-unknown-value' && /dynamic "rule" block/.test(d.message))).toBe(true);
    expect(r.report.diagnostics.every((d) => d.severity === 'info')).toBe(true);
  });

  it('a CDK integration snapshot is read as CloudFormation, never as a lifecycle configuration', async () => {
    const r = await check(`${FIXTURES}/cdk`);
    expect(r.report.files).toEqual([{ file: `${FIXTURES}/cdk/cdk.out/aws-cdk-s3.template.json`, kind: 'cloudformation' }]);
    // The CDK writes no Id unless the app gives one: lifeguard asks for it, nothing else fails.
    expect(errors(r.report.diagnostics).map((d) => `${d.line} ${d.ruleId}`)).toEqual(['8 rule-id-required', '12 rule-id-required']);
    expect(r.report.diagnostics.map((d) => d.ruleId)).not.toContain('lifecycle-schema');
  });

  it("the AWS CloudFormation documentation's lifecycle example: no error, read as a template", async () => {
    const r = await check(`${FIXTURES}/cloudformation/aws-docs`);
    expect(r.report.files).toEqual([{ file: `${FIXTURES}/cloudformation/aws-docs/manage-lifecycle.json`, kind: 'cloudformation' }]);
    expect(errors(r.report.diagnostics)).toEqual([]);
    expect(r.report.diagnostics.every((d) => d.message.startsWith('S3Bucket'))).toBe(true);
  });

  it('a folder of CloudFormation templates without S3 lifecycle rules gives no finding', async () => {
    const r = await check(`${FIXTURES}/cloudformation/no-lifecycle`);
    expect(r.report.diagnostics).toEqual([]);
    expect(r.ioErrors).toEqual([]);
  });

  it('a template with a macro transform is not judged: its placeholders are no errors', async () => {
    const r = await check(`${FIXTURES}/cloudformation/macro`);
    expect(r.report.diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([['info', 'iac-unknown-value']]);
  });
});
