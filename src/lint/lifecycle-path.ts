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
import { TRANSITION_CONFLICT_PREFERENCE, canTransition } from '../model/storage-classes.js';
import type { TimedAction } from './actions.js';
import { intersectSelectors, relateSelectors, type SelectorRelation } from './overlap.js';
import type { RuleView, Selector } from './view.js';

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
  let current: StorageClassName = 'STANDARD';
  let enteredBy: TimedAction | undefined;
  let deletedBy: TimedAction | undefined;
  for (const group of byTime(actions)) {
    const expirations = group.filter((a) => a.kind === 'expiration');
    const transitions = group.filter((a) => a.kind === 'transition');
    if (deletedBy) {
      for (const a of group) superseded.push({ action: a, by: deletedBy, reason: a.kind === 'expiration' ? 'shorter-expiration' : 'deleted-before' });
      continue;
    }
    // An expiration that keeps the newest noncurrent versions deletes only some of them.
    const deleting = expirations.find((e) => e.newerNoncurrentVersions === undefined);
    for (const e of expirations) {
      if (enteredBy && (e === deleting || !deleting)) residencies.push(stay(current, enteredBy, e));
    }
    if (deleting) {
      for (const t of transitions) superseded.push({ action: t, by: deleting, reason: 'deletion-first' });
      deletedBy = deleting;
      continue;
    }
    const reachable = transitions.filter((t) => canTransition(current, t.storageClass!));
    const winner = preferred(reachable);
    if (!winner) {
      for (const t of transitions) {
        if (enteredBy) superseded.push({ action: t, by: enteredBy, reason: t.storageClass === current ? 'already-there' : 'unreachable' });
      }
      continue;
    }
    for (const t of transitions) {
      if (t.storageClass !== winner.storageClass) superseded.push({ action: t, by: winner, reason: 'preferred-class' });
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

export function overlappingPairs(rules: readonly RuleView[]): RulePair[] {
  const live = rules.filter((r) => r.enabled && (r.selector.version === 'v1' || r.selector.version === 'v2'));
  const pairs: RulePair[] = [];
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const a = live[i]!;
      const b = live[j]!;
      // Mixed V1/V2 configurations, and V1 rules with overlapping prefixes and a common action, are rejected (4.1–4.3).
      if (a.selector.version !== b.selector.version) continue;
      if (a.selector.version === 'v1' && sharesActionType(a, b)) continue;
      const common = intersectSelectors(a.selector, b.selector);
      const relation = relateSelectors(a.selector, b.selector);
      if (common && relation !== 'disjoint') pairs.push({ a, b, relation, common });
    }
  }
  return pairs;
}

/** The relation seen from the other side. */
export function invert(r: Exclude<SelectorRelation, 'disjoint'>): Exclude<SelectorRelation, 'disjoint'> {
  return r === 'contains' ? 'within' : r === 'within' ? 'contains' : r;
}

/** Actions grouped so each group shares a scope and a time basis (days cannot be compared with dates). */
export function comparableGroups(actions: readonly TimedAction[]): TimedAction[][] {
  const groups = new Map<string, TimedAction[]>();
  for (const a of actions) {
    const key = `${a.scope}/${a.basis}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.values()];
}

function stay(storageClass: StorageClassName, enter: TimedAction, leave: TimedAction): Residency {
  return { storageClass, enter, leave, days: leave.at - enter.at };
}

function byTime(actions: readonly TimedAction[]): TimedAction[][] {
  const sorted = [...actions].sort((x, y) => x.at - y.at);
  const groups: TimedAction[][] = [];
  for (const a of sorted) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.at === a.at) last.push(a);
    else groups.push([a]);
  }
  return groups;
}

function preferred(transitions: readonly TimedAction[]): TimedAction | undefined {
  const rank = (t: TimedAction) => TRANSITION_CONFLICT_PREFERENCE.indexOf(t.storageClass!);
  return [...transitions].sort((x, y) => rank(x) - rank(y))[0];
}

function sharesActionType(a: RuleView, b: RuleView): boolean {
  return ACTION_KEYS.some((k) => a.raw[k] !== undefined && b.raw[k] !== undefined);
}
