/**
 * Lifecycle V1 (a rule-level Prefix) or V2 (a Filter): which form each rule takes, and which form
 * the configuration as a whole is in. S3 decides by the first rule that takes a form (catalogue
 * §4), so the V1/V2 rules share this one reading.
 */
import type { RuleView } from './view.js';
import { present } from './filter-parts.js';

/** 'both' and 'none' are faults of their own (catalogue 1.7, 1.8), judged by filter-or-prefix. */
export type RuleForm = 'v1' | 'v2' | 'both' | 'none';

export function ruleForm(rule: RuleView): RuleForm {
  const filter = present(rule.raw, 'Filter');
  const prefix = present(rule.raw, 'Prefix');
  return filter && prefix ? 'both' : filter ? 'v2' : prefix ? 'v1' : 'none';
}

/** The form of the configuration: that of its first rule with a Filter or a Prefix, not both. */
export function configurationForm(rules: readonly RuleView[]): { form: 'v1' | 'v2'; rule: RuleView } | undefined {
  for (const rule of rules) {
    const form = ruleForm(rule);
    if (form === 'v1' || form === 'v2') return { form, rule };
  }
  return undefined;
}
