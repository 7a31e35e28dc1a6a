import { rejection } from '../messages.js';
import { mentions, repeatedClasses } from '../transition-sequence.js';
import type { LifecycleRule } from '../types.js';
import { renderFilter } from '../view.js';

/** Catalogue 3b.4: one rule moves objects into a storage class at most once. */
export const transitionClassUnique: LifecycleRule = {
  meta: {
    id: 'transition-class-unique',
    description: 'No rule names the same StorageClass in two of its Transitions.',
    defaultSeverity: 'error',
    catalogue: ['3b.4'],
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      for (const { step, first } of repeatedClasses(mentions(rule, 'Transitions'))) {
        ctx.report({
          pointer: rule.at('Transitions', step.index, 'StorageClass'),
          message: rejection(
            rule.label,
            `Transitions[${step.index}] moves objects to ${step.storageClass} again (Transitions[${first.index}] already does)`,
            'InvalidRequest',
            `'StorageClass' must be different for 'Transition' actions in same 'Rule' with filter '${renderFilter(rule.selector)}'`,
          ),
        });
      }
    }
  },
};
