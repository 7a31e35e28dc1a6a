import { STORAGE_CLASSES } from '../../model/storage-classes.js';
import { describeTime, timedActions, type TimedAction } from '../actions.js';
import { comparableGroups, pairTraces, tracePath, type Residency } from '../lifecycle-path.js';
import { describeObjects } from '../overlap.js';
import type { LifecycleRule, LintContext } from '../types.js';
import type { RuleView } from '../view.js';
import type { Selector } from '../../model/selector.js';
import { expireAfterMinimum } from '../fixes/plans.js';

/**
 * Catalogue W1: objects leave a class (expire, or move on) before its minimum storage duration, and
 * S3 bills the rest of the minimum anyway. Gaps between transitions of one rule are REJECT rows
 * (3b.6, 3d.4) where AWS's answer is on record, so within one rule this mostly catches an expiration
 * soon after archiving, and a move on from STANDARD_IA or ONEZONE_IA within 30 days (whose rejection
 * is unconfirmed since 2026-07-16); across overlapping rules it also catches another rule's
 * transition or expiration.
 */
export const earlyDeletionCharge: LifecycleRule = {
  meta: {
    id: 'early-deletion-charge',
    description: 'Objects stay in a storage class for its minimum storage duration before they expire or move on.',
    defaultSeverity: 'warning',
    catalogue: ['W1'],
    fix: {
      kind: 'suggestion',
      what: "within one rule, moves an expiration given in days to the day the objects have stayed the class's minimum storage duration; this keeps objects longer, so it is applied only with `--fix-type suggestion`",
    },
    messages: {
      early: {
        message: '{{rule}}: {{who}} leave {{class}} after {{stay}}, but {{class}} bills {{min}} days',
        hint: '{{moved}} and {{out}}: each pays {{extra}} in {{class}} after it has left. Keep them there {{min}} days or more.',
      },
      earlyIfAccepted: {
        message: '{{rule}}: {{who}} leave {{class}} after {{stay}}, but {{class}} bills {{min}} days',
        aws: { evidence: 'unconfirmed', code: 'InvalidArgument', since: '{{since}}' },
        hint: 'If AWS accepts this gap, each pays {{extra}} in {{class}} after it has left. Keep them there {{min}} days or more.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      if (!rule.enabled) continue;
      for (const group of comparableGroups(timedActions(rule))) {
        for (const r of tracePath(group).residencies) {
          // A later transition of the same rule inside a gap AWS rejects is transition-gap's error, not a cost.
          // Where that rejection is unconfirmed (after the IA classes, since 2026-07-16), the cost is real if AWS accepts.
          const facts = STORAGE_CLASSES[r.storageClass];
          const inGap = r.leave.kind === 'transition' && r.days < facts.nextTransitionGapDays;
          if (inGap && !facts.limitsUnconfirmedSince) continue;
          if (isEarly(r)) report(ctx, r, undefined, 0, inGap ? facts.limitsUnconfirmedSince : undefined);
        }
      }
    }
    // Across rules, one finding per action that cuts stays short: the costliest stay, and how many rules' objects it hits.
    const worst = new Map<string, { r: Residency; common: Selector; rules: Set<RuleView> }>();
    for (const { pair, trace } of pairTraces(ctx)) {
      for (const r of trace.residencies) {
        if (r.enter.rule === r.leave.rule || !isEarly(r)) continue;
        const seen = worst.get(r.leave.pointer);
        if (!seen) worst.set(r.leave.pointer, { r, common: pair.common, rules: new Set([r.enter.rule]) });
        else {
          seen.rules.add(r.enter.rule);
          if (extraDays(r) > extraDays(seen.r)) Object.assign(seen, { r, common: pair.common });
        }
      }
    }
    for (const { r, common, rules } of worst.values()) report(ctx, r, common, rules.size - 1);
  },
};

/** Days billed for a class after the objects have left it. */
function extraDays(r: Residency): number {
  return STORAGE_CLASSES[r.storageClass].minStorageDays - r.days;
}

function isEarly(r: Residency): boolean {
  return extraDays(r) > 0;
}

/** `unconfirmedSince`: the stay is a gap AWS rejected until that day; the cost holds only if AWS now accepts it. */
function report(ctx: LintContext, r: Residency, common?: Selector, others = 0, unconfirmedSince?: string): void {
  const min = STORAGE_CLASSES[r.storageClass].minStorageDays;
  const { enter, leave } = r;
  const objects = common ? describeObjects(common) : 'objects';
  const who = enter.scope === 'noncurrent' ? (common ? `noncurrent versions of ${objects}` : 'noncurrent versions') : objects;
  const by =
    others > 0 ? `${enter.rule.label}, and likewise for objects of ${others} more ${others === 1 ? 'rule' : 'rules'}` : enter.rule.label;
  const moved = `${who} move to ${r.storageClass} ${describeTime(enter)}${common ? ` (${by})` : ''}`;
  const out = `${leaving(leave)} ${describeTime(leave)}${common ? ' (this rule)' : ''}`;
  // Within one rule, an expiration in days can simply come later; across rules the choice is the user's.
  const movable = !common && leave.kind === 'expiration' && leave.basis === 'days' && enter.basis === 'days';
  ctx.report({
    pointer: leave.pointer,
    ...(movable ? { fixes: [expireAfterMinimum(leave.rule, leave.pointer, enter.at, r.storageClass, `the ${leave.element}`)] } : {}),
    messageId: unconfirmedSince ? 'earlyIfAccepted' : 'early',
    data: {
      rule: leave.rule.label,
      who: enter.scope === 'noncurrent' ? 'noncurrent versions' : 'objects',
      class: r.storageClass,
      stay: `${leave.basis === 'date' ? 'at most ' : ''}${days(r.days)}`,
      min,
      moved,
      out,
      extra: `${leave.basis === 'date' ? 'at least ' : ''}${days(extraDays(r))}`,
      ...(unconfirmedSince ? { since: unconfirmedSince } : {}),
    },
  });
}

function leaving(a: TimedAction): string {
  if (a.kind === 'transition') return `move on to ${a.storageClass}`;
  return a.newerNoncurrentVersions === undefined ? 'are deleted' : `are deleted beyond the ${a.newerNoncurrentVersions} newest versions`;
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}
