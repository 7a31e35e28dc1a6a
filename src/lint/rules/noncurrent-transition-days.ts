import { documented, emulated, recorded } from '../report-message.js';
import { STORAGE_CLASSES, isStorageClass } from '../../model/storage-classes.js';
import { present } from '../transition-sequence.js';
import type { LifecycleRule } from '../types.js';
import { arr, int, isObj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 3d.2 and 3d.3: each NoncurrentVersionTransition has NoncurrentDays, not negative, and
 * at least the class's `minNoncurrentTransitionDays` (30 for the IA classes, as the User Guide
 * said; AWS's error text for that case was never recorded). The IA minimum sat beside the one for
 * current versions that AWS dropped on 2026-07-16, and nobody has confirmed it since: a warning
 * that says so, while the class's `limitsUnconfirmedSince` is set.
 */
export const noncurrentTransitionDays: LifecycleRule = {
  meta: {
    id: 'noncurrent-transition-days',
    description:
      "Each NoncurrentVersionTransition has NoncurrentDays, not negative and at least the target class's minimum (unconfirmed for the IA classes since 2026-07-16).",
    defaultSeverity: 'error',
    catalogue: ['3d.2', '3d.3'],
    evidence: evidenceFor('3d.2', '3d.3'),
    messages: {
      missing: {
        message: '{{rule}}: {{where}} has no NoncurrentDays',
        aws: recorded('MalformedXML'),
        hint: 'Say after how many noncurrent days versions move.',
      },
      negative: {
        message: '{{rule}}: {{where}} has NoncurrentDays {{days}}',
        aws: emulated('InvalidArgument'),
        hint: 'Use 0 or more days.',
      },
      belowMin: {
        message: '{{rule}}: {{where}} moves versions to {{class}} after {{days}} noncurrent days; the minimum is {{min}}',
        aws: documented(),
        hint: '{{class}} takes only versions noncurrent for at least {{min}} days.',
      },
      belowMinUnconfirmed: {
        message: '{{rule}}: {{where}} moves versions to {{class}} after {{days}} noncurrent days; S3 wanted {{min}}',
        aws: { evidence: 'unconfirmed', since: '{{since}}' },
        hint: 'S3 took only versions noncurrent for at least {{min}} days; whether it still does is open.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      arr(rule.raw.NoncurrentVersionTransitions).forEach((t, i) => {
        if (!isObj(t)) return;
        const where = `NoncurrentVersionTransitions[${i}]`;
        if (!present(t, 'NoncurrentDays')) {
          ctx.report({
            pointer: rule.at('NoncurrentVersionTransitions', i),
            reportOnKey: true,
            messageId: 'missing',
            data: { rule: rule.label, where },
          });
          return;
        }
        const days = int(t.NoncurrentDays);
        if (days === undefined) return;
        const pointer = rule.at('NoncurrentVersionTransitions', i, 'NoncurrentDays');
        if (days < 0) {
          ctx.report({
            pointer,
            messageId: 'negative',
            data: { rule: rule.label, where, days },
          });
          return;
        }
        if (!isStorageClass(t.StorageClass)) return;
        const { minNoncurrentTransitionDays: min, limitsUnconfirmedSince: since } = STORAGE_CLASSES[t.StorageClass];
        if (days >= min) return;
        const data = { rule: rule.label, where, class: t.StorageClass, days, min };
        ctx.report(
          since
            ? { pointer, severity: 'warning', messageId: 'belowMinUnconfirmed', data: { ...data, since } }
            : { pointer, messageId: 'belowMin', data },
        );
      });
    }
  },
};
