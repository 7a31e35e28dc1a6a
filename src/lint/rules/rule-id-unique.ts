import { documented } from '../report-message.js';
import type { LifecycleRule } from '../types.js';
import { str } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';
import { uniqueId } from '../fixes/plans.js';

export const ruleIdUnique: LifecycleRule = {
  meta: {
    id: 'rule-id-unique',
    description: 'No two rules share an ID.',
    defaultSeverity: 'error',
    catalogue: ['1.6'],
    fix: { kind: 'safe', what: 'gives the second rule with an ID the first free `<id>-<n>`' },
    evidence: evidenceFor('1.6'),
    messages: {
      repeated: {
        message: "{{rule}}: the ID '{{id}}' is already used by {{first}}",
        aws: documented('InvalidArgument'),
        hint: 'Give every rule its own ID.',
      },
    },
  },
  check(ctx) {
    const first = new Map<string, number>();
    for (const rule of ctx.rules) {
      const id = str(rule.raw.ID);
      if (id === undefined || id === '') continue;
      const earlier = first.get(id);
      if (earlier === undefined) {
        first.set(id, rule.index);
        continue;
      }
      ctx.report({
        pointer: rule.at('ID'),
        messageId: 'repeated',
        data: { rule: `rule #${rule.index + 1}`, id: id.length > 80 ? `${id.slice(0, 80)}…` : id, first: `rule #${earlier + 1}` },
        fixes: [uniqueId(ctx, rule)],
      });
    }
  },
};
