import { describe, expect, it } from 'vitest';
import { immutabilityReason, productionWithoutObjectLock as rule } from '../../../src/plan/state-rules/production-without-object-lock.js';
import { checkStateRule } from '../../helpers/state.js';

const RULES = `Rules:
  - ID: e
    Status: Enabled
    Filter: {}
    Expiration: { Days: 3 }
`;

describe(rule.meta.id, () => {
  it('valid and invalid cases', () => {
    checkStateRule(
      rule,
      [
        { name: 'no stage', code: RULES },
        { name: 'a staging stage', code: RULES, target: { stage: 'staging' } },
        {
          name: 'production with Object Lock',
          code: RULES,
          target: { stage: 'production' },
          state: { versioning: 'Enabled', objectLock: { enabled: true } },
        },
      ],
      [
        {
          name: 'production stage',
          code: RULES,
          target: { stage: 'production' },
          errors: [{ line: 4, column: 12, inConfig: true, message: 'target t is the production stage, but bucket b has no Object Lock' }],
        },
        { name: 'Prod, any case', code: RULES, target: { stage: 'Prod' }, errors: [{ line: 4, inConfig: true }] },
        {
          name: 'immutable target',
          code: RULES,
          target: { immutable: true },
          errors: [{ line: 5, column: 16, inConfig: true, message: /is marked immutable/ }],
        },
      ],
    );
  });

  it('says why a target must be immutable', () => {
    expect(immutabilityReason({ name: 't', bucket: 'b', stage: 'dev' })).toBeUndefined();
    expect(immutabilityReason({ name: 't', bucket: 'b', immutable: false, stage: 'production' })?.key).toBe('stage');
  });
});
