import { emulated } from '../report-message.js';
import { gapFinding, orderFinding, repeatFinding, transitionMessages } from '../transition-findings.js';
import { mentions, noncurrentTimeline, repeatedClasses, sequenceFaults } from '../transition-sequence.js';
import type { LifecycleRule } from '../types.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 3d.4: NoncurrentVersionTransitions follow the same laws as current-version ones
 * (3b.4–3b.6, 3c), counted in NoncurrentDays: one transition per class, strictly later in time,
 * along the waterfall, with the class's minimum gap before the next move.
 */
export const noncurrentTransitionOrder: LifecycleRule = {
  meta: {
    id: 'noncurrent-transition-order',
    description:
      'NoncurrentVersionTransitions name each class once, come on different days, follow the allowed moves and keep the minimum gaps.',
    defaultSeverity: 'error',
    catalogue: ['3d.4'],
    evidence: evidenceFor('3d.4'),
    messages: transitionMessages(emulated()),
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const list = 'NoncurrentVersionTransitions';
      for (const repeat of repeatedClasses(mentions(rule, list))) ctx.report(repeatFinding(rule, list, repeat));
      const timeline = noncurrentTimeline(rule);
      const { order, gaps } = sequenceFaults(timeline.steps);
      for (const fault of order) ctx.report(orderFinding(rule, timeline, fault));
      for (const fault of gaps) ctx.report(gapFinding(rule, timeline, fault));
    }
  },
};
