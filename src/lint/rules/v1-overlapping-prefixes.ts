import { plural, rejection } from '../messages.js';
import { configurationForm, ruleForm } from '../rule-form.js';
import type { LifecycleRule } from '../types.js';
import type { RuleView } from '../view.js';

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
  },
  check(ctx) {
    if (configurationForm(ctx.rules)?.form !== 'v1') return;
    const v1 = ctx.rules.filter((r) => ruleForm(r) === 'v1' && typeof r.raw.Prefix === 'string');
    v1.forEach((rule, j) => {
      const prefix = rule.raw.Prefix as string;
      const mine = actionTypes(rule);
      const clashes: Array<{ other: RuleView; type: string }> = [];
      for (const other of v1.slice(0, j)) {
        const theirs = other.raw.Prefix as string;
        if (!prefix.startsWith(theirs) && !theirs.startsWith(prefix)) continue;
        const type = actionTypes(other).find((t) => mine.includes(t));
        if (type) clashes.push({ other, type });
      }
      const first = clashes[0];
      if (!first) return;
      const more = clashes.length > 1 ? ` (and overlaps ${plural(clashes.length - 1, 'more earlier rule')} the same way)` : '';
      const theirs = first.other.raw.Prefix as string;
      ctx.report({
        pointer: rule.at('Prefix'),
        message: rejection(
          rule.label,
          `its prefix '${prefix}' overlaps the prefix '${theirs}' of ${first.other.label}, and both rules have a${/^[AEIOU]/.test(first.type) ? 'n' : ''} ${first.type} action${more}; V1 rules may not overlap like this, so make the prefixes disjoint or convert every rule to a Filter (V2), where overlaps are allowed`,
          'InvalidRequest',
          `Found overlapping prefixes '${theirs}' and '${prefix}' for same action type '${first.type}'`,
        ),
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
