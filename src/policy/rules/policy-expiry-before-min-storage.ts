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
    messages: {
      early: {
        message: "stage '{{stage}}': objects expire {{stay}} after moving to {{class}}, which bills {{min}}",
        hint: 'Each object pays {{extra}} of {{label}} storage it is not kept (an early-deletion charge). Expire on day {{earliest}} or later ({{what}} {{days}} now), or move objects later.',
      },
    },
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
          messageId: 'early',
          data: {
            stage: stage.name,
            stay: plural(stay, 'day'),
            class: last.storageClass,
            min: plural(cls.minStorageDays, 'day'),
            extra: plural(extra, 'more day'),
            label: cls.label,
            earliest: last.afterDays + cls.minStorageDays,
            what: e.what,
            days: e.days,
          },
        });
      }
    }
  },
};
