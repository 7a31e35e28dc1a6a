import { documented, emulated } from '../report-message.js';
import { MAX_NEWER_NONCURRENT_VERSIONS } from '../../model/lifecycle.js';
import type { LifecycleRule, LintContext } from '../types.js';
import { arr, int, isObj, obj } from '../../model/values.js';
import type { RuleView } from '../view.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 3d.6, 3d.7 and W11: NewerNoncurrentVersions is a positive count, only in V2 rules
 * (with a Filter). The documented maximum of 100 is not known to be enforced, so above it warns.
 */
export const newerNoncurrentVersions: LifecycleRule = {
  meta: {
    id: 'newer-noncurrent-versions',
    description: `NewerNoncurrentVersions is between 1 and ${MAX_NEWER_NONCURRENT_VERSIONS} and is used only in rules with a Filter.`,
    defaultSeverity: 'error',
    catalogue: ['3d.6', '3d.7', 'W11'],
    evidence: evidenceFor('3d.6', '3d.7'),
    messages: {
      v1: {
        message: '{{rule}}: {{where}} uses NewerNoncurrentVersions in a rule with a top-level Prefix (V1)',
        aws: documented('InvalidRequest'),
        hint: 'Move the prefix into "Filter": {"Prefix": …}.',
      },
      notPositive: {
        message: '{{rule}}: {{where}} keeps NewerNoncurrentVersions {{count}}; it must be 1 or more',
        aws: emulated('InvalidArgument'),
        hint: 'Keep 1 or more versions, or drop NewerNoncurrentVersions.',
      },
      overMax: {
        message: '{{rule}}: {{where}} keeps NewerNoncurrentVersions {{count}}, above the documented {{max}}',
        hint: 'Keep it at {{max}} or less: whether AWS rejects more is not verified.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const nve = obj(rule.raw.NoncurrentVersionExpiration);
      if (nve) checkCount(ctx, rule, nve.NewerNoncurrentVersions, 'NoncurrentVersionExpiration', ['NoncurrentVersionExpiration']);
      arr(rule.raw.NoncurrentVersionTransitions).forEach((t, i) => {
        if (isObj(t)) checkCount(ctx, rule, t.NewerNoncurrentVersions, 'NoncurrentVersionTransition', ['NoncurrentVersionTransitions', i]);
      });
    }
  },
};

function checkCount(ctx: LintContext, rule: RuleView, value: unknown, action: string, path: Array<string | number>): void {
  if (value === undefined) return;
  const pointer = rule.at(...path, 'NewerNoncurrentVersions');
  const where = path.length > 1 ? `${path[0]}[${path[1]}]` : action;
  if (rule.selector.version === 'v1') {
    ctx.report({
      pointer,
      reportOnKey: true,
      messageId: 'v1',
      data: { rule: rule.label, where },
    });
  }
  const n = int(value);
  if (n === undefined) return;
  if (n <= 0) {
    ctx.report({
      pointer,
      messageId: 'notPositive',
      data: { rule: rule.label, where, count: n },
    });
  } else if (n > MAX_NEWER_NONCURRENT_VERSIONS) {
    ctx.report({
      pointer,
      severity: 'warning',
      messageId: 'overMax',
      data: { rule: rule.label, where, count: n, max: MAX_NEWER_NONCURRENT_VERSIONS },
    });
  }
}
