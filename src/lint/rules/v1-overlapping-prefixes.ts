import { plural } from '../messages.js';
import { recorded } from '../report-message.js';
import { configurationForm, ruleForm } from '../rule-form.js';
import type { LifecycleRule } from '../types.js';
import type { RuleView } from '../view.js';
import { evidenceFor } from '../evidence/records.js';

/** The action types S3 names in the message, with the member that carries each. */
const ACTION_TYPES = [
  ['Expiration', 'Expiration'],
  ['Transition', 'Transitions'],
  ['NoncurrentVersionExpiration', 'NoncurrentVersionExpiration'],
  ['NoncurrentVersionTransition', 'NoncurrentVersionTransitions'],
  ['AbortIncompleteMultipartUpload', 'AbortIncompleteMultipartUpload'],
] as const;

/**
 * Catalogue 4.3: in a V1 configuration, two rules whose prefixes overlap (one starts with the other,
 * "" overlaps everything) may not carry the same type of action. V2 resolves such overlaps at run
 * time instead, so the rule only looks at V1 configurations. Each rule is reported once, against
 * the first earlier rule it clashes with, so 1,000 rules give at most 1,000 findings.
 */
export const v1OverlappingPrefixes: LifecycleRule = {
  meta: {
    id: 'v1-overlapping-prefixes',
    description: 'In a V1 configuration (rule-level Prefix), rules with overlapping prefixes do not share an action type.',
    defaultSeverity: 'error',
    catalogue: ['4.3'],
    evidence: evidenceFor('4.3'),
    messages: {
      overlap: {
        message: "{{rule}}: prefix '{{prefix}}' overlaps '{{theirs}}' of {{other}}; both have {{article}} {{type}} action{{more}}",
        aws: recorded('InvalidRequest', "Found overlapping prefixes '{{theirs}}' and '{{prefix}}' for same action type '{{type}}'"),
        hint: 'V1 rules may not overlap like this: make the prefixes disjoint, or convert every rule to a Filter (V2), where overlaps are allowed.',
      },
    },
  },
  check(ctx) {
    if (configurationForm(ctx.rules)?.form !== 'v1') return;
    const v1 = ctx.rules
      .filter((r) => ruleForm(r) === 'v1' && typeof r.raw.Prefix === 'string')
      .map((rule) => ({ rule, prefix: rule.raw.Prefix as string, types: actionTypes(rule) }));
    v1.forEach(({ rule, prefix, types }, j) => {
      let first: { other: RuleView; theirs: string; type: string } | undefined;
      let clashes = 0;
      for (let i = 0; i < j; i++) {
        const { rule: other, prefix: theirs, types: otherTypes } = v1[i]!;
        if (!prefix.startsWith(theirs) && !theirs.startsWith(prefix)) continue;
        const type = otherTypes.find((t) => types.includes(t));
        if (!type) continue;
        clashes++;
        first ??= { other, theirs, type };
      }
      if (!first) return;
      const more = clashes > 1 ? ` (and ${plural(clashes - 1, 'more rule')})` : '';
      const article = /^[AEIOU]/.test(first.type) ? 'an' : 'a';
      ctx.report({
        pointer: rule.at('Prefix'),
        messageId: 'overlap',
        data: { rule: rule.label, prefix, theirs: first.theirs, other: first.other.label, article, type: first.type, more },
      });
    });
  },
};

function actionTypes(rule: RuleView): string[] {
  return ACTION_TYPES.filter(([, key]) => {
    const v = rule.raw[key];
    return v !== undefined && v !== null && (!Array.isArray(v) || v.length > 0);
  }).map(([type]) => type);
}
