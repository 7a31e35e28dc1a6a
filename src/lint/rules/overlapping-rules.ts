import { describeAction, describeTime, timedActions } from '../actions.js';
import { comparableGroups, invert, overlappingPairs, tracePath, type RulePair, type Superseded } from '../lifecycle-path.js';
import { acceptedBut } from '../messages.js';
import { describeObjects } from '../overlap.js';
import type { LifecycleRule, LintContext } from '../types.js';

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
  },
  check(ctx) {
    for (const pair of overlappingPairs(ctx.rules)) {
      for (const group of comparableGroups([...timedActions(pair.a), ...timedActions(pair.b)])) {
        for (const s of tracePath(group).superseded) {
          if (s.action.rule === s.by.rule) continue;
          report(ctx, pair, s);
        }
      }
    }
  },
};

function report(ctx: LintContext, pair: RulePair, s: Superseded): void {
  const loser = s.action.rule;
  const relation = loser === pair.a ? pair.relation : invert(pair.relation);
  if (relation === 'contains') return;
  const objects =
    relation === 'equal' ? 'the objects this rule selects (both rules select the same objects)'
      : relation === 'within' ? 'every object this rule selects'
        : `${describeObjects(pair.common)} (selected by both rules)`;
  const lost = `this rule's ${describeAction(s.action)} ${describeTime(s.action)} never takes effect`;
  ctx.report({
    pointer: s.action.pointer,
    message: acceptedBut(loser.label, `for ${objects}, ${s.by.rule.label} wins: ${why(s)}, so ${lost}${relation === 'overlap' ? ' for them' : ''}`),
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
