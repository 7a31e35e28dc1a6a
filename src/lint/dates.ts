/**
 * Lifecycle `Date` values: S3 takes an ISO-8601 timestamp that falls on midnight UTC (catalogue
 * 3a.3, 3b.8). Parsing is strict on purpose: the documented format, not whatever a date library
 * can guess, because that is the only form every client sends unchanged.
 */
import { DAY_MS } from '../model/timing.js';

export type LifecycleDate =
  | { kind: 'invalid' }
  /** `epochDay` counts whole days since 1970-01-01 (UTC) for a midnight value. */
  | { kind: 'midnight'; epochDay: number }
  /** Midnight to the second, with non-zero fractional seconds ("T00:00:00.500Z"). */
  | { kind: 'fraction'; epochDay: number }
  | { kind: 'not-midnight'; utc: string };

// Extended format, date alone or with a time of day; 'T' may be lower case (RFC 3339); a time
// without a zone is read as UTC, which is what the AWS CLI sends for it.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

export function parseLifecycleDate(text: string): LifecycleDate {
  const m = ISO.exec(text.trim());
  if (!m) return { kind: 'invalid' };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const fraction = m[7] ?? '';
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { kind: 'invalid' };
  const endOfDay = hour === 24 && minute === 0 && second === 0 && /^0*$/.test(fraction);
  if ((hour > 23 && !endOfDay) || minute > 59 || second > 59) return { kind: 'invalid' };
  const offsetMinutes = zoneOffset(m[8]);
  if (offsetMinutes === undefined) return { kind: 'invalid' };
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  if (ms % DAY_MS !== 0) return { kind: 'not-midnight', utc: new Date(ms).toISOString().replace('.000Z', 'Z') };
  const epochDay = ms / DAY_MS;
  return /[1-9]/.test(fraction) ? { kind: 'fraction', epochDay } : { kind: 'midnight', epochDay };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function zoneOffset(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z' || zone === 'z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
