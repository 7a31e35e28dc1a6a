/**
 * Money and deletions of one configuration over the horizon. A cohort's events become segments of
 * time in a class (bytes × hours, in binary GB and 730-hour months), transition requests charged at
 * the target class's price, and pro-rated charges for leaving a class before its minimum duration.
 */
import type { StorageClassName } from '../../model/lifecycle.js';
import { STORAGE_CLASSES } from '../../model/storage-classes.js';
import type { CompiledRule } from '../rules/compile.js';
import { DAY_MS, GIB, HOUR_MS, HOURS_PER_MONTH, MONTH_MS } from '../time.js';
import type { ProjectionPrices } from './prices.js';
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

export class Ledger {
  readonly storage: Float64Array;
  readonly transition: Float64Array;
  readonly early: Float64Array;
  readonly deleted = { objects: 0, bytes: 0 };
  readonly byRule = new Map<CompiledRule, RuleTally>();
  private readonly endMs: number;

  constructor(
    private readonly asOfMs: number,
    readonly months: number,
    private readonly prices: ProjectionPrices,
  ) {
    this.storage = new Float64Array(months);
    this.transition = new Float64Array(months);
    this.early = new Float64Array(months);
    this.endMs = asOfMs + months * MONTH_MS;
  }

  /** Returns whether the cohort was permanently deleted within the horizon. */
  post(c: PostedCohort, events: readonly LifecycleEvent[]): boolean {
    let cls = c.storageClass;
    let entry = c.entryDay;
    let from = Math.max(c.startMs, this.asOfMs);
    for (const e of events) {
      const at = e.day * DAY_MS;
      if (at >= this.endMs) break;
      if (e.kind === 'delete-marker') {
        this.tally(e.rule).deleteMarkers += c.objects;
        continue;
      }
      this.addStorage(c, cls, from, at);
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
      from = at;
    }
    this.addStorage(c, cls, from, this.endMs);
    return false;
  }

  private monthOf(ms: number): number {
    return Math.min(this.months - 1, Math.max(0, Math.floor((ms - this.asOfMs) / MONTH_MS)));
  }

  /** Billed bytes in a class: the minimum billable object size applies to each object. */
  private billedBytes(c: PostedCohort, cls: StorageClassName): number {
    const min = STORAGE_CLASSES[cls].minBillableBytes;
    return min > 0 && c.sizeBelow <= min ? c.objects * min : c.bytes;
  }

  /** USD per 730-hour month for the cohort sitting in a class. */
  private monthlyRate(c: PostedCohort, cls: StorageClassName): number {
    const f = STORAGE_CLASSES[cls];
    const p = this.prices.storage;
    let usd = (this.billedBytes(c, cls) / GIB) * p[cls];
    if (f.archiveOverhead) {
      usd += ((c.objects * f.archiveOverhead.classBytes) / GIB) * p[cls];
      usd += ((c.objects * f.archiveOverhead.standardBytes) / GIB) * p.STANDARD;
    }
    if (f.autoTieringMinBytes !== undefined && c.sizeBelow > f.autoTieringMinBytes) usd += c.objects * this.prices.monitoringPerObject;
    return usd;
  }

  private addStorage(c: PostedCohort, cls: StorageClassName, fromMs: number, toMs: number): void {
    if (toMs <= fromMs) return;
    const rate = this.monthlyRate(c, cls);
    if (rate === 0) return;
    let m = this.monthOf(fromMs);
    while (m < this.months) {
      const ws = this.asOfMs + m * MONTH_MS;
      const we = ws + MONTH_MS;
      const overlap = Math.min(we, toMs) - Math.max(ws, fromMs);
      if (overlap > 0) this.storage[m]! += (rate * overlap) / HOUR_MS / HOURS_PER_MONTH;
      if (toMs <= we) break;
      m++;
    }
  }

  /** Leaving a class before its minimum storage duration bills the remaining days. */
  private earlyCharge(c: PostedCohort, cls: StorageClassName, entryDay: number, day: number): number {
    const remaining = STORAGE_CLASSES[cls].minStorageDays - (day - entryDay);
    if (remaining <= 0) return 0;
    return (this.billedBytes(c, cls) / GIB) * this.prices.storage[cls] * ((remaining * 24) / HOURS_PER_MONTH);
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
