/**
 * Every cohort of a table (and, with observed growth, the cohorts still to be uploaded) run through
 * each configuration: its lifecycle events, and what the ledger needs to price them. Shared by the
 * projection (which prices the events) and tracking (which asks where each cohort is on a date).
 */
import { DEFAULT_TRANSITION_MIN_OBJECT_BYTES } from '../../model/storage-classes.js';
import type { Cohort, CohortTable } from '../cohorts/cohort.js';
import { growthCohorts, observedGrowth } from '../cohorts/growth.js';
import type { SelectorMatcher } from '../cohorts/matcher.js';
import { maxNewerVersions, type CompiledConfig, type CompiledRule } from '../rules/compile.js';
import { DAY_MS, dayOf, firstRunDayAfterDay, nextMidnightDay } from '../../model/timing.js';
import type { PostedCohort } from './ledger.js';
import { timeline, type LifecycleEvent, type TimelineContext, type TimelineInput } from './timeline.js';
import { VersionChains } from './versions.js';

export interface RunSetup {
  table: CohortTable;
  /** Built from `configs`, in that order. */
  matcher: SelectorMatcher;
  configs: readonly CompiledConfig[];
  asOfMs: number;
  /** Last day of interest. */
  endDay: number;
  growth: 'none' | 'observed';
  versioned: boolean;
}

export interface CohortRun {
  cohort: Cohort;
  posted: PostedCohort;
  /** Events under each configuration, in `configs` order. */
  events: LifecycleEvent[][];
}

export function* cohortRuns(s: RunSetup): Generator<CohortRun> {
  const { matcher, configs, asOfMs, endDay, versioned } = s;
  const d0 = nextMidnightDay(asOfMs);
  const asOfDay = dayOf(asOfMs);
  const contexts: TimelineContext[] = configs.map((c) => ({ d0, endDay, versioned, minimumObjectSize: c.minimumObjectSize }));
  const growth = s.growth === 'observed' ? observedGrowth(s.table.cohorts, asOfDay, matcher.sizeBands) : undefined;
  const grown = growth ? growthCohorts(growth, asOfDay, endDay, matcher.sizeBands) : [];
  const chains = new VersionChains(
    matcher,
    configs.map((_, i) => (signature: number) => matcher.matches(signature)[i]!.rules),
    d0,
    maxNewerVersions(configs) + 1,
    growth?.overwriteEveryDays ?? new Map(),
    asOfDay * DAY_MS + DAY_MS / 2,
  );
  for (const list of [s.table.cohorts, grown]) {
    for (const c of list) {
      const matches = matcher.matches(c.signature);
      const sizeBelow = matcher.bandRange(c.signature % matcher.sizeBands).to;
      const input: TimelineInput = {
        storageClass: c.storageClass,
        current: c.current,
        createdBase: firstRunDayAfterDay(c.createdDay),
        noncurrentBase: c.noncurrentSinceDay === undefined ? undefined : firstRunDayAfterDay(c.noncurrentSinceDay),
        lockedUntilDay: c.lockedUntilDay,
        belowTransitionDefault: sizeBelow <= DEFAULT_TRANSITION_MIN_OBJECT_BYTES,
      };
      const posted: PostedCohort = {
        storageClass: c.storageClass,
        objects: c.objects,
        bytes: c.bytes,
        sizeBelow,
        startMs: c.createdDay * DAY_MS + (c.projected ? DAY_MS / 2 : 0),
        entryDay: inferEntryDay(c, matches[0]!.rules, asOfDay),
      };
      const events = configs.map((_, i) =>
        timeline(versioned ? { ...input, ...chains.versionInput(c, i) } : input, matches[i]!.rules, contexts[i]!),
      );
      yield { cohort: c, posted, events };
    }
  }
}

/**
 * When objects entered a class other than the one they were uploaded to is not in the inventory:
 * the current rules' own transition into that class tells it, else the creation day (which never
 * overstates an early-deletion charge).
 */
function inferEntryDay(c: Cohort, currentRules: readonly CompiledRule[], asOfDay: number): number {
  if (!c.current || c.storageClass === 'STANDARD') return c.createdDay;
  let entry = c.createdDay;
  for (const r of currentRules) {
    for (const t of r.transitions) {
      if (t.storageClass !== c.storageClass || !('days' in t.when)) continue;
      const day = c.createdDay + 1 + t.when.days;
      // A transition not yet due cannot have put the object where it is: it was uploaded there.
      if (day <= asOfDay) entry = Math.max(entry, day);
    }
  }
  return entry;
}
