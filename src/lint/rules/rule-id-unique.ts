import { rejection } from '../messages.js';
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
        message: rejection(
          `rule #${rule.index + 1}`,
          `the ID '${id}' is already used by rule #${earlier + 1}`,
          'InvalidArgument',
          'Rule ID must be unique. Found same ID for more than one rule',
        ),
        fixes: [uniqueId(ctx, rule, id)],
      });
    }
  },
};
