import { emulated } from '../report-message.js';
import { joinPointer } from '../../load/pointer.js';
import { MAX_TAGS_PER_OBJECT } from '../../model/s3-limits.js';
import type { LifecycleRule } from '../types.js';
import { arr, obj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 2.8 [UNVERIFIED]: an object carries at most 10 tags, so a filter that requires more
 * can never match. One emulator refuses it; AWS's answer is not on record.
 */
export const filterTagCount: LifecycleRule = {
  meta: {
    id: 'filter-tag-count',
    description: `A filter names at most ${MAX_TAGS_PER_OBJECT} tags, the most an object can carry.`,
    defaultSeverity: 'warning',
    catalogue: ['2.8'],
    evidence: evidenceFor('2.8'),
    messages: {
      tooMany: {
        message: '{{rule}}: its filter requires {{count}} tags, but an object carries at most {{max}}',
        aws: emulated(),
        hint: 'The filter can match no object: require {{max}} tags or fewer.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const tags = arr(obj(obj(rule.raw.Filter)?.And)?.Tags);
      if (tags.length <= MAX_TAGS_PER_OBJECT) continue;
      ctx.report({
        pointer: joinPointer(rule.at('Filter', 'And'), 'Tags'),
        reportOnKey: true,
        messageId: 'tooMany',
        data: { rule: rule.label, count: tags.length, max: MAX_TAGS_PER_OBJECT },
      });
    }
  },
};
