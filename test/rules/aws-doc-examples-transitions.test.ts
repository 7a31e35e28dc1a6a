/**
 * The AWS documentation's own lifecycle configurations (S3 User Guide, "Examples of S3 Lifecycle
 * configuration", and the AWS CLI reference), written in the S3 API JSON shape: no rule may call
 * them errors. Warnings are allowed (some examples are deliberately whole-bucket).
 * Left out: the User Guide's Example 2 mixes a V2 rule with a V1 rule and its Example 5.3 moves
 * objects to STANDARD_IA after 10 days; AWS itself rejects both.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint.js';

const examples: Record<string, unknown> = {
  'UG 1: filter on tax/': {
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
  'UG 1: archive all objects same-day upon creation': {
    Rules: [
      {
        ID: 'Archive all object same-day upon creation',
        Filter: { Prefix: '' },
        Status: 'Enabled',
        Transitions: [{ Days: 0, StorageClass: 'GLACIER' }],
      },
    ],
  },
  'UG 3: tiering down over the lifetime': {
    Rules: [
      {
        ID: 'example-id',
        Filter: { Prefix: 'logs/' },
        Status: 'Enabled',
        Transitions: [
          { Days: 30, StorageClass: 'STANDARD_IA' },
          { Days: 90, StorageClass: 'GLACIER' },
        ],
        Expiration: { Days: 365 },
      },
    ],
  },
  'UG 4: multiple rules': {
    Rules: [
      {
        ID: 'ClassADocRule',
        Filter: { Prefix: 'classA/' },
        Status: 'Enabled',
        Transitions: [{ Days: 365, StorageClass: 'GLACIER' }],
        Expiration: { Days: 3650 },
      },
      {
        ID: 'ClassBDocRule',
        Filter: { Prefix: 'classB/' },
        Status: 'Enabled',
        Transitions: [{ Days: 90, StorageClass: 'STANDARD_IA' }],
        Expiration: { Days: 365 },
      },
    ],
  },
  'UG 6: versioning-enabled bucket': {
    Rules: [
      {
        ID: 'sample-rule',
        Filter: { Prefix: '' },
        Status: 'Enabled',
        Transitions: [{ Days: 90, StorageClass: 'STANDARD_IA' }],
        NoncurrentVersionTransitions: [{ NoncurrentDays: 30, StorageClass: 'GLACIER' }],
        NoncurrentVersionExpiration: { NewerNoncurrentVersions: 5, NoncurrentDays: 365 },
      },
    ],
  },
  'UG 7: expire current versions, keep 10 noncurrent': {
    Rules: [
      {
        ID: 'r',
        Filter: {},
        Status: 'Enabled',
        Expiration: { Days: 60 },
        NoncurrentVersionExpiration: { NewerNoncurrentVersions: 10, NoncurrentDays: 30 },
      },
    ],
  },
  'UG 7: remove expired object delete markers': {
    Rules: [
      {
        ID: 'Rule 1',
        Filter: { Prefix: 'logs/' },
        Status: 'Enabled',
        Expiration: { ExpiredObjectDeleteMarker: true },
        NoncurrentVersionExpiration: { NewerNoncurrentVersions: 10, NoncurrentDays: 30 },
      },
    ],
  },
  'UG 9: size-based rule': {
    Rules: [
      {
        ID: 'Transition with a prefix and based on size',
        Filter: { And: { Prefix: 'tax/', ObjectSizeGreaterThan: 500 } },
        Status: 'Enabled',
        Transitions: [{ Days: 365, StorageClass: 'GLACIER' }],
      },
    ],
  },
  'AWS CLI put-bucket-lifecycle-configuration example': {
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

describe("the AWS documentation's example configurations", () => {
  for (const [name, config] of Object.entries(examples)) {
    it(`${name}: no errors`, () => {
      const errors = lintText(undefined, JSON.stringify(config, null, 2), 'example.json').filter((f) => f.severity === 'error');
      expect(errors.map((e) => `${e.ruleId}: ${e.message}`)).toEqual([]);
    });
  }
});
