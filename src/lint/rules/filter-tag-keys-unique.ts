import { filterParts } from '../filter-parts.js';
import { rejection } from '../messages.js';
import type { LifecycleRule } from '../types.js';
import { evidenceFor } from '../evidence/records.js';

/** Catalogue 2.3: the tags an And lists have different keys. */
export const filterTagKeysUnique: LifecycleRule = {
  meta: {
    id: 'filter-tag-keys-unique',
    description: 'The tags in one filter have different keys.',
    defaultSeverity: 'error',
    catalogue: ['2.3'],
    evidence: evidenceFor('2.3'),
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const seen = new Map<string, string>();
      // Only And.Tags can repeat a key; Filter.Tag beside And is filter-single-predicate's fault.
      for (const t of filterParts(rule).tags) {
        if (!t.inAnd || typeof t.key !== 'string') continue;
        const first = seen.get(t.key);
        if (first === undefined) {
          seen.set(t.key, t.label);
          continue;
        }
        ctx.report({
          pointer: `${t.pointer}/Key`,
          message: rejection(rule.label, `${t.label} repeats the tag key '${t.key}' of ${first}`, 'InvalidRequest', 'Duplicate Tag Keys are not allowed.'),
        });
      }
    }
  },
};
