import { STORAGE_CLASSES, isStorageClass } from '../../model/storage-classes.js';
import { rejection, rejectionUncoded } from '../messages.js';
import { present } from '../transition-sequence.js';
import type { LifecycleRule } from '../types.js';
import { arr, int, isObj } from '../values.js';

/**
 * Catalogue 3d.2 and 3d.3: each NoncurrentVersionTransition has NoncurrentDays, not negative, and
 * at least the class's `minNoncurrentTransitionDays` (30 for the IA classes, as the User Guide
 * says; AWS's error text for that case has not been recorded).
 */
export const noncurrentTransitionDays: LifecycleRule = {
  meta: {
    id: 'noncurrent-transition-days',
    description: 'Each NoncurrentVersionTransition has NoncurrentDays, not negative and at least the target class\'s minimum.',
    defaultSeverity: 'error',
    catalogue: ['3d.2', '3d.3'],
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
            message: rejection(rule.label, `${where} has no NoncurrentDays`, 'MalformedXML'),
          });
          return;
        }
        const days = int(t.NoncurrentDays);
        if (days === undefined) return;
        const pointer = rule.at('NoncurrentVersionTransitions', i, 'NoncurrentDays');
        if (days < 0) {
          ctx.report({
            pointer,
            message: rejection(rule.label, `${where} has NoncurrentDays ${days}`, 'InvalidArgument', "'NoncurrentDays' in NoncurrentVersionTransition action must be nonnegative"),
          });
          return;
        }
        if (!isStorageClass(t.StorageClass)) return;
        const min = STORAGE_CLASSES[t.StorageClass].minNoncurrentTransitionDays;
        if (days >= min) return;
        ctx.report({
          pointer,
          message: rejectionUncoded(
            rule.label,
            `${where} moves versions to ${t.StorageClass} after ${days} noncurrent days; ${t.StorageClass} takes only versions noncurrent for at least ${min} days`,
          ),
        });
      });
    }
  },
};
