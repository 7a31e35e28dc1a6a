import { emulated } from '../report-message.js';
import { MAX_OBJECT_KEY_BYTES } from '../../model/s3-limits.js';
import { filterParts } from '../filter-parts.js';
import type { LifecycleRule } from '../types.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 2.7 [UNVERIFIED]: object keys are at most 1,024 bytes of UTF-8, so a longer prefix
 * matches nothing. Emulators refuse it; AWS's answer is not on record.
 */
export const filterPrefixLength: LifecycleRule = {
  meta: {
    id: 'filter-prefix-length',
    description: `A prefix is at most ${MAX_OBJECT_KEY_BYTES} bytes, the longest an object key can be.`,
    defaultSeverity: 'warning',
    catalogue: ['2.7'],
    evidence: evidenceFor('2.7'),
    messages: {
      tooLong: {
        message: '{{rule}}: its prefix is {{size}} bytes of UTF-8, longer than any object key ({{max}} bytes)',
        aws: emulated('InvalidArgument'),
        hint: 'The prefix can match no object: shorten it.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      for (const prefix of filterParts(rule).prefixes) {
        const size = Buffer.byteLength(prefix.value, 'utf8');
        if (size <= MAX_OBJECT_KEY_BYTES) continue;
        ctx.report({
          pointer: prefix.pointer,
          messageId: 'tooLong',
          data: { rule: rule.label, size, max: MAX_OBJECT_KEY_BYTES },
        });
      }
    }
  },
};
