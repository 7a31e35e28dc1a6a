import { documented } from '../report-message.js';
import { gapFinding, transitionMessages } from '../transition-findings.js';
import { currentTimeline, sequenceFaults } from '../transition-sequence.js';
import type { LifecycleRule } from '../types.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 3b.6: within one rule, a transition out of a class comes at least that class's
 * `nextTransitionGapDays` after the transition into it. AWS's recorded answers all concern
 * `Days`; for `Date` timings the same gap is only presumed, so those findings are warnings. So are
 * the 30 days after STANDARD_IA and ONEZONE_IA: unconfirmed since AWS's change of 2026-07-16
 * (`limitsUnconfirmedSince` in the storage-class table).
 */
export const transitionGap: LifecycleRule = {
  meta: {
    id: 'transition-gap',
    description:
      "Each Transition of a rule leaves objects in the class before it for that class's minimum number of days (unconfirmed after the IA classes since 2026-07-16).",
    defaultSeverity: 'error',
    catalogue: ['3b.6'],
    evidence: evidenceFor('3b.6'),
    messages: {
      ...transitionMessages(documented()),
      gapByDate: {
        message: '{{rule}}: {{later}} is only {{days}} days after {{earlier}}',
        hint: 'Objects must stay {{gap}} days in {{label}} before moving on; AWS rejects shorter gaps by Days, and presumably by Date.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const timeline = currentTimeline(rule);
      if (!timeline) continue;
      for (const fault of sequenceFaults(timeline.steps).gaps) {
        if (timeline.key !== 'Date') {
          ctx.report(gapFinding(rule, timeline, fault));
          continue;
        }
        const found = gapFinding(rule, timeline, fault);
        ctx.report({ ...found, severity: 'warning', messageId: 'gapByDate' });
      }
    }
  },
};
