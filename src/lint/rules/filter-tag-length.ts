import { TAG_KEY_CHARS, TAG_VALUE_CHARS } from '../../model/s3-limits.js';
import { charLength, filterParts } from '../filter-parts.js';
import { rejection } from '../messages.js';
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
              message: rejection(
                rule.label,
                n === 0 ? `${where} has an empty Key` : `${where} has a Key of ${n} characters, more than ${TAG_KEY_CHARS.max}`,
                'InvalidRequest',
                `A Tag's Key must be a length between ${TAG_KEY_CHARS.min} and ${TAG_KEY_CHARS.max}.`,
              ),
            });
          }
        }
        if (typeof tag.value === 'string') {
          const n = charLength(tag.value);
          if (n > TAG_VALUE_CHARS.max) {
            ctx.report({
              pointer: `${tag.pointer}/Value`,
              message: rejection(
                rule.label,
                `${where} has a Value of ${n} characters, more than ${TAG_VALUE_CHARS.max}`,
                'InvalidRequest',
                `A Tag's Value must be a length between ${TAG_VALUE_CHARS.min} and ${TAG_VALUE_CHARS.max}.`,
              ),
            });
          }
        }
      }
    }
  },
};
