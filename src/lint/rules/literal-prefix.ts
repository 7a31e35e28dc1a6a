import { acceptedBut } from '../messages.js';
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
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      for (const { pointer, prefix } of prefixes(rule)) {
        const faults = faultsOf(prefix);
        if (faults.length === 0) continue;
        const fixed = suggestion(prefix);
        const fix = fixed === ''
          ? 'for every object in the bucket the prefix is empty ("") — check what the rule deletes or moves before widening it'
          : `if you meant keys beginning with '${fixed}', write '${fixed}'`;
        ctx.report({
          pointer,
          message: acceptedBut(rule.label, `S3 prefixes are literal: '${prefix}' selects only keys that begin with exactly those characters, and ${faults.join(', and ')}, so the rule probably selects nothing; ${fix}`),
        });
      }
    }
  },
};

function faultsOf(prefix: string): string[] {
  const faults: string[] = [];
  if (prefix.includes('*')) faults.push("'*' is an ordinary character, not a wildcard");
  if (prefix.startsWith('./')) faults.push("keys rarely begin with './' (a key is a name, not a relative path)");
  else if (prefix.startsWith('/')) faults.push("S3 keys rarely begin with '/' (the key of s3://bucket/logs/a.gz is 'logs/a.gz')");
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
