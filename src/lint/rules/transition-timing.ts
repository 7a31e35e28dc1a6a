import { documented, recorded } from '../report-message.js';
import { present } from '../transition-sequence.js';
import type { LifecycleRule } from '../types.js';
import { arr, int, isObj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 3b.1 and 3b.2: each Transition is timed by exactly one of `Days` and `Date`, and
 * `Days` is not negative ("The value can be 0 or any positive integer", for every class since AWS
 * dropped the IA classes' 30-day minimum on 2026-07-16). A Transition without either is the classic
 * IaC fault of a `days = 0` dropped as a zero value.
 */
export const transitionTiming: LifecycleRule = {
  meta: {
    id: 'transition-timing',
    description: 'Each Transition has exactly one of Days and Date, and Days is not negative.',
    defaultSeverity: 'error',
    catalogue: ['3b.1', '3b.2'],
    evidence: evidenceFor('3b.1', '3b.2'),
    messages: {
      neither: {
        message: '{{rule}}: Transitions[{{index}}] has neither Days nor Date',
        aws: recorded('MalformedXML'),
        hint: 'Give exactly one of them (Days: 0 is allowed).',
      },
      both: {
        message: '{{rule}}: Transitions[{{index}}] has both Days and Date',
        aws: recorded('MalformedXML'),
        hint: 'Give exactly one of them.',
      },
      negative: {
        message: '{{rule}}: Transitions[{{index}}] has Days {{days}}, before the object exists',
        aws: documented('InvalidArgument'),
        hint: 'Use 0 or more days.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      arr(rule.raw.Transitions).forEach((t, i) => {
        if (!isObj(t)) return;
        const hasDays = present(t, 'Days');
        const hasDate = present(t, 'Date');
        if (!hasDays && !hasDate) {
          ctx.report({
            pointer: rule.at('Transitions', i),
            reportOnKey: true,
            messageId: 'neither',
            data: { rule: rule.label, index: i },
          });
        } else if (hasDays && hasDate) {
          ctx.report({
            pointer: rule.at('Transitions', i, 'Date'),
            reportOnKey: true,
            messageId: 'both',
            data: { rule: rule.label, index: i },
          });
        }
        const days = int(t.Days);
        if (days !== undefined && days < 0) {
          ctx.report({
            pointer: rule.at('Transitions', i, 'Days'),
            messageId: 'negative',
            data: { rule: rule.label, index: i, days },
          });
        }
      });
    }
  },
};
