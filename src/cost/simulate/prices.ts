/**
 * The prices one projection uses, read once from the catalog's RegionPrices. Standard's first volume
 * band is used (one bucket rarely reaches 50 TB of a region's aggregate; docs/cost-model.md), and a
 * missing figure is counted as $0 and named in the report's unknowns.
 */
import type { StorageClassName } from '../../model/lifecycle.js';
import { STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';
import type { PriceOrigin, RegionPrices } from '../prices/types.js';

export interface ProjectionPrices {
  /** USD per GB-month, per class. */
  storage: Record<StorageClassName, number>;
  /** USD per lifecycle transition request into a class. */
  transition: Record<StorageClassName, number>;
  /** USD per Intelligent-Tiering-monitored object per month. */
  monitoringPerObject: number;
  /** Sentences for figures that were not exact for the region, or missing. */
  notes: string[];
}

/**
 * `used`: the classes the projection can bill (objects' classes and rule targets) and the classes
 * rules move objects into; notes are made only for those, so a report names only what it used.
 */
export function projectionPrices(region: RegionPrices, used?: { storage: ReadonlySet<StorageClassName>; transition: ReadonlySet<StorageClassName> }): ProjectionPrices {
  const notes: string[] = [];
  const storage = {} as Record<StorageClassName, number>;
  const transition = {} as Record<StorageClassName, number>;
  for (const name of STORAGE_CLASS_NAMES) {
    const s = region.storage[name];
    const band = s?.value[0];
    storage[name] = band?.usdPerGbMonth ?? 0;
    const billed = !used || used.storage.has(name);
    if (!band && billed) notes.push(`no storage price for ${name} in ${region.region}; counted as $0`);
    else if (band && billed) note(notes, `storage price of ${name}`, s.origin, region.region);
    const t = region.transitionPerRequest[name];
    transition[name] = t?.value ?? 0;
    if (t && (!used || used.transition.has(name))) note(notes, `transition price into ${name}`, t.origin, region.region);
  }
  const m = region.intelligentTieringMonitoringPerObject;
  if (!used || used.storage.has('INTELLIGENT_TIERING')) note(notes, 'Intelligent-Tiering monitoring price', m.origin, region.region);
  return { storage, transition, monitoringPerObject: m.value, notes };
}

function note(notes: string[], what: string, origin: PriceOrigin, region: string): void {
  if (origin.kind === 'exact') return;
  const from = origin.kind === 'fallback' ? `taken from ${origin.fallbackRegion ?? 'another region'}` : 'inferred';
  notes.push(`${what} in ${region} is ${from}${origin.note ? ` (${origin.note})` : ''}`);
}

/** Transition prices are looked up only for classes a rule moves objects to; say which were missing. */
export function missingTransitionPrices(region: RegionPrices, used: Iterable<StorageClassName>): string[] {
  const out: string[] = [];
  for (const c of new Set(used)) if (!region.transitionPerRequest[c]) out.push(`no lifecycle transition price into ${c} in ${region.region}; transitions there counted as $0`);
  return out;
}
