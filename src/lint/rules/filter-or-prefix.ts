import { emulated, recorded, SCHEMA_TEXT } from '../report-message.js';
import { ruleForm } from '../rule-form.js';
import type { LifecycleRule } from '../types.js';
import { evidenceFor } from '../evidence/records.js';
import { prefixIntoFilter, selectWholeBucket } from '../fixes/plans.js';

/**
 * Catalogue 1.7 and 1.8: a rule selects its objects with a `Filter` (V2) or, in the deprecated V1
 * form, a rule-level `Prefix`; one of the two, not both.
 */
export const filterOrPrefix: LifecycleRule = {
  meta: {
    id: 'filter-or-prefix',
    description: 'Every rule has a Filter (or, in the deprecated V1 form, a rule-level Prefix), not both.',
    defaultSeverity: 'error',
    catalogue: ['1.7', '1.8'],
    fix: {
      kind: 'safe',
      what: 'adds `"Filter": {}` (the whole bucket; `"Prefix": ""` in a V1 configuration) to a rule with neither a Filter nor a Prefix, and moves a rule-level Prefix into an empty Filter (or drops it when the Filter has the same prefix)',
    },
    evidence: evidenceFor('1.7', '1.8'),
    messages: {
      neither: {
        message: '{{rule}} has neither a "Filter" nor a "Prefix": S3 cannot tell which objects it applies to',
        aws: recorded('MalformedXML', SCHEMA_TEXT),
        hint: 'Add "Filter": {} for the whole bucket, or "Filter": {"Prefix": "…"}.',
      },
      both: {
        message: '{{rule}} has both a "Filter" and a rule-level "Prefix" (the deprecated V1 form)',
        aws: emulated('MalformedXML'),
        hint: 'Move the prefix into the Filter.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const form = ruleForm(rule);
      if (form === 'none') {
        ctx.report({
          pointer: rule.pointer,
          reportOnKey: true,
          messageId: 'neither',
          data: { rule: rule.label },
          fixes: [selectWholeBucket(ctx, rule)],
        });
      } else if (form === 'both') {
        ctx.report({
          pointer: rule.at('Prefix'),
          reportOnKey: true,
          severity: 'warning',
          messageId: 'both',
          data: { rule: rule.label },
          fixes: optional(prefixIntoFilter(rule)),
        });
      }
    }
  },
};

function optional<T>(plan: T | undefined): T[] | undefined {
  return plan ? [plan] : undefined;
}
