import { describeTime, timedActions, type TimedAction } from '../actions.js';
import { acceptedBut } from '../messages.js';
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
  },
  check(ctx) {
    const today = Math.floor(ctx.now.getTime() / MS_PER_DAY);
    for (const rule of ctx.rules) {
      if (!rule.enabled) continue;
      for (const a of timedActions(rule)) {
        if (a.basis !== 'date') continue;
        ctx.report({ pointer: a.pointer, message: acceptedBut(rule.label, risk(a, a.at <= today)) });
      }
    }
  },
};

function risk(a: TimedAction, past: boolean): string {
  const date = describeTime(a).replace(/^on /, '');
  const act = (objects: string) => (a.kind === 'expiration' ? `deletes ${objects}` : `moves ${objects} to ${a.storageClass}`);
  const fix = a.kind === 'expiration' ? 'use Days to expire objects by age' : 'use Days to transition objects by age';
  if (past) {
    return `${date} has passed, so S3 ${act('every object the rule selects')} at its next lifecycle run, and then each new upload soon after it arrives, for as long as the rule is enabled; ${fix}`;
  }
  return `a date-based ${a.element} is not a one-time action: from ${date} S3 ${act('every object the rule selects')}, including each object uploaded after that date, for as long as the rule is enabled; ${fix}`;
}
