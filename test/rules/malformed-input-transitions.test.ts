/**
 * The transition, noncurrent, date and bucket-type rules read untrusted data: on malformed input
 * they neither throw nor repeat what the schema already reports.
 */
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_RULES } from '../../src/lint/registry.js';
import { lintText } from '../helpers/lint.js';

const ids = [
  'bucket-type-support',
  'date-days-mixing',
  'date-midnight',
  'expiration-after-transition',
  'newer-noncurrent-versions',
  'noncurrent-expiration-after-transition',
  'noncurrent-expiration-days',
  'noncurrent-transition-days',
  'noncurrent-transition-order',
  'transition-class-unique',
  'transition-gap',
  'transition-order',
  'transition-timing',
];

const malformed: Record<string, string> = {
  'not an object': '[1, 2]',
  'Rules not a list': '{"Rules": "none"}',
  'rules of every type': '{"Rules": [5, null, "x", [], {}]}',
  'actions of the wrong type': `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {}, "Transitions": "oops",
    "NoncurrentVersionTransitions": [1, null, {"StorageClass": "GLACIER", "NoncurrentDays": "x"}],
    "NoncurrentVersionExpiration": [], "Expiration": "y"}]}`,
  'members of the wrong type': `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {"And": "x"},
    "Transitions": [{"Days": 1.5, "StorageClass": "GLACIER"}, {"Days": 30, "StorageClass": "NOPE"}, {"Days": 60, "StorageClass": 7}],
    "NoncurrentVersionExpiration": {"NoncurrentDays": "30", "NewerNoncurrentVersions": "5"}}]}`,
  'a request without a configuration': '{"Bucket": "a--usw2-az1--x-s3", "LifecycleConfiguration": null}',
  'a request whose bucket is not a string':
    '{"Bucket": 7, "LifecycleConfiguration": {"Rules": [{"Status": "Enabled", "Filter": {}, "Transitions": [{"Days": 0, "StorageClass": "GLACIER"}]}]}}',
};

describe('malformed input', () => {
  for (const id of ids) {
    it(`${id}: no throw and no finding of its own`, () => {
      const rule = LIFECYCLE_RULES[id];
      expect(rule, id).toBeDefined();
      for (const [name, code] of Object.entries(malformed)) {
        expect(lintText(rule, code, 'x.json'), name).toEqual([]);
      }
    });
  }
});
