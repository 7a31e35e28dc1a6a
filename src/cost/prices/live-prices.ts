/**
 * RegionPrices from live Price List figures. A figure the response lacks is taken from the bundled
 * snapshot and marked, so a partial answer still prices everything and says what it borrowed.
 * Pure: the fetching is live-source.ts.
 */
import type { StorageClassName } from '../../model/lifecycle.js';
import { STORAGE_CLASS_NAMES, TRANSITION_TARGETS } from '../../model/storage-classes.js';
import { regionPricesFromSnapshot } from './bundled.js';
import type { LiveFigures } from './price-list-parse.js';
import type { PriceSnapshot } from './snapshot-format.js';
import type { PriceBand, PriceOrigin, Priced, RegionPrices } from './types.js';

const EXACT: PriceOrigin = { kind: 'exact' };

/** The snapshot's prices for `region`, or its fallback region's, with origins saying they are borrowed. */
function bundledStandIn(snapshot: PriceSnapshot, region: string): RegionPrices {
  const why = `not in the live Price List response; the bundled snapshot of ${snapshot.date} is used`;
  const known = Object.hasOwn(snapshot.regions, region);
  const base = regionPricesFromSnapshot(snapshot, known ? region : snapshot.fallbackRegion);
  const mark = <T>(p: Priced<T>): Priced<T> => {
    if (p.origin.kind !== 'exact') return { ...p, origin: { ...p.origin, note: `${why}; there: ${p.origin.note ?? p.origin.kind}` } };
    return { ...p, origin: { kind: 'fallback', fallbackRegion: base.region, note: why } };
  };
  const storage = {} as Record<StorageClassName, Priced<PriceBand[]>>;
  for (const n of STORAGE_CLASS_NAMES) storage[n] = mark(base.storage[n]);
  const transitionPerRequest: RegionPrices['transitionPerRequest'] = {};
  for (const n of TRANSITION_TARGETS) {
    const t = base.transitionPerRequest[n];
    if (t) transitionPerRequest[n] = mark(t);
  }
  const tiers = base.intelligentTieringTiers;
  return {
    region,
    storage,
    transitionPerRequest,
    intelligentTieringMonitoringPerObject: mark(base.intelligentTieringMonitoringPerObject),
    intelligentTieringTiers: { infrequent: mark(tiers.infrequent), archiveInstant: mark(tiers.archiveInstant) },
  };
}

export function regionPricesFromLive(figures: LiveFigures, snapshot: PriceSnapshot): RegionPrices {
  let standIn: RegionPrices | undefined;
  const bundled = (): RegionPrices => (standIn ??= bundledStandIn(snapshot, figures.region));
  const storage = {} as Record<StorageClassName, Priced<PriceBand[]>>;
  for (const n of STORAGE_CLASS_NAMES) {
    const live = figures.storage[n];
    storage[n] = live ? { value: live.value, origin: EXACT } : bundled().storage[n];
  }
  const transitionPerRequest: RegionPrices['transitionPerRequest'] = {};
  for (const n of TRANSITION_TARGETS) {
    const live = figures.transitionPerRequest[n];
    const t = live ? { value: live.value, origin: EXACT } : bundled().transitionPerRequest[n];
    if (t) transitionPerRequest[n] = t;
  }
  const m = figures.monitoringPerObject;
  const ia = figures.itTiers.infrequent;
  const aia = figures.itTiers.archiveInstant;
  return {
    region: figures.region,
    storage,
    transitionPerRequest,
    intelligentTieringMonitoringPerObject: m ? { value: m.value, origin: EXACT } : bundled().intelligentTieringMonitoringPerObject,
    intelligentTieringTiers: {
      infrequent: ia ? { value: ia.value, origin: EXACT } : bundled().intelligentTieringTiers.infrequent,
      archiveInstant: aia ? { value: aia.value, origin: EXACT } : bundled().intelligentTieringTiers.archiveInstant,
    },
  };
}
