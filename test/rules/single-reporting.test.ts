/**
 * A fault is reported once, by the rule that owns it (docs/adr/0011): the shape check reports types
 * and unknown keys, and the semantic rules stay silent on what they cannot read.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

const CASES: Array<{ name: string; code: string; ruleIds: string[] }> = [
  {
    name: 'a Filter key with no value',
    code: lines('Rules:', '  - ID: a', '    Status: Enabled', '    Filter:', '    Expiration: {Days: 1}'),
    ruleIds: ['lifecycle-schema'],
  },
  {
    name: 'a misspelt Expiration member',
    code: lines('Rules:', '  - {ID: a, Status: Enabled, Filter: {}, Expiration: {days: 30}}'),
    ruleIds: ['lifecycle-schema'],
  },
  {
    name: 'a misspelt abort member',
    code: lines('Rules:', '  - {ID: a, Status: Enabled, Filter: {}, AbortIncompleteMultipartUpload: {Days: 7}}'),
    ruleIds: ['lifecycle-schema'],
  },
  {
    name: 'a boolean Status',
    code: lines('Rules:', '  - {ID: a, Status: true, Filter: {}, Expiration: {Days: 1}}'),
    ruleIds: ['lifecycle-schema'],
  },
  { name: 'Rules with no value', code: lines('Rules:'), ruleIds: ['lifecycle-schema'] },
  {
    name: 'an unknown storage class',
    code: lines('Rules:', '  - {ID: a, Status: Enabled, Filter: {}, Transitions: [{Days: 30, StorageClass: COLD}]}'),
    ruleIds: ['lifecycle-schema'],
  },
  {
    name: 'an And of one tag with a duplicate-free, well-sized key',
    code: lines('Rules:', '  - {ID: a, Status: Enabled, Filter: {And: {Tags: [{Key: k, Value: v}]}}, Expiration: {Days: 1}}'),
    ruleIds: ['and-operator-predicates'],
  },
];

describe('each fault is reported once', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const errors = lintText(undefined, c.code).filter((f) => f.severity === 'error');
      expect(errors.map((f) => f.ruleId)).toEqual(c.ruleIds);
    });
  }
});
