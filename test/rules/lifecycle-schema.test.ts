import { describe, expect, it } from 'vitest';
import { lifecycleSchema } from '../../src/lint/rules/lifecycle-schema.js';
import { describeAws } from '../../src/lint/report-message.js';
import { checkRule, lintText } from '../helpers/lint.js';

const rule = '{"ID": "a", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 1}}';

describe('lifecycle-schema (1.10, 5.1)', () => {
  it("gives an invalid TransitionDefaultMinimumObjectSize AWS's recorded answer, InvalidRequest with the value (LocalStack snapshot against AWS)", () => {
    checkRule(
      lifecycleSchema,
      [{ name: 'valid', code: `{"TransitionDefaultMinimumObjectSize": "varies_by_storage_class", "Rules": [${rule}]}` }],
      [
        {
          name: 'in the configuration',
          code: `{"TransitionDefaultMinimumObjectSize": "128K", "Rules": [${rule}]}`,
          errors: [{ line: 1, messageId: 'transitionDefault', data: { where: 'the configuration', value: '128K' } }],
        },
        {
          name: 'the request header',
          code: `{"Bucket": "b",\n "TransitionDefaultMinimumObjectSize": "all_storage_classes_128k",\n "LifecycleConfiguration": {"Rules": [${rule}]}}`,
          errors: [{ line: 2, messageId: 'transitionDefault', data: { where: 'the request', value: 'all_storage_classes_128k' } }],
        },
      ],
    );
    const [f] = lintText(lifecycleSchema, `{"TransitionDefaultMinimumObjectSize": "128K", "Rules": [${rule}]}`);
    expect(f!.aws).toEqual({
      code: 'InvalidRequest',
      text: 'Invalid TransitionDefaultMinimumObjectSize found: 128K',
      evidence: 'recorded',
    });
    expect(describeAws(f!.aws!)).toBe(
      'AWS answers PutBucketLifecycleConfiguration with InvalidRequest: "Invalid TransitionDefaultMinimumObjectSize found: 128K"',
    );
    expect(f!.message).not.toMatch(/MalformedXML/);
  });

  it("keeps MalformedXML, AWS's recorded answer, for the XML shape", () => {
    const [f] = lintText(lifecycleSchema, `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {}, "Expiration": {"days": 1}}]}`);
    expect([f!.messageId, f!.data, f!.aws?.code, f!.aws?.evidence]).toEqual([
      'shape',
      { problem: 'rule \'a\': Expiration: unknown key "days" (did you mean "Days"? S3\'s names are case-sensitive)' },
      'MalformedXML',
      'recorded',
    ]);
  });
});

describe('certainty, worded one way', () => {
  it('quotes AWS only when recorded, says "AWS documents" when documented, and quotes nothing when only emulators were seen', () => {
    expect(describeAws({ evidence: 'recorded', code: 'InvalidArgument', text: "'Date' must be at midnight GMT" })).toBe(
      `AWS answers PutBucketLifecycleConfiguration with InvalidArgument: "'Date' must be at midnight GMT"`,
    );
    expect(describeAws({ evidence: 'documented' })).toMatch(/^AWS documents that it rejects this/);
    const emulators = describeAws({ evidence: 'emulators', code: 'InvalidArgument' });
    expect(emulators).not.toContain('"');
    expect(emulators).toMatch(/not on record/);
  });
});
