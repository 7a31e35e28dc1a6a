import { STORAGE_CLASSES } from '../../model/storage-classes.js';
import { plural } from '../../lint/messages.js';
import { currentExpiries, transitionsByDay } from '../model.js';
import type { PolicyRule } from './types.js';

/**
 * Catalogue W1 on the policy: a stage that moves objects to a class with a minimum storage duration
 * and then expires them before that duration is over pays for the rest anyway (S3 bills the
 * remaining days as an early-deletion charge). Applies to the stage's TTL and its failed-runs TTL.
 */
export const policyExpiryBeforeMinStorage: PolicyRule = {
  meta: {
    id: 'policy-expiry-before-min-storage',
    description: 'A stage does not expire objects before the minimum storage duration of the class its own transitions moved them to.',
    defaultSeverity: 'warning',
    catalogue: ['W1'],
  },
  check(ctx) {
    for (const stage of ctx.policy.stages) {
      const byDay = transitionsByDay(stage);
      for (const e of currentExpiries(stage)) {
        const last = byDay.filter((t) => t.afterDays < e.days).pop();
        if (!last) continue;
        const cls = STORAGE_CLASSES[last.storageClass];
        const stay = e.days - last.afterDays;
        if (stay >= cls.minStorageDays) continue;
        const extra = cls.minStorageDays - stay;
        ctx.report({
          pointer: e.pointer,
          message: `stage '${stage.name}': objects expire ${plural(stay, 'day')} after moving to ${last.storageClass} on day ${last.afterDays} (${e.what} ${e.days}), but ${cls.label} bills at least ${plural(cls.minStorageDays, 'day')}: every object pays ${plural(extra, 'more day')} of ${cls.label} storage than it is kept (an early-deletion charge). Expire on day ${last.afterDays + cls.minStorageDays} or later, or move objects later.`,
        });
      }
    }
  },
};
