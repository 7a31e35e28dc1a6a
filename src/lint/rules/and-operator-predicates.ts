import { present } from '../filter-parts.js';
import { rejection } from '../messages.js';
import type { LifecycleRule } from '../types.js';
import { obj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 2.2: "And" joins two or more conditions. An empty Prefix counts as one (S3 accepted
 * `And {Prefix: "", ObjectSizeGreaterThan}` in a recorded answer), and each tag counts.
 */
export const andOperatorPredicates: LifecycleRule = {
  meta: {
    id: 'and-operator-predicates',
    description: 'An "And" in a Filter combines at least two conditions.',
    defaultSeverity: 'error',
    catalogue: ['2.2'],
    evidence: evidenceFor('2.2'),
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const and = obj(obj(rule.raw.Filter)?.And);
      if (!and) continue;
      const tags = and.Tags;
      // Tags that are not a list cannot be counted; the schema reports them.
      if (present(and, 'Tags') && !Array.isArray(tags)) continue;
      const conditions = [
        ...(['Prefix', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan'] as const).filter((k) => present(and, k)),
        ...(Array.isArray(tags) ? tags.map((_, i) => `Tags[${i}]`) : []),
      ];
      if (conditions.length >= 2) continue;
      const what = conditions.length === 0 ? 'its And is empty' : `its And holds only ${conditions[0]}`;
      const only = conditions[0];
      const fix = only === undefined ? 'give it two or more conditions, or remove it' : only.startsWith('Tags') ? 'put the tag directly in the Filter as "Tag"' : `put ${only} directly in the Filter`;
      ctx.report({
        pointer: rule.at('Filter', 'And'),
        reportOnKey: true,
        message: rejection(rule.label, `${what}, but And combines two or more conditions; ${fix}`, 'MalformedXML'),
      });
    }
  },
};
