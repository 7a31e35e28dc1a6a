/**
 * The prices one projection uses, read once from the catalog's RegionPrices: every class's volume
 * bands (S3 Standard and Intelligent-Tiering Frequent Access are priced by the bucket's position in
 * them; docs/cost-model.md), Intelligent-Tiering's lower tiers and monitoring fee, and transition
 * requests. A missing figure is counted as $0 and named in the report's unknowns.
 */
import type { StorageClassName } from '../../model/lifecycle.js';
import { STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';
import type { PriceBand, PriceOrigin, RegionPrices } from '../prices/types.js';

export interface ProjectionPrices {
  /** USD per GB-month of the first band, per class (minimum-duration charges use it). */
  storage: Record<StorageClassName, number>;
  /** Volume bands per class, ascending. */
  bands: Record<StorageClassName, readonly PriceBand[]>;
  /** USD per lifecycle transition request into a class. */
  transition: Record<StorageClassName, number>;
  /** USD per Intelligent-Tiering-monitored object per month. */
  monitoringPerObject: number;
  /** USD per GB-month in Intelligent-Tiering's Infrequent and Archive Instant Access tiers. */
  itTiers: { infrequent: number; archiveInstant: number };
  /** Sentences for figures that were not exact for the region, or missing. */
  notes: string[];
}

/** USD for a month's usage of one class: each GB priced in the band it falls in. */
export function bandedUsd(gbMonths: number, bands: readonly PriceBand[]): number {
  let usd = 0;
  for (const b of bands) {
    if (gbMonths <= b.fromGb) break;
    const top = b.toGb === null ? gbMonths : Math.min(gbMonths, b.toGb);
    usd += (top - b.fromGb) * b.usdPerGbMonth;
  }
  return usd;
}

/**
 * `used`: the classes the projection can bill (objects' classes and rule targets) and the classes
 * rules move objects into; notes are made only for those, so a report names only what it used.
 */
export function projectionPrices(
  region: RegionPrices,
  used?: { storage: ReadonlySet<StorageClassName>; transition: ReadonlySet<StorageClassName> },
): ProjectionPrices {
  const notes: string[] = [];
  const storage = {} as Record<StorageClassName, number>;
  const bands = {} as Record<StorageClassName, readonly PriceBand[]>;
  const transition = {} as Record<StorageClassName, number>;
  for (const name of STORAGE_CLASS_NAMES) {
    const s = region.storage[name];
    const band = s?.value[0];
    storage[name] = band?.usdPerGbMonth ?? 0;
    bands[name] = s?.value.length ? s.value : [{ fromGb: 0, toGb: null, usdPerGbMonth: 0 }];
    const billed = !used || used.storage.has(name);
    if (!band && billed) notes.push(`no storage price for ${name} in ${region.region}; counted as $0`);
    else if (band && billed) note(notes, `storage price of ${name}`, s.origin, region.region);
    const t = region.transitionPerRequest[name];
    transition[name] = t?.value ?? 0;
    if (t && (!used || used.transition.has(name))) note(notes, `transition price into ${name}`, t.origin, region.region);
  }
  const m = region.intelligentTieringMonitoringPerObject;
  const tiers = region.intelligentTieringTiers;
  if (!used || used.storage.has('INTELLIGENT_TIERING')) {
    note(notes, 'Intelligent-Tiering monitoring price', m.origin, region.region);
    note(notes, 'Intelligent-Tiering Infrequent Access price', tiers.infrequent.origin, region.region);
    note(notes, 'Intelligent-Tiering Archive Instant Access price', tiers.archiveInstant.origin, region.region);
  }
  return {
    storage,
    bands,
    transition,
    monitoringPerObject: m.value,
    itTiers: { infrequent: tiers.infrequent.value, archiveInstant: tiers.archiveInstant.value },
    notes,
  };
}

function note(notes: string[], what: string, origin: PriceOrigin, region: string): void {
  if (origin.kind === 'exact') return;
  const from = origin.kind === 'fallback' ? `taken from ${origin.fallbackRegion ?? 'another region'}` : 'inferred';
  notes.push(`${what} in ${region} is ${from}${origin.note ? ` (${origin.note})` : ''}`);
}

/** Transition prices are looked up only for classes a rule moves objects to; say which were missing. */
export function missingTransitionPrices(region: RegionPrices, used: Iterable<StorageClassName>): string[] {
  const out: string[] = [];
  for (const c of new Set(used))
    if (!region.transitionPerRequest[c])
      out.push(`no lifecycle transition price into ${c} in ${region.region}; transitions there counted as $0`);
  return out;
}
