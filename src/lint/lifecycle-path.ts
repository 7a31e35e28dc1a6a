/**
 * The path S3 Lifecycle takes objects along when the actions of one rule, or of two overlapping
 * rules, apply to them (UG "How Amazon S3 handles conflicts in lifecycle configurations"):
 * - the shorter expiration is honoured; permanent deletion takes precedence over a transition due
 *   the same day;
 * - transitions due the same day go to the preferred class (TRANSITION_CONFLICT_PREFERENCE);
 * - a transition S3 cannot make from the class the objects are in (the waterfall) never happens.
 * The trace says how long objects stay in each class and which actions never take effect.
 */
import { ACTION_KEYS, type StorageClassName } from '../model/lifecycle.js';
import { preferredTransition } from '../model/timing.js';
import { timedActions, type TimedAction } from './actions.js';
import { intersectSelectors, relateOverlapping, type SelectorRelation } from './overlap.js';
import type { RuleView } from './view.js';
import type { Selector } from '../model/selector.js';

export interface Residency {
  storageClass: StorageClassName;
  /** The transition that moved the objects in. */
  enter: TimedAction;
  /** The transition or expiration that moved them out. */
  leave: TimedAction;
  days: number;
}

/** Why an action never takes effect: which action comes first and the S3 precedence that decides. */
export type Reason =
  | 'shorter-expiration' // another expiration deletes the objects earlier
  | 'deleted-before' // the objects are deleted before this transition is due
  | 'deletion-first' // an expiration is due the same day; deletion takes precedence
  | 'preferred-class' // another transition is due the same day to a class S3 prefers
  | 'unreachable' // the objects already sit in a class this transition cannot start from
  | 'already-there'; // an earlier transition already moved them to this class

export interface Superseded {
  action: TimedAction;
  by: TimedAction;
  reason: Reason;
}

export interface Trace {
  residencies: Residency[];
  superseded: Superseded[];
}

/**
 * Trace actions of one scope and one time basis (the caller groups them). Objects start in
 * STANDARD: lifecycle cannot tell which class an upload chose.
 */
export function tracePath(actions: readonly TimedAction[]): Trace {
  const residencies: Residency[] = [];
  const superseded: Superseded[] = [];
  const sorted = isSortedByTime(actions) ? actions : [...actions].sort((x, y) => x.at - y.at);
  let current: StorageClassName = 'STANDARD';
  let enteredBy: TimedAction | undefined;
  let deletedBy: TimedAction | undefined;
  for (let start = 0, end = 0; start < sorted.length; start = end) {
    while (end < sorted.length && sorted[end]!.at === sorted[start]!.at) end++;
    const group = sorted.slice(start, end);
    if (deletedBy) {
      for (const a of group)
        superseded.push({ action: a, by: deletedBy, reason: a.kind === 'expiration' ? 'shorter-expiration' : 'deleted-before' });
      continue;
    }
    // An expiration that keeps the newest noncurrent versions deletes only some of them.
    const deleting = group.find((a) => a.kind === 'expiration' && a.newerNoncurrentVersions === undefined);
    if (enteredBy) {
      for (const e of group) if (e.kind === 'expiration' && (e === deleting || !deleting)) residencies.push(stay(current, enteredBy, e));
    }
    if (deleting) {
      for (const t of group) if (t.kind === 'transition') superseded.push({ action: t, by: deleting, reason: 'deletion-first' });
      deletedBy = deleting;
      continue;
    }
    const winner = preferred(group, current);
    if (!winner) {
      for (const t of group) {
        if (t.kind === 'transition' && enteredBy)
          superseded.push({ action: t, by: enteredBy, reason: t.storageClass === current ? 'already-there' : 'unreachable' });
      }
      continue;
    }
    for (const t of group) {
      if (t.kind === 'transition' && t.storageClass !== winner.storageClass)
        superseded.push({ action: t, by: winner, reason: 'preferred-class' });
    }
    if (enteredBy) residencies.push(stay(current, enteredBy, winner));
    current = winner.storageClass!;
    enteredBy = winner;
  }
  return { residencies, superseded };
}

