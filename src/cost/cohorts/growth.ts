/**
 * Observed growth: what the bucket gained per day over the inventory's last 30 whole days,
 * continued for every day of the horizon, by selector group (prefix group × size band) and storage
 * class. Two kinds of upload are told apart on a versioned bucket:
 *
 * - new objects: current versions of keys with one data version, created in the window. They stay
 *   current until a rule acts on them.
 * - overwrites: every version created in the window of a key that has older data versions. Each
 *   makes its key's previous version noncurrent. The keys of a prefix group are overwritten in turn,
 *   so one key is overwritten every K / W days (K: such keys in the group, W: overwrites a day).
 */
import type { Cohort } from './cohort.js';

export const GROWTH_WINDOW_DAYS = 30;

export interface GrowthRate {
  signature: number;
  storageClass: Cohort['storageClass'];
  objectsPerDay: number;
  bytesPerDay: number;
}

export interface ObservedGrowth {
  uploads: GrowthRate[];
  overwrites: GrowthRate[];
  /** Per prefix group: days between two overwrites of one key. */
  overwriteEveryDays: Map<number, number>;
}

export function observedGrowth(cohorts: readonly Cohort[], asOfDay: number, sizeBands: number): ObservedGrowth {
  const from = asOfDay - GROWTH_WINDOW_DAYS;
  const uploads = new Map<string, GrowthRate>();
  const overwrites = new Map<string, GrowthRate>();
  const keys = new Map<number, number>();
  const written = new Map<number, number>();
  const add = (into: Map<string, GrowthRate>, c: Cohort) => {
    const key = `${c.signature}|${c.storageClass}`;
    let r = into.get(key);
    if (!r) {
      r = { signature: c.signature, storageClass: c.storageClass, objectsPerDay: 0, bytesPerDay: 0 };
      into.set(key, r);
    }
    r.objectsPerDay += c.objects / GROWTH_WINDOW_DAYS;
    r.bytesPerDay += c.bytes / GROWTH_WINDOW_DAYS;
  };
  for (const c of cohorts) {
    const group = Math.floor(c.signature / sizeBands);
    const ofOverwrittenKey = c.current ? !!c.overwritten : (c.headSignature ?? -1) >= 0;
    if (c.current && c.overwritten) keys.set(group, (keys.get(group) ?? 0) + c.objects);
    if (c.createdDay < from || c.createdDay >= asOfDay) continue;
    if (ofOverwrittenKey) {
      add(overwrites, c);
      written.set(group, (written.get(group) ?? 0) + c.objects / GROWTH_WINDOW_DAYS);
    } else if (c.current) add(uploads, c);
  }
  const overwriteEveryDays = new Map<number, number>();
  for (const [group, perDay] of written) {
    const k = keys.get(group) ?? 0;
    if (k > 0 && perDay > 0) overwriteEveryDays.set(group, k / perDay);
  }
  // Overwrites of a group whose keys are no longer current (all deleted) have no key to land on.
  const landed = [...overwrites.values()].filter((r) => overwriteEveryDays.has(Math.floor(r.signature / sizeBands)));
  return { uploads: [...uploads.values()], overwrites: landed, overwriteEveryDays };
}

/** One cohort per rate and day, from the as-of day to the horizon's last day; overwrites carry their group's interval. */
export function growthCohorts(growth: ObservedGrowth, asOfDay: number, endDay: number, sizeBands: number): Cohort[] {
  const out: Cohort[] = [];
  for (const [list, overwrite] of [
    [growth.uploads, false],
    [growth.overwrites, true],
  ] as const) {
    for (const r of list) {
      const every = overwrite ? growth.overwriteEveryDays.get(Math.floor(r.signature / sizeBands)) : undefined;
      for (let d = asOfDay; d <= endDay; d++) {
        const c: Cohort = {
          signature: r.signature,
          storageClass: r.storageClass,
          createdDay: d,
          current: true,
          objects: r.objectsPerDay,
          bytes: r.bytesPerDay,
          projected: true,
        };
        if (every !== undefined) c.overwritten = true;
        out.push(c);
      }
    }
  }
  return out;
}
