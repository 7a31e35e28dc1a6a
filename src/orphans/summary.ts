/**
 * What the orphans cost: count, bytes, monthly storage cost at the catalog's prices (the first
 * volume band, minimum billable sizes and archive metadata included, as the cost projection bills
 * them), and the prefixes that hold the most. Pure.
 */
import type { StorageClassName } from '../model/lifecycle.js';
import { isStorageClass } from '../model/storage-classes.js';
import { monthlyStorageUsd } from '../cost/simulate/ledger.js';
import type { ProjectionPrices } from '../cost/simulate/prices.js';
import type { StoredObject } from './classify.js';
import { prefixFor } from './prefixes.js';

/** Prefixes shown in a report; the JSON has the same list. */
export const TOP_PREFIXES = 10;

export interface PrefixSummary {
  prefix: string;
  objects: number;
  bytes: number;
  monthlyUsd: number;
}

export interface OrphanSummary {
  objects: number;
  bytes: number;
  monthlyUsd: number;
  byClass: Array<{ storageClass: string; objects: number; bytes: number; monthlyUsd: number }>;
  topPrefixes: PrefixSummary[];
  /** Objects whose storage class has no price (counted at $0). */
  unpriced: number;
}

export function summarize(
  orphans: readonly StoredObject[],
  prefixes: readonly string[],
  prices: ProjectionPrices | undefined,
): OrphanSummary {
  const byClass = new Map<string, { objects: number; bytes: number; monthlyUsd: number }>();
  const byPrefix = new Map<string, PrefixSummary>();
  let unpriced = 0;
  let total = 0;
  let bytes = 0;
  for (const o of orphans) {
    const usd =
      prices && isStorageClass(o.storageClass)
        ? monthlyStorageUsd({ objects: 1, bytes: o.size, sizeBelow: o.size + 1 }, o.storageClass as StorageClassName, prices)
        : 0;
    if (!prices || !isStorageClass(o.storageClass)) unpriced++;
    total += usd;
    bytes += o.size;
    bump(byClass, o.storageClass, { objects: 0, bytes: 0, monthlyUsd: 0 }, o.size, usd);
    const group = groupOf(prefixes, o.key);
    bump(byPrefix, group, { prefix: group, objects: 0, bytes: 0, monthlyUsd: 0 }, o.size, usd);
  }
  return {
    objects: orphans.length,
    bytes,
    monthlyUsd: total,
    byClass: [...byClass]
      .map(([storageClass, t]) => ({ storageClass, ...t }))
      .sort((a, b) => b.bytes - a.bytes || a.storageClass.localeCompare(b.storageClass)),
    topPrefixes: [...byPrefix.values()].sort((a, b) => b.bytes - a.bytes || a.prefix.localeCompare(b.prefix)).slice(0, TOP_PREFIXES),
    unpriced,
  };
}

/** The artifact prefix plus one more folder: `models/` + `models/fraud/v3/a.pt` → `models/fraud/`. */
export function groupOf(prefixes: readonly string[], key: string): string {
  const p = prefixFor(prefixes, key) ?? '';
  const next = key.indexOf('/', p.length);
  return next < 0 ? p : key.slice(0, next + 1);
}

function bump<T extends { objects: number; bytes: number; monthlyUsd: number }>(
  m: Map<string, T>,
  k: string,
  fresh: T,
  size: number,
  usd: number,
): void {
  let t = m.get(k);
  if (!t) m.set(k, (t = fresh));
  t.objects++;
  t.bytes += size;
  t.monthlyUsd += usd;
}
