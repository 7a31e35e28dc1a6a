import { describeAction, describeTime } from '../actions.js';
import { invert, pairTraces, type RulePair, type Superseded } from '../lifecycle-path.js';
import { describeObjects } from '../overlap.js';
import type { LifecycleRule, LintContext } from '../types.js';
import type { RuleView } from '../view.js';

/**
 * Catalogue W9: two rules select some of the same objects and S3 resolves their actions silently,
 * so one rule's action never happens for those objects. A broader rule losing to a narrower one is
 * what people mean by writing the narrower rule, so only the narrower (or equal, or partly
 * overlapping) rule's lost action is reported.
 */
export const overlappingRules: LifecycleRule = {
  meta: {
    id: 'overlapping-rules',
    description: 'No action of a rule is silently overridden by another rule that selects the same objects.',
    defaultSeverity: 'warning',
    catalogue: ['W9'],
    messages: {
      overridden: {
        message: '{{rule}}: its {{action}} {{time}} never takes effect for {{objects}}: {{winner}} wins{{also}}',
        hint: "{{why}}. Narrow one rule's Filter, or make the actions agree.",
      },
    },
  },
  check(ctx) {
    // One finding per lost action: the winner that acts first, and how many other rules also win.
    const lost = new Map<string, { pair: RulePair; s: Superseded; winners: Set<RuleView> }>();
    for (const { pair, trace } of pairTraces(ctx)) {
      for (const s of trace.superseded) {
        if (s.action.rule === s.by.rule || relationOf(pair, s) === 'contains') continue;
        const seen = lost.get(s.action.pointer);
        if (!seen) lost.set(s.action.pointer, { pair, s, winners: new Set([s.by.rule]) });
        else {
          seen.winners.add(s.by.rule);
          if (s.by.at < seen.s.by.at) Object.assign(seen, { pair, s });
        }
      }
    }
    for (const { pair, s, winners } of lost.values()) report(ctx, pair, s, winners.size - 1);
  },
};

/** How the losing rule's objects relate to the winning rule's. */
function relationOf(pair: RulePair, s: Superseded) {
  return s.action.rule === pair.a ? pair.relation : invert(pair.relation);
}

function report(ctx: LintContext, pair: RulePair, s: Superseded, others: number): void {
  const loser = s.action.rule;
  const relation = relationOf(pair, s);
  const objects =
    relation === 'equal' ? 'the same objects' : relation === 'within' ? 'any object it selects' : describeObjects(pair.common);
  const also = others > 0 ? ` (and ${others} more)` : '';
  const reason = why(s);
  ctx.report({
    pointer: s.action.pointer,
    messageId: 'overridden',
    data: {
      rule: loser.label,
      action: describeAction(s.action),
      time: describeTime(s.action),
      objects,
      winner: s.by.rule.label,
      also,
      why: reason.charAt(0).toUpperCase() + reason.slice(1),
    },
  });
}

/** The S3 precedence that decides, in the words of the AWS conflict documentation. */
function why({ by, reason, action }: Superseded): string {
  const its = `its ${describeAction(by)} ${describeTime(by)}`;
  switch (reason) {
    case 'shorter-expiration':
      return `S3 honours the shorter expiration, ${its}`;
    case 'deleted-before':
      return `${its} deletes them first`;
    case 'deletion-first':
      return `${its} is due the same day, and permanent deletion takes precedence over transition`;
    case 'preferred-class':
      return by.storageClass === 'INTELLIGENT_TIERING'
        ? `${its} is due the same day, and S3 favours INTELLIGENT_TIERING over every class except GLACIER and DEEP_ARCHIVE`
        : `${its} is due the same day, and S3 picks the lower-cost class, ${by.storageClass}`;
    case 'unreachable':
      return `${its} moves them first, and lifecycle cannot move objects from ${by.storageClass} to ${action.storageClass}`;
    case 'already-there':
      return `${its} already moved them there`;
  }
}
