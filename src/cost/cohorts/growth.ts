/**
 * Observed growth: what each selector group (prefix group × size band) and storage class gained per
 * day over the inventory's last 30 whole days, continued for every day of the horizon. Only current
 * versions count as uploads.
 */
import type { Cohort } from './cohort.js';

export const GROWTH_WINDOW_DAYS = 30;

export interface GrowthRate {
  signature: number;
  storageClass: Cohort['storageClass'];
  objectsPerDay: number;
  bytesPerDay: number;
}

export function observedGrowth(cohorts: readonly Cohort[], asOfDay: number): GrowthRate[] {
  const from = asOfDay - GROWTH_WINDOW_DAYS;
  const rates = new Map<string, GrowthRate>();
  for (const c of cohorts) {
    if (!c.current || c.createdDay < from || c.createdDay >= asOfDay) continue;
    const key = `${c.signature}|${c.storageClass}`;
    let r = rates.get(key);
    if (!r) {
      r = { signature: c.signature, storageClass: c.storageClass, objectsPerDay: 0, bytesPerDay: 0 };
      rates.set(key, r);
    }
    r.objectsPerDay += c.objects / GROWTH_WINDOW_DAYS;
    r.bytesPerDay += c.bytes / GROWTH_WINDOW_DAYS;
  }
  return [...rates.values()];
}

/** One cohort per group and day, from the as-of day to the horizon's last day. */
export function growthCohorts(cohorts: readonly Cohort[], asOfDay: number, endDay: number): Cohort[] {
  const out: Cohort[] = [];
  for (const r of observedGrowth(cohorts, asOfDay)) {
    for (let d = asOfDay; d <= endDay; d++) {
      out.push({ signature: r.signature, storageClass: r.storageClass, createdDay: d, current: true, objects: r.objectsPerDay, bytes: r.bytesPerDay, projected: true });
    }
  }
  return out;
}
