import type { LifecycleRule } from '../types.js';
import { str } from '../../model/values.js';
import { addId } from '../fixes/plans.js';

/**
 * Catalogue 1.4: AWS accepts a rule without an ID and makes one up. lifeguard pairs proposed rules
 * with the live bucket's by ID (plan's diff, apply's read-back, drift, quarantine rules), so a rule
 * S3 names at random can never be paired again: every later plan shows it removed and re-added.
 */
export const ruleIdRequired: LifecycleRule = {
  meta: {
    id: 'rule-id-required',
    description: 'Every rule has a non-empty ID, so that plan and apply can pair it with the rule on the live bucket.',
    defaultSeverity: 'error',
    catalogue: ['1.4'],
    fix: {
      kind: 'safe',
      what: 'gives the rule an ID made from its prefix (`checkpoints/` → `checkpoints`), or `rule-<n>` for its place in Rules, in the first form no other rule uses',
    },
    messages: {
      missing: {
        message: '{{rule}} has no ID: AWS accepts that, but lifeguard pairs rules with the live bucket by ID',
        hint: 'Add a stable "ID"; S3 would invent a random one that no later plan or apply can match.',
      },
      empty: {
        message: '{{rule}} has an empty ID: AWS accepts that, but lifeguard pairs rules with the live bucket by ID',
        hint: 'Give the rule a stable, non-empty "ID".',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const id = rule.raw.ID;
      if (id === undefined)
        ctx.report({
          pointer: rule.pointer,
          reportOnKey: true,
          messageId: 'missing',
          data: { rule: `rule #${rule.index + 1}` },
          fixes: [addId(ctx, rule)],
        });
      else if (str(id)?.trim() === '')
        ctx.report({ pointer: rule.at('ID'), messageId: 'empty', data: { rule: `rule #${rule.index + 1}` }, fixes: [addId(ctx, rule)] });
    }
  },
};
