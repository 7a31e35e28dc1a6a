import { plural } from '../../lint/messages.js';
import type { DefaultRetention } from '../../s3/state.js';
import type { StateRule } from './types.js';

/** Object Lock retention counts years as 365 days (a year's retention ends 365 days later). */
const DAYS_PER_RETENTION_YEAR = 365;

export function retentionDays(r: DefaultRetention | undefined): number | undefined {
  if (!r) return undefined;
  if (r.days !== undefined) return r.days;
  if (r.years !== undefined) return r.years * DAYS_PER_RETENTION_YEAR;
  return undefined;
}

/**
 * Catalogue W5 (6.4): lifecycle cannot delete a version under Object Lock retention. An expiry
 * shorter than the bucket's default retention places its delete marker, but the data stays (and
 * is billed) until the retention ends: the rule promises a deletion that does not happen.
 */
export const expirationShorterThanObjectLock: StateRule = {
  meta: {
    id: 'expiration-shorter-than-object-lock',
    description: "Expiration and NoncurrentVersionExpiration are not shorter than the bucket's Object Lock default retention.",
    defaultSeverity: 'warning',
    catalogue: ['W5', '6.4'],
  },
  check(ctx) {
    const lock = ctx.state.objectLock;
    const days = lock.enabled ? retentionDays(lock.defaultRetention) : undefined;
    if (days === undefined) return;
    const retention = `${plural(days, 'day')}${lock.defaultRetention?.mode ? `, ${lock.defaultRetention.mode}` : ''}`;
    for (const r of ctx.rules) {
      if (r.canonical.status !== 'Enabled') continue;
      const e = r.canonical.expiration?.days;
      if (e !== undefined && e < days) {
        ctx.report({
          pointer: r.view.at('Expiration', 'Days'),
          message: `${r.view.label}: Expiration after ${plural(e, 'day')} is shorter than bucket ${ctx.state.bucket}'s Object Lock default retention (${retention}); the delete marker is placed, but the locked version stays, and is billed, until its retention ends.`,
        });
      }
      const n = r.canonical.noncurrentExpiration?.noncurrentDays;
      if (n !== undefined && n < days) {
        ctx.report({
          pointer: r.view.at('NoncurrentVersionExpiration', 'NoncurrentDays'),
          message: `${r.view.label}: NoncurrentVersionExpiration after ${plural(n, 'day')} is shorter than bucket ${ctx.state.bucket}'s Object Lock default retention (${retention}); a version replaced within ${plural(days - n, 'day')} of being written is still locked when it is due, and lifecycle cannot delete it.`,
        });
      }
    }
  },
};
