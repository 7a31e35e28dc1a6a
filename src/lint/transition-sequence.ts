/**
 * The transitions of one rule laid out in time, for the rules about their order, their storage
 * classes and the gaps between them (catalogue 3b.4–3b.6, 3c, 3d.4). S3 judges transitions by
 * their timing, not by where they sit in the list, so steps are sorted by time here.
 */
import type { StorageClassName } from '../model/lifecycle.js';
import { STORAGE_CLASSES, canTransition, isStorageClass } from '../model/storage-classes.js';
import { parseLifecycleDate } from './dates.js';
import { arr, int, isObj, str } from '../model/values.js';
import type { RuleView } from './view.js';
import { DAY_MS } from '../model/timing.js';

/** The member that times a transition: Days or Date (current versions), NoncurrentDays (noncurrent). */
export type TimingKey = 'Days' | 'Date' | 'NoncurrentDays';
export type ListKey = 'Transitions' | 'NoncurrentVersionTransitions';

export interface Step extends Mention {
  /** Days after creation (or after becoming noncurrent), or the day number of a Date. */
  at: number;
}

export interface Timeline {
  list: ListKey;
  key: TimingKey;
  /** Steps in list order; transitions whose timing or class is faulty are left out (other rules report them). */
  steps: Step[];
}

/** A member given at all, whatever its type (a wrong type is the schema's finding, not a missing member). */
export function present(o: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(o, key) && o[key] !== undefined;
}

/** The one timing member a current-version Transition uses, or undefined when it has none or both. */
export function timingKey(t: Record<string, unknown>): 'Days' | 'Date' | undefined {
  const days = present(t, 'Days');
  const date = present(t, 'Date');
  return days === date ? undefined : days ? 'Days' : 'Date';
}

/** The day a Date value stands for, when it is a valid midnight (date-midnight reports the rest). */
export function dateDay(value: unknown): number | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const d = parseLifecycleDate(text);
  return d.kind === 'midnight' || d.kind === 'fraction' ? d.epochDay : undefined;
}

/**
 * The rule's current-version transitions, or undefined when they mix Days and Date (date-days-mixing
 * reports that, and no order between the two units exists).
 */
export function currentTimeline(rule: RuleView): Timeline | undefined {
  const units = new Set<'Days' | 'Date'>();
  const steps: Step[] = [];
  arr(rule.raw.Transitions).forEach((t, index) => {
    if (!isObj(t)) return;
    const key = timingKey(t);
    if (key) units.add(key);
    if (!isTarget(t.StorageClass) || !key) return;
    const at = key === 'Days' ? nonNegative(t.Days) : dateDay(t.Date);
    if (at !== undefined) steps.push({ index, storageClass: t.StorageClass, at });
  });
  if (units.size > 1) return undefined;
  return { list: 'Transitions', key: units.has('Date') ? 'Date' : 'Days', steps };
}

export function noncurrentTimeline(rule: RuleView): Timeline {
  const steps: Step[] = [];
  arr(rule.raw.NoncurrentVersionTransitions).forEach((t, index) => {
    if (!isObj(t) || !isTarget(t.StorageClass)) return;
    const at = nonNegative(t.NoncurrentDays);
    if (at !== undefined) steps.push({ index, storageClass: t.StorageClass, at });
  });
  return { list: 'NoncurrentVersionTransitions', key: 'NoncurrentDays', steps };
}

/** A transition's target as the list names it, whatever its timing. */
export interface Mention {
  index: number;
  storageClass: StorageClassName;
}

export interface Repeat<M extends Mention = Mention> {
  step: M;
  first: M;
}

/** Every transition of a list whose StorageClass is a known class. */
export function mentions(rule: RuleView, list: ListKey): Mention[] {
  const out: Mention[] = [];
  arr(rule.raw[list]).forEach((t, index) => {
    if (isObj(t) && isStorageClass(t.StorageClass)) out.push({ index, storageClass: t.StorageClass });
  });
  return out;
}

/** Later transitions to a class an earlier one (in list order) already names (3b.4). */
export function repeatedClasses<M extends Mention>(steps: readonly M[]): Array<Repeat<M>> {
  const first = new Map<StorageClassName, M>();
  const out: Array<Repeat<M>> = [];
  for (const step of steps) {
    const seen = first.get(step.storageClass);
    if (seen) out.push({ step, first: seen });
    else first.set(step.storageClass, step);
  }
  return out;
}

export type OrderKind = 'same-time' | 'reversed' | 'no-edge';

export interface OrderFault {
  kind: OrderKind;
  earlier: Step;
  later: Step;
}

export interface GapFault {
  earlier: Step;
  later: Step;
  /** Days the earlier class must hold objects before the later transition. */
  gap: number;
}

/**
 * Order and gap faults between consecutive transitions in time (3b.5, 3c, 3b.6). Checking
 * neighbours is enough: the allowed moves and the gaps both compose along the waterfall.
 * A class named twice is judged once, at its first mention (the repeat is 3b.4's finding).
 */
export function sequenceFaults(steps: readonly Step[]): { order: OrderFault[]; gaps: GapFault[] } {
  const repeats = new Set(repeatedClasses(steps).map((r) => r.step));
  const timeline = steps.filter((s) => !repeats.has(s)).sort((a, b) => a.at - b.at || a.index - b.index);
  const order: OrderFault[] = [];
  const gaps: GapFault[] = [];
  for (let i = 1; i < timeline.length; i++) {
    const earlier = timeline[i - 1]!;
    const later = timeline[i]!;
    if (earlier.at === later.at) {
      order.push({ kind: 'same-time', earlier, later });
    } else if (!canTransition(earlier.storageClass, later.storageClass)) {
      order.push({ kind: canTransition(later.storageClass, earlier.storageClass) ? 'reversed' : 'no-edge', earlier, later });
    } else {
      const gap = STORAGE_CLASSES[earlier.storageClass].nextTransitionGapDays;
      if (later.at - earlier.at < gap) gaps.push({ earlier, later, gap });
    }
  }
  return { order, gaps };
}

/** Of two classes, the one a rule may move objects into from the other ("colder"), if either. */
export function colderOf(a: StorageClassName, b: StorageClassName): { colder: StorageClassName; warmer: StorageClassName } | undefined {
  if (canTransition(a, b)) return { colder: b, warmer: a };
  if (canTransition(b, a)) return { colder: a, warmer: b };
  return undefined;
}

/** "GLACIER, DEEP_ARCHIVE" or "no other class". */
export function allowedTargets(from: StorageClassName): string {
  const to = STORAGE_CLASSES[from].transitionsTo;
  return to.length ? to.join(', ') : 'no other class';
}

/** How a step reads in a sentence: "the Transition to GLACIER at day 40". */
export function describeStep(t: Timeline, s: Step): string {
  const action = t.list === 'Transitions' ? 'Transition' : 'NoncurrentVersionTransition';
  const when =
    t.key === 'Date'
      ? `on ${new Date(s.at * DAY_MS).toISOString().slice(0, 10)}`
      : t.key === 'Days'
        ? `at day ${s.at}`
        : `at noncurrent day ${s.at}`;
  return `the ${action} to ${s.storageClass} ${when}`;
}

function isTarget(v: unknown): v is StorageClassName {
  return isStorageClass(v) && STORAGE_CLASSES[v].lifecycleTarget;
}

function nonNegative(v: unknown): number | undefined {
  const n = int(v);
  return n !== undefined && n >= 0 ? n : undefined;
}
