/**
 * The AWS documentation's own example configurations, through every warning rule (catalogue W rows):
 * none may produce an error, and each warning listed here is one the example deserves. A new
 * warning on these examples fails the test, so noise is a deliberate decision.
 *
 * Sources: S3 User Guide "Examples of S3 Lifecycle configuration" (awsdocs/amazon-s3-userguide
 * doc_source/lifecycle-configuration-examples.md) and "How Amazon S3 handles conflicts", with the
 * XML as the S3 API JSON; the AWS CLI put-bucket-lifecycle-configuration example. Left out: example 2
 * (mixes a Filter rule with a V1 Prefix rule, which AWS rejects, catalogue 4.1) and conflicts
 * example 3 (STANDARD_IA after 10 days, which AWS rejects, 3b.3).
 */
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_RULES } from '../../src/lint/registry.js';
import { lintText } from '../helpers/lint.js';

const warningRules = Object.values(LIFECYCLE_RULES).filter((r) => r.meta.catalogue.some((row) => row.startsWith('W')));

const rule = (body: Record<string, unknown>) => ({ Status: 'Enabled', ...body });
const doc = (...rules: Array<Record<string, unknown>>) => JSON.stringify({ Rules: rules }, null, 2);

const EXAMPLES: Array<{ name: string; code: string; expected: string[] }> = [
  {
    name: 'example 1: tax/ to GLACIER after a year, deleted after ten',
    code: doc(
      rule({
        ID: 'Transition and Expiration Rule',
        Filter: { Prefix: 'tax/' },
        Transitions: [{ Days: 365, StorageClass: 'GLACIER' }],
        Expiration: { Days: 3650 },
      }),
    ),
    expected: ['abort-multipart-missing', 'small-objects-not-transitioned'],
  },
  {
    name: 'example 1: archive every object the day it is created',
    code: doc(
      rule({
        ID: 'Archive all object same-day upon creation',
        Filter: { Prefix: '' },
        Transitions: [{ Days: 0, StorageClass: 'GLACIER' }],
      }),
    ),
    expected: ['abort-multipart-missing', 'small-objects-not-transitioned'],
  },
  {
    name: 'example 3: tiering down logs/',
    code: doc(
      rule({
        ID: 'example-id',
        Filter: { Prefix: 'logs/' },
        Transitions: [
          { Days: 30, StorageClass: 'STANDARD_IA' },
          { Days: 90, StorageClass: 'GLACIER' },
        ],
        Expiration: { Days: 365 },
      }),
    ),
    expected: ['abort-multipart-missing', 'small-objects-not-transitioned'],
  },
  {
    name: 'example 4: two classes of documents',
    code: doc(
      rule({
        ID: 'ClassADocRule',
        Filter: { Prefix: 'classA/' },
        Transitions: [{ Days: 365, StorageClass: 'GLACIER' }],
        Expiration: { Days: 3650 },
      }),
      rule({
        ID: 'ClassBDocRule',
        Filter: { Prefix: 'classB/' },
        Transitions: [{ Days: 90, StorageClass: 'STANDARD_IA' }],
        Expiration: { Days: 365 },
      }),
    ),
    expected: ['abort-multipart-missing', 'small-objects-not-transitioned'],
  },
  {
    name: 'conflicts example 1: whole-bucket expiration and logs/ to STANDARD_IA (no conflict)',
    code: doc(
      rule({ ID: 'Rule 1', Filter: {}, Expiration: { Days: 365 } }),
      rule({ ID: 'Rule 2', Filter: { Prefix: 'logs/' }, Transitions: [{ StorageClass: 'STANDARD_IA', Days: 30 }] }),
    ),
    expected: ['abort-multipart-missing', 'small-objects-not-transitioned', 'whole-bucket-expiration'],
  },
  {
    name: 'conflicts example 2: expiration and transition on the same day',
    code: doc(
      rule({ ID: 'Rule 1', Filter: { Prefix: 'logs/' }, Expiration: { Days: 365 } }),
      rule({ ID: 'Rule 2', Filter: { Prefix: 'logs/' }, Transitions: [{ StorageClass: 'STANDARD_IA', Days: 365 }] }),
    ),
    expected: ['abort-multipart-missing', 'overlapping-rules', 'small-objects-not-transitioned'],
  },
  {
    name: 'conflicts example 4: two tag rules',
    code: doc(
      rule({ ID: 'Rule 1', Filter: { Tag: { Key: 'tag1', Value: 'value1' } }, Transitions: [{ StorageClass: 'GLACIER', Days: 365 }] }),
      rule({ ID: 'Rule 2', Filter: { Tag: { Key: 'tag2', Value: 'value2' } }, Expiration: { Days: 14 } }),
    ),
    expected: ['abort-multipart-missing', 'overlapping-rules', 'small-objects-not-transitioned'],
  },
  {
    name: 'example 6: versioning-enabled bucket',
    code: doc(
      rule({
        ID: 'sample-rule',
        Filter: { Prefix: '' },
        Transitions: [{ Days: 90, StorageClass: 'STANDARD_IA' }],
        NoncurrentVersionTransitions: [{ NoncurrentDays: 30, StorageClass: 'GLACIER' }],
        NoncurrentVersionExpiration: { NewerNoncurrentVersions: 5, NoncurrentDays: 365 },
      }),
    ),
    expected: ['abort-multipart-missing', 'small-objects-not-transitioned'],
  },
  {
    name: 'example 7: removing expired object delete markers',
    code: doc(
      rule({
        ID: 'Rule 1',
        Filter: { Prefix: 'logs/' },
        Expiration: { ExpiredObjectDeleteMarker: true },
        NoncurrentVersionExpiration: { NewerNoncurrentVersions: 10, NoncurrentDays: 30 },
      }),
    ),
    expected: ['abort-multipart-missing'],
  },
  {
    name: 'example 8: abort multipart uploads after seven days',
    code: doc(
      rule({ ID: 'sample-rule', Filter: { Prefix: 'SomeKeyPrefix/' }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } }),
    ),
    expected: [],
  },
  {
    name: 'example 9: tax/ objects over 500 bytes to GLACIER (small objects pay 40 KiB of metadata each)',
    code: doc(
      rule({
        ID: 'Transition with a prefix and based on size',
        Filter: { And: { Prefix: 'tax/', ObjectSizeGreaterThan: 500 } },
        Transitions: [{ Days: 365, StorageClass: 'GLACIER' }],
      }),
    ),
    expected: ['abort-multipart-missing', 'small-object-transition'],
  },
  {
    name: 'AWS CLI example: V1 rules, a dated transition of rotated logs, old versions to GLACIER',
    code: doc(
      rule({
        ID: 'Move rotated logs to Glacier',
        Prefix: 'rotated/',
        Transitions: [{ Date: '2015-11-10T00:00:00.000Z', StorageClass: 'GLACIER' }],
      }),
      rule({
        ID: 'Move old versions to Glacier',
        Prefix: '',
        NoncurrentVersionTransitions: [{ NoncurrentDays: 2, StorageClass: 'GLACIER' }],
      }),
    ),
    expected: ['abort-multipart-missing', 'date-based-action', 'deprecated-v1-prefix', 'small-objects-not-transitioned'],
  },
];

describe('warnings on the AWS documentation examples', () => {
  it('runs every warning rule of the catalogue', () => {
    expect(warningRules.map((r) => r.meta.id).sort()).toEqual([
      'abort-multipart-missing',
      'date-based-action',
      'deprecated-v1-prefix',
      'early-deletion-charge',
      'literal-prefix',
      'newer-noncurrent-versions',
      'overlapping-rules',
      'production-expiration',
      'small-object-transition',
      'small-objects-not-transitioned',
      'whole-bucket-expiration',
    ]);
  });

  for (const ex of EXAMPLES) {
    it(ex.name, () => {
      const findings = warningRules.flatMap((r) => lintText(r, ex.code));
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(findings.map((f) => f.ruleId).sort()).toEqual(ex.expected);
    });
  }
});
