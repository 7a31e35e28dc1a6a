import { describe, it } from 'vitest';
import { transitionTiming } from '../../src/lint/rules/transition-timing.js';
import { checkRule } from '../helpers/lint.js';

const rule = (transitions: string) => `Rules:
  - ID: archive
    Status: Enabled
    Filter: {Prefix: logs/}
    Transitions:
${transitions}`;

describe('transition-timing (3b.1, 3b.2)', () => {
  it('accepts one of Days or Date, and Days 0 to the archive classes (AWS "same-day" example)', () => {
    checkRule(
      transitionTiming,
      [
        { name: 'Days 0 to GLACIER', code: rule('      - {Days: 0, StorageClass: GLACIER}\n') },
        { name: 'Date', code: rule('      - {Date: "2030-01-01T00:00:00Z", StorageClass: DEEP_ARCHIVE}\n') },
        { name: 'Days 30 to STANDARD_IA', code: rule('      - {Days: 30, StorageClass: STANDARD_IA}\n') },
      ],
      [],
    );
  });

  it('rejects a Transition with neither Days nor Date (terraform-provider-aws#23117: days = 0 dropped)', () => {
    checkRule(
      transitionTiming,
      [],
      [
        {
          name: 'StorageClass only',
          code: rule('      - StorageClass: GLACIER\n'),
          errors: [{ line: 6, messageId: 'neither', data: { index: 0 } }],
        },
        {
          name: 'second transition without timing',
          code: rule('      - {Days: 30, StorageClass: STANDARD_IA}\n      - {StorageClass: GLACIER}\n'),
          errors: [{ line: 7, messageId: 'neither', data: { index: 1 } }],
        },
      ],
    );
  });

  it('rejects a Transition with both Days and Date', () => {
    checkRule(
      transitionTiming,
      [],
      [
        {
          name: 'both',
          code: rule('      - Days: 90\n        Date: "2030-01-01T00:00:00Z"\n        StorageClass: GLACIER\n'),
          errors: [{ line: 7, column: 9, messageId: 'both' }],
        },
      ],
    );
  });

  it("rejects negative Days with AWS's text", () => {
    checkRule(
      transitionTiming,
      [],
      [
        {
          name: 'Days -1',
          code: rule('      - {Days: -1, StorageClass: GLACIER}\n'),
          errors: [{ line: 6, messageId: 'negative' }],
        },
      ],
    );
  });

  it('does not report a wrongly typed Days as missing (the schema reports the type)', () => {
    checkRule(transitionTiming, [{ name: 'Days null', code: rule('      - {Days: null, StorageClass: GLACIER}\n') }], []);
  });
});
