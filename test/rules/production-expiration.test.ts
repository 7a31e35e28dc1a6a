import { describe, it } from 'vitest';
import { productionExpiration } from '../../src/lint/rules/production-expiration.js';
import { checkRule } from '../helpers/lint.js';

const models = (action: string) => `Rules:
  - ID: models
    Status: Enabled
    Filter: {Prefix: models/}
${action}
`;
const expireAfter = (days: number) => `    Expiration:\n      Days: ${days}`;
const transitionOnly = `    Transitions:\n      - {Days: 30, StorageClass: GLACIER_IR}\n    NoncurrentVersionExpiration:\n      NoncurrentDays: 30`;

describe('production-expiration (6.4, W5)', () => {
  it('fails a production target whose rules expire current versions, at the Expiration line', () => {
    checkRule(
      productionExpiration,
      [],
      [
        {
          name: 'stage production, 30 days',
          code: models(expireAfter(30)),
          errors: [
            {
              line: 6,
              column: 13,
              messageId: 'noRetention',
              data: { rule: "rule 'models'", days: 30, target: 'ml-prod', why: 'is the production stage' },
            },
          ],
        },
      ],
      [{ name: 'ml-prod', stage: 'production' }],
    );
  });

  it('passes a production target whose rules only transition (and expire noncurrent versions)', () => {
    checkRule(
      productionExpiration,
      [{ name: 'transition only', code: models(transitionOnly) }],
      [],
      [{ name: 'ml-prod', stage: 'production' }],
    );
  });

  it('passes a target that promises nothing, and a disabled rule', () => {
    checkRule(productionExpiration, [{ name: 'dev', code: models(expireAfter(1)) }], [], [{ name: 'ml-dev', stage: 'dev' }]);
    checkRule(productionExpiration, [{ name: 'no target', code: models(expireAfter(1)) }], []);
    checkRule(
      productionExpiration,
      [{ name: 'disabled', code: models(expireAfter(1)).replace('Enabled', 'Disabled') }],
      [],
      [{ name: 'p', stage: 'prod' }],
    );
  });

  it('holds minRetentionDays: earlier is an error, at or after it passes', () => {
    const targets = [{ name: 'ds', minRetentionDays: 365 }];
    checkRule(
      productionExpiration,
      [{ name: '365', code: models(expireAfter(365)) }],
      [
        {
          name: '90',
          code: models(expireAfter(90)),
          errors: [{ line: 6, messageId: 'beforeRetention', data: { days: 90, retention: 365 } }],
        },
      ],
      targets,
    );
  });

  it('fails an immutable target with a Date expiry', () => {
    checkRule(
      productionExpiration,
      [],
      [
        {
          name: 'date',
          code: models(`    Expiration:\n      Date: "2030-01-01T00:00:00Z"`),
          errors: [{ line: 6, messageId: 'byDate', data: { date: '2030-01-01', why: 'is immutable' } }],
        },
      ],
      [{ name: 'worm', immutable: true }],
    );
  });
});
