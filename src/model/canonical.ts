/**
 * A canonical form of a lifecycle configuration under which semantically equal configurations are
 * equal: S3-compatible servers (Ceph RGW) hand rules back reordered and reshaped (rules sorted by
 * ID, `Filter: {}` as a legacy top-level `Prefix: ""`, a one-tag `And` as `{Prefix, Tag}`, the
 * Prefix outside `And`), and the SDK turns Dates into Date objects. See shared/spec/s3-test-server.md.
 */
import { arr, int, isObj, obj, str } from './values.js';
import { selectorOf } from './selector.js';

export interface CanonicalSelector {
  prefix: string;
  /** Sorted by key, then value. */
  tags: Array<{ key: string; value: string }>;
  sizeGreaterThan?: number;
  sizeLessThan?: number;
}

export interface CanonicalTransition {
  days?: number;
  date?: string;
  storageClass: string;
}

export interface CanonicalNoncurrentTransition {
  noncurrentDays?: number;
  newerNoncurrentVersions?: number;
  storageClass: string;
}

export interface CanonicalRule {
  /** '' when the rule has no ID (S3 then generates one). */
  id: string;
  status: string;
  selector: CanonicalSelector;
  expiration?: { days?: number; date?: string; expiredObjectDeleteMarker?: true };
  transitions: CanonicalTransition[];
  noncurrentTransitions: CanonicalNoncurrentTransition[];
  noncurrentExpiration?: { noncurrentDays?: number; newerNoncurrentVersions?: number };
  abortIncompleteMultipartUpload?: { daysAfterInitiation?: number };
}

export interface CanonicalConfiguration {
  rules: CanonicalRule[];
  /** undefined: not stated (a live bucket that did not report it, or a file that leaves the default). */
  transitionDefaultMinimumObjectSize?: string;
}

export function normalizeConfiguration(config: unknown): CanonicalConfiguration {
  const c = obj(config) ?? {};
  const rules = arr(c.Rules).filter(isObj).map(normalizeRule);
  rules.sort((a, b) => compareStrings(a.id, b.id) || compareStrings(canonicalJson(a), canonicalJson(b)));
  const tdmos = str(c.TransitionDefaultMinimumObjectSize);
  return tdmos === undefined ? { rules } : { rules, transitionDefaultMinimumObjectSize: tdmos };
}

export function normalizeRule(raw: Record<string, unknown>): CanonicalRule {
  const s = selectorOf(raw);
  const selector: CanonicalSelector = {
    prefix: s.prefix,
    tags: s.tags
      .map((t) => ({ key: t.key, value: t.value }))
      .sort((a, b) => compareStrings(a.key, b.key) || compareStrings(a.value, b.value)),
  };
  if (s.sizeGreaterThan !== undefined) selector.sizeGreaterThan = s.sizeGreaterThan;
  if (s.sizeLessThan !== undefined) selector.sizeLessThan = s.sizeLessThan;
  const rule: CanonicalRule = {
    id: str(raw.ID) ?? '',
    status: str(raw.Status) ?? '',
    selector,
    transitions: arr(raw.Transitions)
      .filter(isObj)
      .map((t) => clean({ days: int(t.Days), date: dateOf(t.Date), storageClass: str(t.StorageClass) ?? '' }))
      .sort((a, b) => compareTiming(a.days, a.date, b.days, b.date) || compareStrings(a.storageClass, b.storageClass)),
    noncurrentTransitions: arr(raw.NoncurrentVersionTransitions)
      .filter(isObj)
      .map((t) =>
        clean({
          noncurrentDays: int(t.NoncurrentDays),
          newerNoncurrentVersions: int(t.NewerNoncurrentVersions),
          storageClass: str(t.StorageClass) ?? '',
        }),
      )
      .sort((a, b) => (a.noncurrentDays ?? -1) - (b.noncurrentDays ?? -1) || compareStrings(a.storageClass, b.storageClass)),
  };
  const exp = obj(raw.Expiration);
  if (exp) {
    const e = clean({
      days: int(exp.Days),
      date: dateOf(exp.Date),
      expiredObjectDeleteMarker: exp.ExpiredObjectDeleteMarker === true ? (true as const) : undefined,
    });
    // Some servers return `ExpiredObjectDeleteMarker: false` beside Days; an empty Expiration is no action.
    if (Object.keys(e).length) rule.expiration = e;
  }
  const nce = obj(raw.NoncurrentVersionExpiration);
  if (nce)
    rule.noncurrentExpiration = clean({
      noncurrentDays: int(nce.NoncurrentDays),
      newerNoncurrentVersions: int(nce.NewerNoncurrentVersions),
    });
  const abort = obj(raw.AbortIncompleteMultipartUpload);
  if (abort) rule.abortIncompleteMultipartUpload = clean({ daysAfterInitiation: int(abort.DaysAfterInitiation) });
  return rule;
}

/** The configuration as S3 API JSON again, in canonical order (for display and for PUT). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/** Dates as the SDK returns them (Date objects) or as files write them, to one ISO form. */
export function dateOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string') return undefined;
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) || !/T/.test(value) ? value : `${value}Z`);
  return Number.isNaN(t) ? value : new Date(t).toISOString();
}

function compareTiming(ad: number | undefined, adate: string | undefined, bd: number | undefined, bdate: string | undefined): number {
  if (ad !== undefined && bd !== undefined) return ad - bd;
  return compareStrings(adate ?? String(ad ?? ''), bdate ?? String(bd ?? ''));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isObj(value))
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys(value[k])]),
    );
  return value;
}
