import type { LifecycleRule } from '../types.js';
import { obj, str } from '../../model/values.js';
import type { RuleView } from '../view.js';

/**
 * Catalogue W10 (and 2.9): S3 compares a prefix with the start of each key, character for character.
 * `*` is not a wildcard, and keys have no leading `/` or `./`, so such prefixes usually select
 * nothing and the rule silently does nothing.
 */
export const literalPrefix: LifecycleRule = {
  meta: {
    id: 'literal-prefix',
    description: 'Prefixes are literal key beginnings: no `*` wildcard, no leading `/` or `./`.',
    defaultSeverity: 'warning',
    catalogue: ['W10', '2.9'],
    messages: {
      notLiteral: { message: "{{rule}}: the prefix '{{prefix}}' is literal: {{fault}}", hint: '{{fix}}' },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      for (const { pointer, prefix } of prefixes(rule)) {
        const faults = faultsOf(prefix);
        if (faults.length === 0) continue;
        const fixed = suggestion(prefix);
        const fix =
          fixed === ''
            ? 'The rule probably selects nothing. For every object the prefix is empty (""): check what the rule deletes or moves before widening it.'
            : `The rule probably selects nothing. If you meant keys beginning with '${fixed}', write '${fixed}'.`;
        ctx.report({
          pointer,
          messageId: 'notLiteral',
          data: { rule: rule.label, prefix, fault: faults.join('; '), fix },
        });
      }
    }
  },
};

function faultsOf(prefix: string): string[] {
  const faults: string[] = [];
  if (prefix.includes('*')) faults.push("'*' is no wildcard");
  if (prefix.startsWith('./')) faults.push("keys rarely begin with './'");
  else if (prefix.startsWith('/')) faults.push("keys rarely begin with '/'");
  return faults;
}

/** The prefix the author most likely meant: up to the first `*`, without leading `./` and `/`. */
function suggestion(prefix: string): string {
  const star = prefix.indexOf('*');
  return (star < 0 ? prefix : prefix.slice(0, star)).replace(/^(\.?\/)+/, '');
}

function prefixes(rule: RuleView): Array<{ pointer: string; prefix: string }> {
  const out: Array<{ pointer: string; prefix: string }> = [];
  const v1 = str(rule.raw.Prefix);
  if (v1 !== undefined) out.push({ pointer: rule.at('Prefix'), prefix: v1 });
  const filter = obj(rule.raw.Filter);
  const inFilter = str(filter?.Prefix);
  if (inFilter !== undefined) out.push({ pointer: rule.at('Filter', 'Prefix'), prefix: inFilter });
  const inAnd = str(obj(filter?.And)?.Prefix);
  if (inAnd !== undefined) out.push({ pointer: rule.at('Filter', 'And', 'Prefix'), prefix: inAnd });
  return out;
}
