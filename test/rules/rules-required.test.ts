import { describe, it } from 'vitest';
import { rulesRequired } from '../../src/lint/rules/rules-required.js';
import { checkRule } from '../helpers/lint.js';
import { lines } from '../helpers/lines.js';

describe('rules-required (1.1)', () => {
  it('rejects a configuration without rules and accepts one rule', () => {
    checkRule(
      rulesRequired,
      [
        { name: 'one rule (JSON)', code: `{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 1}}]}` },
        {
          name: 'one rule in the request shape (YAML)',
          code: lines(
            'Bucket: b',
            'LifecycleConfiguration:',
            '  Rules:',
            '    - {ID: a, Status: Enabled, Filter: {}, Expiration: {Days: 1}}',
          ),
        },
        { name: "Rules of the wrong type is the schema's to report", code: lines('Rules: null') },
        {
          name: "a LifecycleConfiguration that is not a mapping is the schema's",
          code: `{"Bucket": "b", "LifecycleConfiguration": "none"}`,
        },
      ],
      [
        { name: 'an empty Rules list (JSON)', code: lines('{', '  "Rules": [', '  ]', '}'), errors: [{ line: 2, messageId: 'empty' }] },
        {
          name: 'no Rules at all (YAML), reported on the document',
          code: lines('TransitionDefaultMinimumObjectSize: varies_by_storage_class'),
          errors: [{ line: 1, messageId: 'missing' }],
        },
        {
          name: 'request shape without Rules, reported on LifecycleConfiguration',
          code: lines('Bucket: b', 'LifecycleConfiguration:', '  TransitionDefaultMinimumObjectSize: all_storage_classes_128K'),
          errors: [{ line: 2, messageId: 'missing' }],
        },
      ],
    );
  });
});
