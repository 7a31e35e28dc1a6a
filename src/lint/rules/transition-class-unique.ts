import { emulated } from '../report-message.js';
import { repeatFinding, transitionMessages } from '../transition-findings.js';
import { mentions, repeatedClasses } from '../transition-sequence.js';
import type { LifecycleRule } from '../types.js';
import { evidenceFor } from '../evidence/records.js';

/** Catalogue 3b.4: one rule moves objects into a storage class at most once. */
export const transitionClassUnique: LifecycleRule = {
  meta: {
    id: 'transition-class-unique',
    description: 'No rule names the same StorageClass in two of its Transitions.',
    defaultSeverity: 'error',
    catalogue: ['3b.4'],
    evidence: evidenceFor('3b.4'),
    messages: transitionMessages(emulated()),
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      for (const repeat of repeatedClasses(mentions(rule, 'Transitions'))) ctx.report(repeatFinding(rule, 'Transitions', repeat));
    }
  },
};
