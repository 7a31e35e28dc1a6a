/** An Expiration before its own Transition, caught at its line in Terraform, CloudFormation and CDK. */
import { describe, expect, it } from 'vitest';
import { FIXTURES, at, check, errors } from './helpers.js';

describe('Expiration before its own Transition', () => {
  it('is caught at the expiration line in each format, naming the resource', async () => {
    const r = await check(`${FIXTURES}/expiration-before-transition`);
    const found = errors(r.report.diagnostics);
    expect(found.map(at)).toEqual([
      'expiration-before-transition/cdk/cdk.out/MlDataStack.template.json:9 expiration-after-transition',
      'expiration-before-transition/cloudformation/template.yaml:20 expiration-after-transition',
      'expiration-before-transition/terraform/main.tf:18 expiration-after-transition',
    ]);
    const [cdk, cfn, tf] = found;
    expect(cdk!.message).toMatch(/^MlDataBucket5E3A4B21 \(MlDataStack\/MlDataBucket\/Resource\), rule 'checkpoint-cleanup': /);
    expect([cdk!.messageId, cdk!.data]).toMatchObject(['notAfter', { when: 'at day 60', step: 'the Transition to GLACIER_IR at day 90' }]);
    // The value comes from a parameter's Default, and the message says where.
    expect(cfn!.message).toMatch(/^MlDataBucket, rule 'checkpoint-cleanup': .*\(parameter CheckpointDays, Default at line 6\)$/);
    expect(cfn!.column).toBe(36);
    expect(tf!.message).toMatch(/^aws_s3_bucket_lifecycle_configuration\.ml_data, rule 'checkpoint-cleanup': /);
    expect([tf!.messageId, tf!.data]).toMatchObject(['notAfter', { when: 'at day 60', step: 'the Transition to GLACIER_IR at day 90' }]);
    expect(tf!.column).toBe(14);
  });
});
