import { documented } from '../report-message.js';
import { orderFinding, transitionMessages } from '../transition-findings.js';
import { currentTimeline, sequenceFaults } from '../transition-sequence.js';
import type { LifecycleRule } from '../types.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 3b.5 and 3c: in time order, each Transition of a rule comes strictly later than the
 * one before and moves objects along an edge of S3's waterfall (`canTransition`). The waterfall is
 * not a ranking: ONEZONE_IA cannot go on to GLACIER_IR although GLACIER_IR is "colder".
 */
export const transitionOrder: LifecycleRule = {
  meta: {
    id: 'transition-order',
    description: 'The Transitions of a rule come on different days and each later one is a move S3 allows from the class before.',
    defaultSeverity: 'error',
    catalogue: ['3b.5', '3c'],
    evidence: evidenceFor('3b.5', '3c'),
    messages: transitionMessages(documented()),
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const timeline = currentTimeline(rule);
      if (!timeline) continue;
      for (const fault of sequenceFaults(timeline.steps).order) ctx.report(orderFinding(rule, timeline, fault));
    }
  },
};
