import { emulated, recorded } from '../report-message.js';
import { configurationForm, ruleForm } from '../rule-form.js';
import type { LifecycleRule } from '../types.js';
import { evidenceFor } from '../evidence/records.js';
import { prefixesIntoFilters } from '../fixes/plans.js';

/**
 * Catalogue 4.1 and 4.2: a configuration is all V1 (rule-level Prefix) or all V2 (Filter), and the
 * first rule decides which. Read-modify-write tools that append a V2 rule to an old V1
 * configuration are the usual cause. Rules with both or neither are filter-or-prefix's to report.
 */
export const v1V2Mixing: LifecycleRule = {
  meta: {
    id: 'v1-v2-mixing',
    description: 'All rules use Filter (V2), or all use the deprecated rule-level Prefix (V1); not a mix.',
    defaultSeverity: 'error',
    catalogue: ['4.1', '4.2'],
    fix: {
      kind: 'safe',
      what: 'moves rule-level Prefixes into `"Filter": {"Prefix": …}`: the offending rule\'s, or, when the configuration is V1, every V1 rule\'s',
    },
    evidence: evidenceFor('4.1', '4.2'),
    messages: {
      v1InV2: {
        message: '{{rule}} uses a rule-level Prefix (V1), but {{first}} uses a Filter (V2)',
        aws: emulated('InvalidRequest'),
        hint: 'The first rule makes the configuration V2: write "Filter": {"Prefix": …} instead.',
      },
      v2InV1: {
        message: '{{rule}} uses a Filter (V2), but {{first}} uses a rule-level Prefix (V1)',
        aws: recorded('InvalidRequest', 'Filter element can only be used in Lifecycle V2.'),
        hint: "The first rule makes the configuration V1: move every rule's Prefix into a Filter.",
      },
    },
  },
  check(ctx) {
    const decided = configurationForm(ctx.rules);
    if (!decided) return;
    const first = decided.rule.label;
    // In a V1 configuration every V2 rule gets the same fix (all V1 rules into Filters): made once.
    let intoV2: ReturnType<typeof prefixesIntoFilters>;
    for (const rule of ctx.rules) {
      const form = ruleForm(rule);
      if (form === 'v1' && decided.form === 'v2') {
        ctx.report({
          pointer: rule.at('Prefix'),
          reportOnKey: true,
          messageId: 'v1InV2',
          data: { rule: rule.label, first },
          fixes: [prefixesIntoFilters([rule], rule.label)!],
        });
      } else if (form === 'v2' && decided.form === 'v1') {
        ctx.report({
          pointer: rule.at('Filter'),
          reportOnKey: true,
          messageId: 'v2InV1',
          data: { rule: rule.label, first },
          fixes: [(intoV2 ??= prefixesIntoFilters(ctx.rules, 'every V1 rule'))!],
        });
      }
    }
  },
};
