import { documented } from '../report-message.js';
import { filterParts } from '../filter-parts.js';
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
    messages: {
      repeated: {
        message: "{{rule}}: {{tag}} repeats the tag key '{{key}}' of {{first}}",
        aws: documented('InvalidRequest'),
        hint: 'Give each tag of the filter its own key.',
      },
    },
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
          messageId: 'repeated',
          data: { rule: rule.label, tag: t.label, key: t.key, first },
        });
      }
    }
  },
};
