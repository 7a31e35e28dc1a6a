/**
 * What lifecycle does to one cohort under one configuration: the ordered list of actions, as days.
 * Semantics (docs/cost-model.md): an action due at creation + Days fires at the next 00:00 UTC; the
 * configuration acts from its first day `d0` (the first midnight after the as-of time), so every
 * action already due fires on d0, once: an object due for several transitions moves straight to the
 * coldest. Expiry beats transition; among transitions of overlapping rules S3's preference wins
 * (the lower-cost class, Intelligent-Tiering favoured but for the Glacier classes: storage-class table). On a versioned bucket expiry makes the data a
 * noncurrent version behind a delete marker; Object Lock holds back permanent deletion.
 */
import type { StorageClassName, TransitionDefaultMinimumObjectSize } from '../../model/lifecycle.js';
import { canTransition, STORAGE_CLASSES, TRANSITION_CONFLICT_PREFERENCE } from '../../model/storage-classes.js';
import type { CompiledRule, CompiledTransition, When } from '../rules/compile.js';

export type LifecycleEvent =
  | { day: number; kind: 'transition'; to: StorageClassName; rule: CompiledRule }
  /** Versioned bucket: the current version becomes noncurrent behind a delete marker. */
  | { day: number; kind: 'delete-marker'; rule: CompiledRule }
  | { day: number; kind: 'delete'; rule: CompiledRule };

export interface TimelineInput {
  storageClass: StorageClassName;
  current: boolean;
  /** First day an action counted from creation can fire with Days = 0 (creation day + 1). */
  createdBase: number;
  /** Same, counted from becoming noncurrent. */
  noncurrentBase?: number;
  newerVersions?: number;
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

export function timeline(input: TimelineInput, rules: readonly CompiledRule[], ctx: TimelineContext): LifecycleEvent[] {
  const events: LifecycleEvent[] = [];
  let cls = input.storageClass;
  let current = input.current;
  let ncBase = input.noncurrentBase;
  let t = ctx.d0;
  const lockFree = input.lockedUntilDay === undefined ? -Infinity : input.lockedUntilDay + 1;
  while (t <= ctx.endDay) {
    const d = nextDecision(rules, current, input, ncBase, t, ctx.d0, lockFree, ctx.versioned);
    if (d === undefined || d > ctx.endDay) break;
    if (current) {
      const exp = dueExpiration(rules, input.createdBase, d, ctx.d0);
      const move = chooseTransition(rules, (r) => r.transitions, input.createdBase, d, cls, input, ctx);
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
        ncBase = d;
      }
    } else if (ncBase !== undefined) {
      const exp = dueNoncurrentExpiration(rules, ncBase, d, input.newerVersions ?? 0);
      if (exp && d >= lockFree) {
        events.push({ day: d, kind: 'delete', rule: exp });
        return events;
      }
      const move = chooseTransition(rules, (r) => r.noncurrentTransitions.filter((x) => (input.newerVersions ?? 0) >= (x.newer ?? 0)), ncBase, d, cls, input, ctx);
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

/** The next day ≥ t on which some action of these rules is due. */
function nextDecision(
  rules: readonly CompiledRule[],
  current: boolean,
  input: TimelineInput,
  ncBase: number | undefined,
  t: number,
  d0: number,
  lockFree: number,
  versioned: boolean,
): number | undefined {
  let best = Infinity;
  const consider = (day: number) => {
    if (day >= t && day < best) best = day;
  };
  for (const r of rules) {
    if (current) {
      if (r.expiration) {
        const due = dueDay(r.expiration, input.createdBase, d0);
        consider(versioned ? due : Math.max(due, lockFree));
      }
      for (const x of r.transitions) consider(dueDay(x.when, input.createdBase, d0));
    } else if (ncBase !== undefined) {
      if (r.noncurrentExpiration) consider(Math.max(d0, ncBase + r.noncurrentExpiration.days, lockFree));
      for (const x of r.noncurrentTransitions) consider(dueDay(x.when, ncBase, d0));
    }
  }
  return Number.isFinite(best) ? best : undefined;
}

/** The rule whose expiration is due by day d (the shortest expiration wins). */
function dueExpiration(rules: readonly CompiledRule[], base: number, d: number, d0: number): CompiledRule | undefined {
  let best: CompiledRule | undefined;
  let bestDay = Infinity;
  for (const r of rules) {
    if (!r.expiration) continue;
    const due = dueDay(r.expiration, base, d0);
    if (due <= d && due < bestDay) {
      best = r;
      bestDay = due;
    }
  }
  return best;
}

function dueNoncurrentExpiration(rules: readonly CompiledRule[], base: number, d: number, newer: number): CompiledRule | undefined {
  let best: CompiledRule | undefined;
  for (const r of rules) {
    const e = r.noncurrentExpiration;
    if (!e || newer < (e.newer ?? 0)) continue;
    if (base + e.days <= d && (!best || e.days < best.noncurrentExpiration!.days)) best = r;
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
  base: number,
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
      if (dueDay(x.when, base, ctx.d0) > d) continue;
      if (!canTransition(from, x.storageClass) || !sizeAllows(r, x.storageClass, input, ctx)) continue;
      candidates.push({ to: x.storageClass, rule: r });
      break;
    }
  }
  if (candidates.length <= 1) return candidates[0];
  const rank = (c: StorageClassName) => TRANSITION_CONFLICT_PREFERENCE.indexOf(c);
  return candidates.reduce((a, b) => (rank(b.to) < rank(a.to) ? b : a));
}

/** The 128 KiB transition default (§5.2): a size filter in the rule always takes precedence. */
function sizeAllows(rule: CompiledRule, to: StorageClassName, input: TimelineInput, ctx: TimelineContext): boolean {
  if (!input.belowTransitionDefault || rule.hasSizeFilter) return true;
  return ctx.minimumObjectSize === 'varies_by_storage_class' && STORAGE_CLASSES[to].smallObjectsTransitionByDefault;
}
