import { STORAGE_CLASSES, isStorageClass } from '../../model/storage-classes.js';
import { plural, rejection } from '../messages.js';
import type { LifecycleRule } from '../types.js';
import { arr, int, isObj } from '../values.js';

/** Catalogue 3b.3: S3 Standard-IA and One Zone-IA take objects only once they are 30 days old. */
export const transitionIaMinimum: LifecycleRule = {
  meta: {
    id: 'transition-ia-minimum',
    description: 'A Transition to STANDARD_IA or ONEZONE_IA comes at least 30 days after creation.',
    defaultSeverity: 'error',
    catalogue: ['3b.3'],
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      arr(rule.raw.Transitions).forEach((t, i) => {
        if (!isObj(t) || !isStorageClass(t.StorageClass)) return;
        const days = int(t.Days);
        const min = STORAGE_CLASSES[t.StorageClass].minTransitionDays;
        if (days === undefined || days < 0 || days >= min) return;
        ctx.report({
          pointer: rule.at('Transitions', i, 'Days'),
          message: rejection(
            rule.label,
            `the Transition to ${t.StorageClass} after ${plural(days, 'day')} is too early; ${t.StorageClass} takes objects only from day ${min}`,
            'InvalidArgument',
            `'Days' in Transition action must be greater than or equal to ${min} for storageClass '${t.StorageClass}'`,
          ),
        });
      });
    }
  },
};
