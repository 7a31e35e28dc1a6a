/**
 * AWS's own example configurations must give no error. Each is the S3 API JSON of an example in the
 * S3 User Guide ("Examples of S3 Lifecycle configurations", written there as XML) or the AWS CLI
 * reference for put-bucket-lifecycle-configuration. Every registered rule runs, so this also checks
 * rules added later; warnings (advice about cost or V1 prefixes) are allowed.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint.js';

const EXAMPLES: Record<string, object> = {
  'User Guide: Transition and Expiration Rule (tax/)': {
    Rules: [
      {
        ID: 'Transition and Expiration Rule',
        Filter: { Prefix: 'tax/' },
        Status: 'Enabled',
        Transitions: [{ Days: 365, StorageClass: 'GLACIER' }],
        Expiration: { Days: 3650 },
      },
    ],
  },
  'User Guide: Archive all object same-day upon creation': {
    Rules: [
      {
        ID: 'Archive all object same-day upon creation',
        Filter: { Prefix: '' },
        Status: 'Enabled',
        Transitions: [{ Days: 0, StorageClass: 'GLACIER' }],
      },
    ],
  },
  'User Guide: prefix and two tags in And': {
    Rules: [
      {
        ID: 'Archive tagged tax documents',
        Filter: {
          And: {
            Prefix: 'tax/',
            Tags: [
              { Key: 'key1', Value: 'value1' },
              { Key: 'key2', Value: 'value2' },
            ],
          },
        },
        Status: 'Enabled',
        Transitions: [{ Days: 365, StorageClass: 'GLACIER' }],
      },
    ],
  },
  'User Guide: removing expired object delete markers': {
    Rules: [
      {
        ID: 'ExampleRule',
        Filter: { Prefix: 'logs/' },
        Status: 'Enabled',
        Expiration: { ExpiredObjectDeleteMarker: true },
        NoncurrentVersionExpiration: { NoncurrentDays: 30 },
      },
    ],
  },
  'User Guide: abort incomplete multipart uploads': {
    Rules: [
      {
        ID: 'sample-rule',
        Filter: { Prefix: 'SomeKeyPrefix/' },
        Status: 'Enabled',
        AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
      },
    ],
  },
  'User Guide: expiring noncurrent objects that have no data': {
    Rules: [
      {
        ID: 'Expire noncurrent with no data',
        Filter: { ObjectSizeLessThan: 1 },
        Status: 'Enabled',
        NoncurrentVersionExpiration: { NoncurrentDays: 30 },
      },
    ],
  },
  'User Guide: allowing objects smaller than 128 KB to be transitioned': {
    Rules: [
      {
        ID: 'Allow small object transitions',
        Filter: { ObjectSizeGreaterThan: 1 },
        Status: 'Enabled',
        Transitions: [{ Days: 365, StorageClass: 'GLACIER_IR' }],
      },
    ],
  },
  'AWS CLI reference: two V1 rules (rotated/ and "")': {
    Rules: [
      {
        ID: 'Move rotated logs to Glacier',
        Prefix: 'rotated/',
        Status: 'Enabled',
        Transitions: [{ Date: '2015-11-10T00:00:00.000Z', StorageClass: 'GLACIER' }],
      },
      {
        Status: 'Enabled',
        Prefix: '',
        NoncurrentVersionTransitions: [{ NoncurrentDays: 2, StorageClass: 'GLACIER' }],
        ID: 'Move old versions to Glacier',
      },
    ],
  },
};

describe('AWS documentation examples', () => {
  for (const [name, config] of Object.entries(EXAMPLES)) {
    it(`${name}: no error (JSON and YAML)`, () => {
      const json = JSON.stringify(config, null, 2);
      for (const [file, text] of [
        ['example.json', json],
        ['example.yaml', json],
      ] as const) {
        const errors = lintText(undefined, text, file).filter((f) => f.severity === 'error');
        expect(
          errors.map((e) => `${e.ruleId}: ${e.message}`),
          `${name} as ${file}`,
        ).toEqual([]);
      }
    });
  }
});
