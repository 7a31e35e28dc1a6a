import { describeTime, timedActions } from '../actions.js';
import type { LifecycleRule } from '../types.js';
import { DAY_MS as MS_PER_DAY } from '../../model/timing.js';

/**
 * Catalogue W7: a Date on an Expiration or Transition. "The date-based action is not a one-time
 * action": once the date has passed S3 applies it to every matching object, including each new
 * upload, for as long as the rule is enabled. A date already in the past acts from the next
 * lifecycle run, so it gets the stronger wording. "Today" is read from the clock when the rule runs.
 */
export const dateBasedAction: LifecycleRule = {
  meta: {
    id: 'date-based-action',
    description: 'Expirations and transitions use Days (object age), not a Date that keeps applying to every later upload.',
    defaultSeverity: 'warning',
    catalogue: ['W7'],
    messages: {
      past: {
        message: '{{rule}}: {{date}} has passed, so S3 {{act}} every object it selects, and each new upload',
        hint: 'Use Days to {{verb}} objects by age; a Date keeps applying to every later upload.',
      },
      future: {
        message: '{{rule}}: from {{date}} S3 {{act}} every object it selects, and each later upload',
        hint: 'A date-based {{element}} is not a one-time action: use Days to {{verb}} objects by age.',
      },
    },
  },
  check(ctx) {
    const today = Math.floor(ctx.now.getTime() / MS_PER_DAY);
    for (const rule of ctx.rules) {
      if (!rule.enabled) continue;
      for (const a of timedActions(rule)) {
        if (a.basis !== 'date') continue;
        const past = a.at <= today;
        ctx.report({
          pointer: a.pointer,
          messageId: past ? 'past' : 'future',
          data: {
            rule: rule.label,
            date: describeTime(a).replace(/^on /, ''),
            act: a.kind === 'expiration' ? 'deletes' : `moves to ${a.storageClass}`,
            verb: a.kind === 'expiration' ? 'expire' : 'transition',
            element: a.element,
          },
        });
      }
    }
  },
};
