import { documented } from '../report-message.js';
import { FILTER_PREDICATES, present } from '../filter-parts.js';
import type { LifecycleRule } from '../types.js';
import { obj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 2.1: a Filter holds exactly one of Prefix, Tag, ObjectSizeGreaterThan,
 * ObjectSizeLessThan or And (or nothing: the whole bucket). Several conditions go inside And.
 */
export const filterSinglePredicate: LifecycleRule = {
  meta: {
    id: 'filter-single-predicate',
    description: 'A Filter holds one condition; several conditions are combined inside "And".',
    defaultSeverity: 'error',
    catalogue: ['2.1'],
    evidence: evidenceFor('2.1'),
    messages: {
      several: {
        message: '{{rule}}: its Filter has {{written}} side by side; a Filter takes one condition',
        aws: documented('MalformedXML'),
        hint: '{{fix}}',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const filter = obj(rule.raw.Filter);
      if (!filter) continue;
      const written = Object.keys(filter).filter((k) => (FILTER_PREDICATES as readonly string[]).includes(k) && present(filter, k));
      if (written.length < 2) continue;
      const others = written.filter((k) => k !== 'And');
      const tagNote = written.includes('Tag') ? ' (inside And, a tag goes in its "Tags" list)' : '';
      const fix = written.includes('And')
        ? `Move ${others.join(' and ')} into the "And"${tagNote}.`
        : `Combine them in "And": {…}${tagNote}.`;
      // The second condition is the one that broke the filter; point there.
      ctx.report({
        pointer: rule.at('Filter', written[1]!),
        reportOnKey: true,
        messageId: 'several',
        data: { rule: rule.label, written: written.join(', '), fix },
      });
    }
  },
};