/** Two enabled rules whose selections overlap and whose actions S3 resolves at run time. */
export interface RulePair {
  a: RuleView;
  b: RuleView;
  /** How a's objects relate to b's. */
  relation: Exclude<SelectorRelation, 'disjoint'>;
  /** The objects both select. */
  common: Selector;
}

/** Pairs among the enabled rules that pass `only` (e.g. rules with timed actions), in rule order. */
export function overlappingPairs(rules: readonly RuleView[], only: (r: RuleView) => boolean = () => true): RulePair[] {
  const live = rules.filter((r) => r.enabled && (r.selector.version === 'v1' || r.selector.version === 'v2') && only(r));
  const pairs: RulePair[] = [];
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const a = live[i]!;
      const b = live[j]!;
      // Mixed V1/V2 configurations, and V1 rules with overlapping prefixes and a common action, are rejected (4.1–4.3).
      if (a.selector.version !== b.selector.version) continue;
      if (a.selector.version === 'v1' && sharesActionType(a, b)) continue;
      const common = intersectSelectors(a.selector, b.selector);
      if (!common) continue;
      pairs.push({ a, b, relation: relateOverlapping(a.selector, b.selector), common });
    }
  }
  return pairs;
}

/** The relation seen from the other side. */
export function invert(r: Exclude<SelectorRelation, 'disjoint'>): Exclude<SelectorRelation, 'disjoint'> {
  return r === 'contains' ? 'within' : r === 'within' ? 'contains' : r;
}

/** Actions grouped so each group shares a scope and a time basis (days cannot be compared with dates), sorted by time. */
export function comparableGroups(actions: readonly TimedAction[]): TimedAction[][] {
  return [...groupsByKey(actions).values()];
}

export interface PairTrace {
  pair: RulePair;
  trace: Trace;
}

const pairTraceCache = new WeakMap<object, PairTrace[]>();

/**
 * The trace of every overlapping pair, for the time lines both rules act on (a time line only one of
 * them acts on is that rule's own trace). W1 and W9 both need it and it is the costly part on large
 * configurations, so it is computed once per configuration object.
 */
export function pairTraces(ctx: { config: object; rules: readonly RuleView[] }): PairTrace[] {
  const cached = pairTraceCache.get(ctx.config);
  if (cached) return cached;
  const groups = new Map(ctx.rules.map((r) => [r, groupsByKey(timedActions(r))] as const));
  const out: PairTrace[] = [];
  for (const pair of overlappingPairs(ctx.rules, (r) => groups.get(r)!.size > 0)) {
    const a = groups.get(pair.a)!;
    const b = groups.get(pair.b)!;
    for (const [key, fromA] of a) {
      const fromB = b.get(key);
      if (fromB) out.push({ pair, trace: tracePath(mergeByTime(fromA, fromB)) });
    }
  }
  pairTraceCache.set(ctx.config, out);
  return out;
}

function groupsByKey(actions: readonly TimedAction[]): Map<string, TimedAction[]> {
  const groups = new Map<string, TimedAction[]>();
  for (const a of actions) {
    const key = `${a.scope}/${a.basis}`;
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  for (const list of groups.values()) list.sort((x, y) => x.at - y.at);
  return groups;
}

function mergeByTime(x: readonly TimedAction[], y: readonly TimedAction[]): TimedAction[] {
  const out: TimedAction[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (j >= y.length || (i < x.length && x[i]!.at <= y[j]!.at)) out.push(x[i++]!);
    else out.push(y[j++]!);
  }
  return out;
}

function stay(storageClass: StorageClassName, enter: TimedAction, leave: TimedAction): Residency {
  return { storageClass, enter, leave, days: leave.at - enter.at };
}

function isSortedByTime(actions: readonly TimedAction[]): boolean {
  for (let i = 1; i < actions.length; i++) if (actions[i - 1]!.at > actions[i]!.at) return false;
  return true;
}

/** Among the transitions due together that S3 can make from `current`, the one it picks. */
function preferred(group: readonly TimedAction[], current: StorageClassName): TimedAction | undefined {
  return preferredTransition(
    group.filter((t) => t.kind === 'transition'),
    current,
    (t) => t.storageClass!,
  );
}

function sharesActionType(a: RuleView, b: RuleView): boolean {
  return ACTION_KEYS.some((k) => a.raw[k] !== undefined && b.raw[k] !== undefined);
}
