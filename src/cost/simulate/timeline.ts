/**
 * What lifecycle does to one cohort under one configuration: the ordered list of actions, as days.
 * Semantics (docs/cost-model.md; precedence from model/timing.ts, the one timing model): an action fires at the first daily run (00:00 UTC) that sees all
 * its conditions met; an action due at creation + Days fires at the next 00:00 UTC; the
 * configuration acts from its first day `d0` (the first midnight after the as-of time), so every
 * action already due fires on d0, once: an object due for several transitions moves straight to the
 * coldest. Expiry beats transition; among transitions of overlapping rules S3's preference wins
 * (the lower-cost class, Intelligent-Tiering favoured but for the Glacier classes: storage-class
 * table). On a versioned bucket expiry makes the data a noncurrent version behind a delete marker,
 * an overwrite makes it noncurrent too, and a noncurrent version's rank (how many newer noncurrent
 * versions its key has) grows as newer versions become noncurrent; NewerNoncurrentVersions reads it.
 * Object Lock holds back permanent deletion.
 */
import type { StorageClassName, TransitionDefaultMinimumObjectSize } from '../../model/lifecycle.js';
import { canTransition, STORAGE_CLASSES } from '../../model/storage-classes.js';
import { earliestDue, preferredTransition } from '../../model/timing.js';
import type { CompiledRule, CompiledTransition, When } from '../rules/compile.js';

export type LifecycleEvent =
  | { day: number; kind: 'transition'; to: StorageClassName; rule: CompiledRule }
  /** Versioned bucket: the current version becomes noncurrent behind a delete marker. */
  | { day: number; kind: 'delete-marker'; rule: CompiledRule }
  | { day: number; kind: 'delete'; rule: CompiledRule };

/**
 * How many newer noncurrent versions a version's key has: `now` at the start, one more from each
 * day in `increments` (the first daily run after a newer version became noncurrent), ascending.
 */
export interface RankSchedule {
  now: number;
  increments: readonly number[];
}

export interface TimelineInput {
  storageClass: StorageClassName;
  current: boolean;
  /** First day an action counted from creation can fire with Days = 0 (creation day + 1). */
  createdBase: number;
  /** Same, counted from becoming noncurrent. */
  noncurrentBase?: number;
  /** Noncurrent versions: their rank over time (none: rank 0 for ever). */
  rank?: RankSchedule;
  /**
   * Current versions of a key that uploads keep overwriting: the day the next upload makes this
   * version noncurrent (its first run sees it then), and the rank schedule it has from then on.
   */
  overwrite?: { base: number; rank: RankSchedule };
  /** Last day of Object Lock retention; Infinity for a legal hold. */
  lockedUntilDay?: number;
  /** Every object is smaller than the 128 KiB transition default. */
  belowTransitionDefault: boolean;
}

export interface TimelineContext {
  /** First day the configuration acts. */
  d0: number;
  /** Last day of interest (the horizon's end). */
  endDay: number;
  versioned: boolean;
  minimumObjectSize: TransitionDefaultMinimumObjectSize;
}

const NO_RANK: RankSchedule = { now: 0, increments: [] };

/** The first day from which the rank is at least n (-Infinity: already; Infinity: never). */
export function rankReached(r: RankSchedule, n: number): number {
  if (n <= r.now) return -Infinity;
  return r.increments[n - r.now - 1] ?? Infinity;
}

export function timeline(input: TimelineInput, rules: readonly CompiledRule[], ctx: TimelineContext): LifecycleEvent[] {
  const events: LifecycleEvent[] = [];
  let cls = input.storageClass;
  let current = input.current;
  let ncBase = input.noncurrentBase;
  let rank = input.rank ?? NO_RANK;
  let t = ctx.d0;
  const lockFree = input.lockedUntilDay === undefined ? -Infinity : input.lockedUntilDay + 1;
  while (t <= ctx.endDay) {
    const d = current
      ? nextCurrent(rules, input.createdBase, t, ctx.d0, lockFree, ctx.versioned)
      : ncBase === undefined
        ? Infinity
        : nextNoncurrent(rules, ncBase, rank, t, ctx.d0, lockFree);
    // An upload overwrites this version before the next action: it is noncurrent from then on.
    if (current && input.overwrite && input.overwrite.base <= Math.min(d, ctx.endDay)) {
      current = false;
      ncBase = input.overwrite.base;
      rank = input.overwrite.rank;
      t = Math.max(t, ncBase);
      continue;
    }
    if (!Number.isFinite(d) || d > ctx.endDay) break;
    if (current) {
      const exp = dueExpiration(rules, input.createdBase, d, ctx.d0);
      const move = chooseTransition(
        rules,
        (r) => r.transitions,
        (x) => dueDay(x.when, input.createdBase, ctx.d0),
        d,
        cls,
        input,
        ctx,
      );
      // Permanent deletion takes precedence over transition; Object Lock holds it back (not transitions).
      if (exp && !ctx.versioned && d >= lockFree) {
        events.push({ day: d, kind: 'delete', rule: exp });
        return events;
      }
      // Transition takes precedence over the creation of a delete marker: both happen that day.
      if (move) {
        events.push({ day: d, kind: 'transition', to: move.to, rule: move.rule });
        cls = move.to;
      }
      if (exp && ctx.versioned) {
        events.push({ day: d, kind: 'delete-marker', rule: exp });
        current = false;
        // Noncurrent from this run's 00:00; later uploads of the key rank above it (approximation:
        // the marker itself does not count, as S3 counts only noncurrent versions).
        ncBase = d;
        rank = input.overwrite ? { now: 0, increments: input.overwrite.rank.increments.filter((x) => x > d) } : NO_RANK;
      }
    } else if (ncBase !== undefined) {
      const exp = dueNoncurrentExpiration(rules, ncBase, rank, d, ctx.d0);
      if (exp && d >= lockFree) {
        events.push({ day: d, kind: 'delete', rule: exp });
        return events;
      }
      const base = ncBase;
      const move = chooseTransition(
        rules,
        (r) => r.noncurrentTransitions,
        (x) => Math.max(dueDay(x.when, base, ctx.d0), rankReached(rank, x.newer ?? 0)),
        d,
        cls,
        input,
        ctx,
      );
      if (move) {
        events.push({ day: d, kind: 'transition', to: move.to, rule: move.rule });
        cls = move.to;
      }
    }
    t = d + 1;
  }
  return events;
}

