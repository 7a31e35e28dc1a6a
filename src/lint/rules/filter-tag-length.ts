import { emulated } from '../report-message.js';
import { TAG_KEY_CHARS, TAG_VALUE_CHARS } from '../../model/s3-limits.js';
import { charLength, filterParts } from '../filter-parts.js';
import type { LifecycleRule } from '../types.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 2.4: a filter tag's Key has 1–128 characters and its Value 0–256. An empty or missing
 * Value is allowed: it matches objects whose tag has no value.
 */
export const filterTagLength: LifecycleRule = {
  meta: {
    id: 'filter-tag-length',
    description: `A filter tag's Key has ${TAG_KEY_CHARS.min}–${TAG_KEY_CHARS.max} characters and its Value at most ${TAG_VALUE_CHARS.max}.`,
    defaultSeverity: 'error',
    catalogue: ['2.4'],
    evidence: evidenceFor('2.4'),
    messages: {
      emptyKey: {
        message: '{{rule}}: {{tag}} has an empty Key',
        aws: emulated('InvalidRequest'),
        hint: 'Give the tag a key of 1 to {{max}} characters.',
      },
      longKey: {
        message: '{{rule}}: {{tag}} has a Key of {{length}} characters, more than {{max}}',
        aws: emulated('InvalidRequest'),
        hint: 'Shorten the key to {{max}} characters or fewer.',
      },
      longValue: {
        message: '{{rule}}: {{tag}} has a Value of {{length}} characters, more than {{max}}',
        aws: emulated('InvalidRequest'),
        hint: 'Shorten the value to {{max}} characters or fewer.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      for (const tag of filterParts(rule).tags) {
        const where = tag.label;
        if (typeof tag.key === 'string') {
          const n = charLength(tag.key);
          if (n < TAG_KEY_CHARS.min || n > TAG_KEY_CHARS.max) {
            ctx.report({
              pointer: `${tag.pointer}/Key`,
              messageId: n === 0 ? 'emptyKey' : 'longKey',
              data: { rule: rule.label, tag: where, length: n, max: TAG_KEY_CHARS.max },
            });
          }
        }
        if (typeof tag.value === 'string') {
          const n = charLength(tag.value);
          if (n > TAG_VALUE_CHARS.max) {
            ctx.report({
              pointer: `${tag.pointer}/Value`,
              messageId: 'longValue',
              data: { rule: rule.label, tag: where, length: n, max: TAG_VALUE_CHARS.max },
            });
          }
        }
      }
    }
  },
};
