/**
 * The deletion gate's measure over an inventory's cohorts (docs/action.md): data the proposed rules
 * remove within the horizon earlier than the current rules would (later, or never), and bytes ×
 * days earlier. A removal is the first expiry that takes the data from readers: a permanent delete,
 * or on a versioned bucket the delete marker. Pure.
 */
import type { LifecycleEvent } from './timeline.js';

export interface EarlierDeletion {
  objects: number;
  bytes: number;
  byteDays: number;
}

export class EarlierTally {
  readonly total: EarlierDeletion = { objects: 0, bytes: 0, byteDays: 0 };

  constructor(
    /** First day the configurations act (actions already due fire then). */
    private readonly d0: number,
    /** Last day of the horizon. */
    private readonly endDay: number,
  ) {}

  /** One cohort's events under the current and under the proposed rules. */
  add(c: { objects: number; bytes: number }, current: readonly LifecycleEvent[], proposed: readonly LifecycleEvent[]): void {
    const then = this.removalDay(proposed);
    if (then === undefined) return;
    const now = this.removalDay(current) ?? Infinity;
    if (now <= then) return;
    this.total.objects += c.objects;
    this.total.bytes += c.bytes;
    this.total.byteDays += c.bytes * (Math.min(now, this.endDay) - then);
  }

  private removalDay(events: readonly LifecycleEvent[]): number | undefined {
    const e = events.find((x) => x.kind === 'delete' || x.kind === 'delete-marker');
    return e && e.day <= this.endDay ? Math.max(e.day, this.d0) : undefined;
  }
}