function dueDay(when: When, base: number, d0: number): number {
  return Math.max(d0, 'days' in when ? base + when.days : when.onDay);
}

/** The next day ≥ t on which an action of these rules is due for a current version. */
function nextCurrent(
  rules: readonly CompiledRule[],
  createdBase: number,
  t: number,
  d0: number,
  lockFree: number,
  versioned: boolean,
): number {
  let best = Infinity;
  const consider = (day: number) => {
    if (day >= t && day < best) best = day;
  };
  for (const r of rules) {
    if (r.expiration) {
      const due = dueDay(r.expiration, createdBase, d0);
      consider(versioned ? due : Math.max(due, lockFree));
    }
    for (const x of r.transitions) consider(dueDay(x.when, createdBase, d0));
  }
  return best;
}

/** The next day ≥ t on which an action is due for a noncurrent version of this rank. */
function nextNoncurrent(
  rules: readonly CompiledRule[],
  ncBase: number,
  rank: RankSchedule,
  t: number,
  d0: number,
  lockFree: number,
): number {
  let best = Infinity;
  const consider = (day: number) => {
    const at = Math.max(day, t);
    if (at < best && Number.isFinite(day)) best = at;
  };
  for (const r of rules) {
    const e = r.noncurrentExpiration;
    if (e) consider(Math.max(d0, ncBase + e.days, lockFree, rankReached(rank, e.newer ?? 0)));
    for (const x of r.noncurrentTransitions) consider(Math.max(dueDay(x.when, ncBase, d0), rankReached(rank, x.newer ?? 0)));
  }
  return best;
}

/** The rule whose expiration is due by day d (the shortest expiration wins). */
function dueExpiration(rules: readonly CompiledRule[], base: number, d: number, d0: number): CompiledRule | undefined {
  // One pass, no array per call: this runs for every event of every cohort under every configuration.
  const best = earliestDue(rules, (r) => (r.expiration ? dueDay(r.expiration, base, d0) : Infinity));
  return best && best.due <= d ? best.item : undefined;
}

/** The noncurrent expiration due by day d: NoncurrentDays passed and more newer versions than it keeps. */
function dueNoncurrentExpiration(
  rules: readonly CompiledRule[],
  base: number,
  rank: RankSchedule,
  d: number,
  d0: number,
): CompiledRule | undefined {
  let best: CompiledRule | undefined;
  for (const r of rules) {
    const e = r.noncurrentExpiration;
    if (!e || Math.max(d0, base + e.days, rankReached(rank, e.newer ?? 0)) > d) continue;
    if (!best || e.days < best.noncurrentExpiration!.days) best = r;
  }
  return best;
}

/**
 * The class the object moves to on day d, if any: per rule the coldest transition due that the
 * object may take from its class, then across rules S3's conflict resolution.
 */
function chooseTransition(
  rules: readonly CompiledRule[],
  pick: (r: CompiledRule) => readonly CompiledTransition[],
  due: (x: CompiledTransition) => number,
  d: number,
  from: StorageClassName,
  input: TimelineInput,
  ctx: TimelineContext,
): { to: StorageClassName; rule: CompiledRule } | undefined {
  const candidates: Array<{ to: StorageClassName; rule: CompiledRule }> = [];
  for (const r of rules) {
    const list = pick(r);
    for (let i = list.length - 1; i >= 0; i--) {
      const x = list[i]!;
      if (due(x) > d) continue;
      if (!canTransition(from, x.storageClass) || !sizeAllows(r, x.storageClass, input, ctx)) continue;
      candidates.push({ to: x.storageClass, rule: r });
      break;
    }
  }
  if (candidates.length <= 1) return candidates[0];
  return preferredTransition(candidates, from, (c) => c.to);
}

/** The 128 KiB transition default (§5.2): a size filter in the rule always takes precedence. */
function sizeAllows(rule: CompiledRule, to: StorageClassName, input: TimelineInput, ctx: TimelineContext): boolean {
  if (!input.belowTransitionDefault || rule.hasSizeFilter) return true;
  return ctx.minimumObjectSize === 'varies_by_storage_class' && STORAGE_CLASSES[to].smallObjectsTransitionByDefault;
}
