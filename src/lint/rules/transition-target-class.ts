import { documented } from '../report-message.js';
import { STORAGE_CLASSES, TRANSITION_TARGETS, isStorageClass } from '../../model/storage-classes.js';
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
    description:
      'Transitions and noncurrent transitions go to a class S3 lifecycle can move objects to (not STANDARD or REDUCED_REDUNDANCY).',
    defaultSeverity: 'error',
    catalogue: ['1.11'],
    evidence: evidenceFor('1.11'),
    messages: {
      notTarget: {
        message: '{{rule}}: {{list}}[{{index}}] moves objects to {{class}}, which lifecycle cannot transition to',
        aws: documented(),
        hint: 'Use one of {{targets}}.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      for (const list of LISTS) {
        arr(rule.raw[list]).forEach((t, i) => {
          if (!isObj(t) || !isStorageClass(t.StorageClass) || STORAGE_CLASSES[t.StorageClass].lifecycleTarget) return;
          const cls = t.StorageClass;
          ctx.report({
            pointer: rule.at(list, i, 'StorageClass'),
            messageId: 'notTarget',
            data: { rule: rule.label, list, index: i, class: cls, targets: TRANSITION_TARGETS.join(', ') },
          });
        });
      }
    }
  },
};
