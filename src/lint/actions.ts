/**
 * A rule's timed actions (transitions and expirations of current or noncurrent versions) read into
 * one shape, so warnings can lay the actions of one or two rules on a single time line. Malformed
 * values are skipped: the schema and REJECT rules report them.
 */
import type { StorageClassName } from '../model/lifecycle.js';
import { STORAGE_CLASSES, isStorageClass } from '../model/storage-classes.js';
import { arr, int, isObj, obj, str } from '../model/values.js';
import type { RuleView } from './view.js';
import { DAY_MS as MS_PER_DAY } from '../model/timing.js';

/** Current versions count days from creation; noncurrent versions from the day they became noncurrent. */
export type Scope = 'current' | 'noncurrent';
/** `days`: `at` is a day count; `date`: `at` is days since 1970-01-01 (UTC). */
export type Basis = 'days' | 'date';

export interface TimedAction {
  rule: RuleView;
  scope: Scope;
  kind: 'transition' | 'expiration';
  /** The element as the S3 API names it: Transition, Expiration, NoncurrentVersionTransition, NoncurrentVersionExpiration. */
  element: string;
  storageClass?: StorageClassName;
  basis: Basis;
  at: number;
  /** NoncurrentVersionExpiration keeps this many newer noncurrent versions whatever their age. */
  newerNoncurrentVersions?: number;
  /** Pointer of the member that sets the time (Days, Date or NoncurrentDays). */
  pointer: string;
}

/** Five rules ask for the same rule's actions: worked out once per view (callers only read them). */
const actionsOf = new WeakMap<RuleView, TimedAction[]>();

export function timedActions(rule: RuleView): TimedAction[] {
  const known = actionsOf.get(rule);
  if (known) return known;
  const out = ruleActions(rule);
  actionsOf.set(rule, out);
  return out;
}

function ruleActions(rule: RuleView): TimedAction[] {
  const out: TimedAction[] = [];
  const base = { rule };
  const expiration = obj(rule.raw.Expiration);
  if (expiration) {
    const t = timeOf(expiration, 1);
    if (t) out.push({ ...base, scope: 'current', kind: 'expiration', element: 'Expiration', ...t, pointer: rule.at('Expiration', t.key) });
  }
  arr(rule.raw.Transitions).forEach((raw, i) => {
    if (!isObj(raw) || !isTarget(raw.StorageClass)) return;
    const t = timeOf(raw, 0);
    if (t)
      out.push({
        ...base,
        scope: 'current',
        kind: 'transition',
        element: 'Transition',
        storageClass: raw.StorageClass,
        ...t,
        pointer: rule.at('Transitions', i, t.key),
      });
  });
  arr(rule.raw.NoncurrentVersionTransitions).forEach((raw, i) => {
    if (!isObj(raw) || !isTarget(raw.StorageClass)) return;
    const at = int(raw.NoncurrentDays);
    if (at === undefined || at < 0) return;
    out.push({
      ...base,
      scope: 'noncurrent',
      kind: 'transition',
      element: 'NoncurrentVersionTransition',
      storageClass: raw.StorageClass,
      basis: 'days',
      at,
      pointer: rule.at('NoncurrentVersionTransitions', i, 'NoncurrentDays'),
    });
  });
  const nve = obj(rule.raw.NoncurrentVersionExpiration);
  const nveDays = int(nve?.NoncurrentDays);
  if (nve && nveDays !== undefined && nveDays >= 1) {
    const newer = int(nve.NewerNoncurrentVersions);
    out.push({
      ...base,
      scope: 'noncurrent',
      kind: 'expiration',
      element: 'NoncurrentVersionExpiration',
      basis: 'days',
      at: nveDays,
      newerNoncurrentVersions: newer !== undefined && newer > 0 ? newer : undefined,
      pointer: rule.at('NoncurrentVersionExpiration', 'NoncurrentDays'),
    });
  }
  return out;
}

/** "on day 60", "on 2025-01-01", "60 days after they become noncurrent". */
export function describeTime(a: Pick<TimedAction, 'scope' | 'basis' | 'at'>): string {
  if (a.basis === 'date') return `on ${new Date(a.at * MS_PER_DAY).toISOString().slice(0, 10)}`;
  if (a.scope === 'noncurrent') return `${a.at} ${a.at === 1 ? 'day' : 'days'} after they become noncurrent`;
  return `on day ${a.at}`;
}

/** "Expiration", "Transition to GLACIER", "NoncurrentVersionExpiration (keeping 5 newer versions)". */
export function describeAction(a: TimedAction): string {
  if (a.storageClass) return `${a.element} to ${a.storageClass}`;
  if (a.newerNoncurrentVersions !== undefined) return `${a.element} (beyond the ${a.newerNoncurrentVersions} newest noncurrent versions)`;
  return a.element;
}

/** The epoch day of an ISO date, or undefined when the text is not a date. */
export function epochDay(value: unknown): number | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / MS_PER_DAY);
}

function timeOf(action: Record<string, unknown>, minDays: number): { basis: Basis; at: number; key: string } | undefined {
  const days = int(action.Days);
  if (days !== undefined) return days >= minDays ? { basis: 'days', at: days, key: 'Days' } : undefined;
  const day = epochDay(action.Date);
  return day === undefined ? undefined : { basis: 'date', at: day, key: 'Date' };
}

function isTarget(v: unknown): v is StorageClassName {
  return isStorageClass(v) && STORAGE_CLASSES[v].lifecycleTarget;
}
