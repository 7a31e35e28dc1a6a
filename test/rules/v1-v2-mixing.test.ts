import { describe, it } from 'vitest';
import { v1V2Mixing } from '../../src/lint/rules/v1-v2-mixing.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

describe('v1-v2-mixing (4.1, 4.2)', () => {
  it('rejects V1 and V2 rules in one configuration and accepts either alone', () => {
    checkRule(
      v1V2Mixing,
      [
        {
          name: 'all V2 (JSON)',
          code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {"Prefix": "a/"}, "Expiration": {"Days": 1}}, {"ID": "b", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 9}}]}`,
        },
        {
          name: 'all V1 (YAML)',
          code: lines(
            'Rules:',
            '  - {ID: a, Status: Enabled, Prefix: a/, Expiration: {Days: 1}}',
            '  - {ID: b, Status: Enabled, Prefix: b/, Expiration: {Days: 2}}',
          ),
        },
        {
          name: "a rule with both is filter-or-prefix's; the rest agree",
          code: lines(
            'Rules:',
            '  - {ID: a, Status: Enabled, Prefix: a/, Filter: {}, Expiration: {Days: 1}}',
            '  - {ID: b, Status: Enabled, Prefix: b/, Expiration: {Days: 2}}',
          ),
        },
      ],
      [
        {
          name: 'a V1 rule after a V2 rule (terraform-provider-aws#23299), JSON',
          code: lines(
            '{"Rules": [',
            '  {"ID": "new", "Status": "Enabled", "Filter": {"Prefix": "a/"}, "Expiration": {"Days": 1}},',
            '  {"ID": "old", "Status": "Enabled", "Prefix": "b/", "Expiration": {"Days": 2}}',
            ']}',
          ),
          errors: [{ line: 3, column: 38, messageId: 'v1InV2', data: { rule: "rule 'old'", first: "rule 'new'" } }],
        },
        {
          name: 'a V2 rule appended to a V1 configuration (cloud-custodian#5826), YAML',
          code: lines(
            'Rules:',
            '  - ID: old',
            '    Status: Enabled',
            '    Prefix: logs/',
            '    Expiration: {Days: 30}',
            '  - ID: added',
            '    Status: Enabled',
            '    Filter: {Prefix: tmp/}',
            '    Expiration: {Days: 1}',
          ),
          errors: [{ line: 8, column: 5, messageId: 'v2InV1' }],
        },
      ],
    );
  });
});
