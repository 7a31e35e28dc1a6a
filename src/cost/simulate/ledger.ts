/**
 * Money and deletions of one configuration over the horizon. A cohort's events become usage: GB-months
 * per class and month (bytes × hours, binary GB, 730-hour months), Intelligent-Tiering's tiers and
 * monitored objects, transition requests charged at the target class's price, and pro-rated charges
 * for leaving a class before its minimum duration. Usage is priced once per month at the end, so
 * volume bands apply to the month's total (docs/cost-model.md).
 */
import type { StorageClassName } from '../../model/lifecycle.js';
import { STORAGE_CLASSES, STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';
import type { CompiledRule } from '../rules/compile.js';
import { GIB, HOUR_MS, HOURS_PER_MONTH, MONTH_MS } from '../time.js';
import { DAY_MS } from '../../model/timing.js';
import { bandedUsd, type ProjectionPrices } from './prices.js';
import type { LifecycleEvent } from './timeline.js';

export interface RuleTally {
  transitionedObjects: number;
  transitionUsd: number;
  deletedObjects: number;
  deletedBytes: number;
  earlyDeleteUsd: number;
  deleteMarkers: number;
}

export interface PostedCohort {
  storageClass: StorageClassName;
  objects: number;
  bytes: number;
  /** Upper bound (exclusive) of the cohort's object sizes, for minimum billable sizes. */
  sizeBelow: number;
  /** From when the objects exist within the horizon (ms). */
  startMs: number;
  /** Day the objects entered their storage class, for minimum storage durations. */
  entryDay: number;
}

/** What the bill cannot see but Intelligent-Tiering depends on: how often its objects are read. */
export interface AccessAssumption {
  /** Share (0–1) of monitored objects read at least every 30 days: they stay in Frequent Access. */
  accessedShare: number;
}

const CLASSES = STORAGE_CLASS_NAMES.length;
/** Usage lines: one per class (GB-months), then IT Infrequent, IT Archive Instant (GB-months), IT monitoring (object-months). */
const IT_IA = CLASSES;
const IT_AIA = CLASSES + 1;
const IT_MONITORED = CLASSES + 2;
const LINES = CLASSES + 3;
const CLASS_INDEX = Object.fromEntries(STORAGE_CLASS_NAMES.map((n, i) => [n, i])) as Record<StorageClassName, number>;
const IT_DAYS = STORAGE_CLASSES.INTELLIGENT_TIERING.autoTierDays!;

export class Ledger {
  /** months × LINES usage. */
  readonly usage: Float64Array;
  readonly transition: Float64Array;
  readonly early: Float64Array;
  readonly deleted = { objects: 0, bytes: 0 };
  readonly byRule = new Map<CompiledRule, RuleTally>();
  private readonly endMs: number;

  constructor(
    private readonly asOfMs: number,
    readonly months: number,
    private readonly prices: ProjectionPrices,
    private readonly access: AccessAssumption = { accessedShare: 0 },
  ) {
    this.usage = new Float64Array(months * LINES);
    this.transition = new Float64Array(months);
    this.early = new Float64Array(months);
    this.endMs = asOfMs + months * MONTH_MS;
  }

  /** Returns whether the cohort was permanently deleted within the horizon. */
  post(c: PostedCohort, events: readonly LifecycleEvent[]): boolean {
    let cls = c.storageClass;
    let entry = c.entryDay;
    let entryMs = Math.max(c.entryDay * DAY_MS, c.startMs);
    let from = Math.max(c.startMs, this.asOfMs);
    for (const e of events) {
      const at = e.day * DAY_MS;
      if (at >= this.endMs) break;
      if (e.kind === 'delete-marker') {
        this.tally(e.rule).deleteMarkers += c.objects;
        continue;
      }
      this.addStorage(c, cls, entryMs, from, at);
      const month = this.monthOf(at);
      const early = this.earlyCharge(c, cls, entry, e.day);
      this.early[month]! += early;
      const t = this.tally(e.rule);
      t.earlyDeleteUsd += early;
      if (e.kind === 'delete') {
        t.deletedObjects += c.objects;
        t.deletedBytes += c.bytes;
        this.deleted.objects += c.objects;
        this.deleted.bytes += c.bytes;
        return true;
      }
      const fee = c.objects * this.prices.transition[e.to];
      this.transition[month]! += fee;
      t.transitionUsd += fee;
      t.transitionedObjects += c.objects;
      cls = e.to;
      entry = e.day;
      entryMs = at;
      from = at;
    }
    this.addStorage(c, cls, entryMs, from, this.endMs);
    return false;
  }

  /** USD of storage per class in month m (Intelligent-Tiering: its tiers and monitoring). */
  storageByClass(m: number): Record<StorageClassName, number> {
    const u = this.usage.subarray(m * LINES, (m + 1) * LINES);
    const out = {} as Record<StorageClassName, number>;
    STORAGE_CLASS_NAMES.forEach((name, i) => (out[name] = bandedUsd(u[i]!, this.prices.bands[name])));
    out.INTELLIGENT_TIERING! +=
      u[IT_IA]! * this.prices.itTiers.infrequent +
      u[IT_AIA]! * this.prices.itTiers.archiveInstant +
      u[IT_MONITORED]! * this.prices.monitoringPerObject;
    return out;
  }

  /** GB-months of a class in month m (Intelligent-Tiering: all three tiers). */
  gbMonths(m: number, cls: StorageClassName): number {
    const u = this.usage.subarray(m * LINES, (m + 1) * LINES);
    return u[CLASS_INDEX[cls]]! + (cls === 'INTELLIGENT_TIERING' ? u[IT_IA]! + u[IT_AIA]! : 0);
  }

  /** Largest GB-months of one class in any month: whether volume bands above the first were used. */
  peakGbMonths(cls: StorageClassName): number {
    let max = 0;
    for (let m = 0; m < this.months; m++) max = Math.max(max, this.usage[m * LINES + CLASS_INDEX[cls]]!);
    return max;
  }

  private monthOf(ms: number): number {
    return Math.min(this.months - 1, Math.max(0, Math.floor((ms - this.asOfMs) / MONTH_MS)));
  }

  /** `amount` per month of presence, spread over [fromMs, toMs) on one usage line. */
  private addUsage(line: number, amount: number, fromMs: number, toMs: number): void {
    if (toMs <= fromMs || amount === 0) return;
    let m = this.monthOf(fromMs);
    while (m < this.months) {
      const ws = this.asOfMs + m * MONTH_MS;
      const we = ws + MONTH_MS;
      const overlap = Math.min(we, toMs) - Math.max(ws, fromMs);
      if (overlap > 0) this.usage[m * LINES + line]! += (amount * overlap) / HOUR_MS / HOURS_PER_MONTH;
      if (toMs <= we) break;
      m++;
    }
  }

  private addStorage(c: PostedCohort, cls: StorageClassName, entryMs: number, fromMs: number, toMs: number): void {
    if (toMs <= fromMs) return;
    const f = STORAGE_CLASSES[cls];
    const gb = billedBytes(c, cls) / GIB;
    if (f.archiveOverhead) {
      this.addUsage(CLASS_INDEX[cls], gb + (c.objects * f.archiveOverhead.classBytes) / GIB, fromMs, toMs);
      this.addUsage(CLASS_INDEX.STANDARD, (c.objects * f.archiveOverhead.standardBytes) / GIB, fromMs, toMs);
      return;
    }
    if (f.autoTieringMinBytes === undefined || c.sizeBelow <= f.autoTieringMinBytes) {
      this.addUsage(CLASS_INDEX[cls], gb, fromMs, toMs);
      return;
    }
    // Monitored Intelligent-Tiering objects: the accessed share stays in Frequent Access; the rest
    // moves down after 30 and 90 days without access, counted from when they entered the class.
    this.addUsage(IT_MONITORED, c.objects, fromMs, toMs);
    const read = this.access.accessedShare;
    this.addUsage(CLASS_INDEX[cls], gb * read, fromMs, toMs);
    const idle = gb * (1 - read);
    const ia = entryMs + IT_DAYS.infrequent * DAY_MS;
    const aia = entryMs + IT_DAYS.archiveInstant * DAY_MS;
    this.addUsage(CLASS_INDEX[cls], idle, fromMs, Math.min(toMs, ia));
    this.addUsage(IT_IA, idle, Math.max(fromMs, ia), Math.min(toMs, aia));
    this.addUsage(IT_AIA, idle, Math.max(fromMs, aia), toMs);
  }

  /** Leaving a class before its minimum storage duration bills the remaining days. */
  private earlyCharge(c: PostedCohort, cls: StorageClassName, entryDay: number, day: number): number {
    const remaining = STORAGE_CLASSES[cls].minStorageDays - (day - entryDay);
    if (remaining <= 0) return 0;
    return (billedBytes(c, cls) / GIB) * this.prices.storage[cls] * ((remaining * 24) / HOURS_PER_MONTH);
  }

  private tally(rule: CompiledRule): RuleTally {
    let t = this.byRule.get(rule);
    if (!t) {
      t = { transitionedObjects: 0, transitionUsd: 0, deletedObjects: 0, deletedBytes: 0, earlyDeleteUsd: 0, deleteMarkers: 0 };
      this.byRule.set(rule, t);
    }
    return t;
  }
}

/** Objects alike in class and size band: `sizeBelow` is an exclusive upper bound of their sizes. */
export type StoredObjects = Pick<PostedCohort, 'objects' | 'bytes' | 'sizeBelow'>;

/** Billed bytes in a class: the minimum billable object size applies to each object. */
export function billedBytes(c: StoredObjects, cls: StorageClassName): number {
  const min = STORAGE_CLASSES[cls].minBillableBytes;
  return min > 0 && c.sizeBelow <= min ? c.objects * min : c.bytes;
}

/**
 * USD per 730-hour month for objects sitting in a class, at the first volume band and
 * Intelligent-Tiering's Frequent Access tier (archive metadata and monitoring included).
 */
export function monthlyStorageUsd(
  c: StoredObjects,
  cls: StorageClassName,
  prices: Pick<ProjectionPrices, 'storage' | 'monitoringPerObject'>,
): number {
  const f = STORAGE_CLASSES[cls];
  const p = prices.storage;
  let usd = (billedBytes(c, cls) / GIB) * p[cls];
  if (f.archiveOverhead) {
    usd += ((c.objects * f.archiveOverhead.classBytes) / GIB) * p[cls];
    usd += ((c.objects * f.archiveOverhead.standardBytes) / GIB) * p.STANDARD;
  }
  if (f.autoTieringMinBytes !== undefined && c.sizeBelow > f.autoTieringMinBytes) usd += c.objects * prices.monitoringPerObject;
  return usd;
}
