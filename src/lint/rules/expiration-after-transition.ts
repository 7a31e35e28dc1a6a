import { documented } from '../report-message.js';
import { currentTimeline, dateDay, describeStep, timingKey } from '../transition-sequence.js';
import type { LifecycleRule } from '../types.js';
import { int, obj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';
import { expireAfterMinimum } from '../fixes/plans.js';

/**
 * Catalogue 3b.9: a rule's Expiration comes strictly after its last Transition. The classic
 * case is a stage where the TTL shrank to the IA transition day (IA@30, Expiration@30).
 */
export const expirationAfterTransition: LifecycleRule = {
  meta: {
    id: 'expiration-after-transition',
    description: "A rule's Expiration comes strictly after every one of its Transitions.",
    defaultSeverity: 'error',
    catalogue: ['3b.9'],
    fix: {
      kind: 'suggestion',
      what: "moves an Expiration given in days to the day the last Transition's class has been paid for (its day plus the class's minimum storage duration); this keeps objects longer, so it is applied only with `--fix-type suggestion`",
    },
    evidence: evidenceFor('3b.9'),
    messages: {
      notAfter: {
        message: '{{rule}}: the Expiration {{when}} is not after {{step}}',
        aws: documented('InvalidArgument'),
        hint: 'Expire objects later than their last transition, or drop the transition.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const expiration = obj(rule.raw.Expiration);
      const key = expiration ? timingKey(expiration) : undefined;
      const timeline = currentTimeline(rule);
      // Mixed units are date-days-mixing's finding; a bad Days or Date is another rule's.
      if (!expiration || !key || !timeline || timeline.key !== key || timeline.steps.length === 0) continue;
      const at = key === 'Days' ? positive(expiration.Days) : dateDay(expiration.Date);
      if (at === undefined) continue;
      const last = timeline.steps.reduce((a, b) => (b.at > a.at ? b : a));
      if (at > last.at) continue;
      const when = key === 'Days' ? `at day ${at}` : `on ${String(expiration.Date)}`;
      ctx.report({
        pointer: rule.at('Expiration', key),
        messageId: 'notAfter',
        data: { rule: rule.label, when, step: describeStep(timeline, last) },
        // A date is moved by hand: the file's way of writing it is the user's.
        ...(key === 'Days'
          ? { fixes: [expireAfterMinimum(rule, rule.at('Expiration', 'Days'), last.at, last.storageClass, 'the Expiration')] }
          : {}),
      });
    }
  },
};

function positive(v: unknown): number | undefined {
  const n = int(v);
  return n !== undefined && n >= 1 ? n : undefined;
}
