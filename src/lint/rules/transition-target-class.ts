import { STORAGE_CLASSES, TRANSITION_TARGETS, isStorageClass } from '../../model/storage-classes.js';
import { rejection } from '../messages.js';
import type { LifecycleRule } from '../types.js';
import { arr, isObj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

const LISTS = ['Transitions', 'NoncurrentVersionTransitions'] as const;

/**
 * Catalogue 1.11: S3 Standard and Reduced Redundancy are where objects start, never where a
 * lifecycle rule sends them, for current and noncurrent versions alike. Unknown class names are the
 * schema's to report.
 */
export const transitionTargetClass: LifecycleRule = {
  meta: {
    id: 'transition-target-class',
    description: 'Transitions and noncurrent transitions go to a class S3 lifecycle can move objects to (not STANDARD or REDUCED_REDUNDANCY).',
    defaultSeverity: 'error',
    catalogue: ['1.11'],
    evidence: evidenceFor('1.11'),
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      for (const list of LISTS) {
        arr(rule.raw[list]).forEach((t, i) => {
          if (!isObj(t) || !isStorageClass(t.StorageClass) || STORAGE_CLASSES[t.StorageClass].lifecycleTarget) return;
          const cls = t.StorageClass;
          ctx.report({
            pointer: rule.at(list, i, 'StorageClass'),
            message: rejection(
              rule.label,
              `${list}[${i}] moves objects to ${cls} (${STORAGE_CLASSES[cls].label}), which no lifecycle rule can transition to; the targets are ${TRANSITION_TARGETS.join(', ')}`,
              'MalformedXML',
            ),
          });
        });
      }
    }
  },
};
