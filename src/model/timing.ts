/**
 * When S3 Lifecycle acts on an object: the one model of its timing that lint, plan's expiry
 * projection, registry protection and the cost simulator all read (docs/adr/0156).
 *
 * - S3 works in whole UTC days. An action due `Days` after a moment (an object's creation, or the
 *   moment a version became noncurrent) is due at that moment plus the days, rounded up to the next
 *   00:00 UTC ("rounding the resulting time to the next day midnight UTC"; AWS User Guide,
 *   "Lifecycle rules: based on an object's age"): created 2014-01-15 10:30 with `Days: 3` moves on
 *   2014-01-19 00:00. A moment that is already 00:00 stays where it is.
 * - A `Date` action is due on its date, and goes on applying to every object created later, at the
 *   first 00:00 UTC at or after that object's creation.
 * - Between overlapping rules (UG "How Amazon S3 handles conflicts in lifecycle configurations"):
 *   the earliest expiration wins; permanent deletion wins over a transition due the same day; of
 *   transitions due the same day, S3 makes the one to the class it prefers
 *   (TRANSITION_CONFLICT_PREFERENCE) among those it can make from where the object is (the waterfall).
 */
import type { StorageClassName } from './lifecycle.js';
import { TRANSITION_CONFLICT_PREFERENCE, canTransition } from './storage-classes.js';

/** One UTC day in milliseconds: the unit every lifecycle time is counted in. */
export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of the UTC day that holds `ms`. */
export function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** The day of the first 00:00 UTC at or after `ms` (S3's rounding of a due time). */
export function roundUpToDay(ms: number): number {
  return Math.ceil(ms / DAY_MS);
}

/**
 * The first 00:00 UTC strictly after `ms`, as a day: when a configuration read at `ms` first acts,
 * and, for the cost simulator's whole-day cohorts, the first day an action counted from a creation
 * on day `dayOf(ms)` can fire (exact but for creations at 00:00:00.000, docs/cost-model.md).
 */
export function nextMidnightDay(ms: number): number {
  return dayOf(ms) + 1;
}

/**
 * For whole-day records (the cost simulator's cohorts know the UTC day of a creation, not its time):
 * the first day an action counted from a moment on `day` can fire with Days = 0.
 */
export function firstRunDayAfterDay(day: number): number {
  return day + 1;
}

/** The day an action due `days` after `fromMs` (creation, or becoming noncurrent) is due. */
export function dueDayAfter(fromMs: number, days: number): number {
  return roundUpToDay(fromMs + days * DAY_MS);
}

/** The same as a time: 00:00 UTC of that day, in milliseconds. */
export function dueTimeAfter(fromMs: number, days: number): number {
  return dueDayAfter(fromMs, days) * DAY_MS;
}

/**
 * The time a `Date` action (`dateMs`, a midnight UTC) is due for an object created at `createdMs`:
 * the date itself, or the first 00:00 UTC after a creation that came later.
 */
export function dateDueTime(dateMs: number, createdMs: number): number {
  return Math.max(dateMs, roundUpToDay(createdMs) * DAY_MS);
}

/** Of several expirations that apply to one object, the one S3 honours: the earliest due (the first listed on a tie). */
export function earliestDue<T>(candidates: Iterable<T>, dueOf: (c: T) => number): { item: T; due: number } | undefined {
  let best: { item: T; due: number } | undefined;
  for (const item of candidates) {
    const due = dueOf(item);
    if (!best || due < best.due) best = { item, due };
  }
  return best;
}

/**
 * Of transitions due the same day, the one S3 makes: among those it can make from `from`, the one to
 * the class it prefers (the first listed on a tie). Undefined when it can make none of them.
 */
export function preferredTransition<T>(
  candidates: Iterable<T>,
  from: StorageClassName,
  classOf: (c: T) => StorageClassName,
): T | undefined {
  let best: T | undefined;
  let bestRank = Infinity;
  for (const c of candidates) {
    const to = classOf(c);
    if (!canTransition(from, to)) continue;
    const rank = TRANSITION_CONFLICT_PREFERENCE.indexOf(to);
    if (rank < bestRank) [best, bestRank] = [c, rank];
  }
  return best;
}
