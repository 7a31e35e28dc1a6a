/**
 * A cohort: objects that behave alike under both rule sets — the same selector signature (so the
 * same matching rules and the same size-dependent billing), storage class, creation day, version
 * state and Object Lock. The simulator's work grows with the number of cohorts, not of objects.
 */
import type { StorageClassName } from '../../model/lifecycle.js';
import { STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';

export interface Cohort {
  /** Prefix group × size band (see SelectorMatcher). */
  signature: number;
  storageClass: StorageClassName;
  /** UTC day (days since 1970-01-01) the objects were last modified, i.e. created. */
  createdDay: number;
  /** False for noncurrent versions. */
  current: boolean;
  /** Noncurrent versions: the day their successor was created (they became noncurrent). */
  noncurrentSinceDay?: number;
  /** Noncurrent versions: how many newer noncurrent versions the key has (capped). */
  newerVersions?: number;
  /**
   * Noncurrent versions: the signature of their key's current version, whose expiry or overwrite
   * adds one to their rank; -1 when a delete marker is current (nothing will).
   */
  headSignature?: number;
  /** Noncurrent versions: the day their key's current version (or delete marker) was created. */
  headCreatedDay?: number;
  /** Current versions in a versioned inventory: the key has older data versions (it is being overwritten). */
  overwritten?: boolean;
  /** Object Lock: last day of retention (deletion allowed from the next midnight); Infinity for a legal hold. */
  lockedUntilDay?: number;
  objects: number;
  bytes: number;
  /** Uploads still to come (observed growth): they arrive through their day, on average at noon. */
  projected?: boolean;
}

export interface CohortTable {
  cohorts: Cohort[];
  /** The inventory's date (ms since epoch), if it has one. */
  asOfMs?: number;
  /** The inventory lists versions (IsLatest present). */
  versioned: boolean;
  /** Rows read and rows skipped (delete markers, unreadable rows), for the report. */
  rows: number;
  skippedRows: number;
  /** Notes about the input that the report must show (e.g. approximations). */
  notes: string[];
  /** The bucket the inventory describes, when it says. */
  bucket?: string;
}

export const CLASS_INDEX: Readonly<Record<string, number>> = Object.fromEntries(STORAGE_CLASS_NAMES.map((n, i) => [n, i]));

/** Objects as one reader hands them over; a reader reuses one instance for every row. */
export interface ObjectFacts {
  signature: number;
  classIndex: number;
  createdDay: number;
  size: number;
  current: boolean;
  noncurrentSinceDay: number;
  newerVersions: number;
  /** 0 for none; Infinity for a legal hold. */
  lockedUntilDay: number;
  /** Noncurrent versions: the current version's signature, -1 for a delete marker; unused otherwise. */
  headSignature: number;
  headCreatedDay: number;
  /** Current versions: the key has older data versions. */
  overwritten: boolean;
}

/**
 * Folds objects into cohorts. The common case (current, unlocked) is keyed by one number so the hot
 * path allocates nothing per object; other objects use a string key.
 */
export class CohortBuilder {
  private readonly simple = new Map<number, Cohort>();
  private readonly other = new Map<string, Cohort>();
  rows = 0;
  skippedRows = 0;

  add(o: ObjectFacts): void {
    this.rows++;
    // signature < 2^20, class < 8, overwritten < 2, 0 ≤ day < 2^17: fits well within 2^53. A day outside
    // (a hostile inventory's 1969 or 2400) would land on another cohort's key: it takes the string key.
    if (o.current && o.lockedUntilDay === 0 && o.createdDay >= 0 && o.createdDay < 131072) {
      const key = simpleKey(o.signature, o.classIndex, o.overwritten, o.createdDay);
      const c = this.simple.get(key);
      if (c) {
        c.objects++;
        c.bytes += o.size;
      } else this.simple.set(key, this.make(o, 1, o.size));
      return;
    }
    this.addCounts(o, 1, o.size);
  }

  /** Objects already counted elsewhere (a cohort table row). */
  addCounts(o: ObjectFacts, objects: number, bytes: number): void {
    const key = o.current
      ? `${o.signature}|${o.classIndex}|${o.createdDay}|1|${o.overwritten ? 1 : 0}|${o.lockedUntilDay}`
      : `${o.signature}|${o.classIndex}|${o.createdDay}|0|${o.noncurrentSinceDay}|${o.newerVersions}|${o.lockedUntilDay}|${o.headSignature}|${o.headCreatedDay}`;
    const c = this.other.get(key);
    if (c) {
      c.objects += objects;
      c.bytes += bytes;
    } else this.other.set(key, this.make(o, objects, bytes));
  }

  skip(): void {
    this.rows++;
    this.skippedRows++;
  }

  private make(o: ObjectFacts, objects: number, bytes: number): Cohort {
    const c: Cohort = {
      signature: o.signature,
      storageClass: STORAGE_CLASS_NAMES[o.classIndex]!,
      createdDay: o.createdDay,
      current: o.current,
      objects,
      bytes,
    };
    if (!o.current) {
      c.noncurrentSinceDay = o.noncurrentSinceDay;
      c.newerVersions = o.newerVersions;
      c.headSignature = o.headSignature;
      c.headCreatedDay = o.headCreatedDay;
    } else if (o.overwritten) c.overwritten = true;
    if (o.lockedUntilDay !== 0) c.lockedUntilDay = o.lockedUntilDay;
    return c;
  }

  cohorts(): Cohort[] {
    const keys = [...this.simple.keys()];
    return mergeCohorts(
      inSimpleOrder(keys).map((k) => this.simple.get(k)!),
      [...this.other.values()].sort(compareCohorts),
    );
  }
}

/** The numeric key of a current, unlocked cohort: ((signature × 8 + class) × 2 + overwritten) × 131072 + day. */
export function simpleKey(signature: number, classIndex: number, overwritten: boolean, day: number): number {
  return ((signature * 8 + classIndex) * 2 + (overwritten ? 1 : 0)) * 131072 + day;
}

/** The parts of a simple key. */
export function splitSimpleKey(key: number): { signature: number; classIndex: number; overwritten: boolean; day: number } {
  const rest = Math.floor(key / 131072);
  const cls = Math.floor(rest / 2);
  return { signature: Math.floor(cls / 8), classIndex: cls % 8, overwritten: rest % 2 === 1, day: key % 131072 };
}

/**
 * Simple keys in the order compareCohorts puts their cohorts (signature, class, day, then
 * overwritten), sorted as numbers: tables run to millions of cohorts, and a comparator call per
 * comparison was a tenth of a large projection.
 */
export function inSimpleOrder(keys: readonly number[]): number[] {
  // Floors throughout, so that the rewriting is its own exact inverse for every integer key, not
  // only for the keys the readers make (their days are 0 to 131071).
  const order = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const group = Math.floor(keys[i]! / 131072);
    const day = keys[i]! - group * 131072;
    const half = Math.floor(group / 2);
    order[i] = (half * 131072 + day) * 2 + (group - half * 2);
  }
  order.sort();
  const sorted = new Array<number>(keys.length);
  for (let i = 0; i < order.length; i++) {
    const rest = Math.floor(order[i]! / 2);
    const overwritten = order[i]! - rest * 2;
    const half = Math.floor(rest / 131072);
    sorted[i] = (half * 2 + overwritten) * 131072 + (rest - half * 131072);
  }
  return sorted;
}

/** Two lists already in compareCohorts order, as one. */
export function mergeCohorts(a: readonly Cohort[], b: readonly Cohort[]): Cohort[] {
  if (!b.length) return a as Cohort[];
  if (!a.length) return b as Cohort[];
  const out = new Array<Cohort>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareCohorts(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

export function compareCohorts(a: Cohort, b: Cohort): number {
  return (
    a.signature - b.signature ||
    CLASS_INDEX[a.storageClass]! - CLASS_INDEX[b.storageClass]! ||
    a.createdDay - b.createdDay ||
    Number(b.current) - Number(a.current) ||
    (a.noncurrentSinceDay ?? 0) - (b.noncurrentSinceDay ?? 0) ||
    (a.newerVersions ?? 0) - (b.newerVersions ?? 0) ||
    (a.lockedUntilDay ?? 0) - (b.lockedUntilDay ?? 0) ||
    Number(a.overwritten ?? false) - Number(b.overwritten ?? false) ||
    (a.headSignature ?? -2) - (b.headSignature ?? -2) ||
    (a.headCreatedDay ?? 0) - (b.headCreatedDay ?? 0)
  );
}
