/**
 * The calendar of a projection. Lifecycle works in whole UTC days (actions fire at 00:00 UTC: the
 * days and their rounding are model/timing.ts); the bill works in hours, and a month is 730 hours, as
 * in the AWS Pricing Calculator.
 */
import { DAY_MS } from '../model/timing.js';

export const HOUR_MS = 3_600_000;
export const HOURS_PER_MONTH = 730;
export const MONTH_MS = HOURS_PER_MONTH * HOUR_MS;
/** Storage is billed in binary GB. */
export const GIB = 2 ** 30;

/** Days since 1970-01-01 for a civil date (proleptic Gregorian), without allocating a Date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** "YYYY-MM-DD…" to a day number; NaN when the text does not start with a date. */
export function dayOfIsoText(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return NaN;
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
