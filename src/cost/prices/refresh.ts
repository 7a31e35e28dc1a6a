/**
 * Regenerates the bundled snapshot from the Price List API (`npm run prices:refresh`). Unlike live
 * pricing it never falls back: a region it cannot read stops the refresh, so a snapshot is never
 * half-written. A figure the API does not publish for a region keeps its earlier value and source,
 * and the run says so.
 */
import type { StorageClassName } from '../../model/lifecycle.js';
import { regionPricesFromSnapshot } from './bundled.js';
import type { LiveFigures, Sourced } from './price-list-parse.js';
import type { PriceSnapshot, SnapshotPrice, SnapshotRegion, SnapshotStorage } from './snapshot-format.js';
import type { PriceBand } from './types.js';

export const PRICE_LIST_TAG = 'PriceList';

export class RefreshError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefreshError';
  }
}

export interface RefreshResult {
  snapshot: PriceSnapshot;
  /** One line per figure: where it came from in this run. */
  lines: string[];
  /** Figures the API did not return, kept from the previous snapshot or left to the fallback region. */
  warnings: string[];
}

const cite = (sku: string): string => `${PRICE_LIST_TAG}:${sku}`;

function storageEntry(s: Sourced<PriceBand[]>): SnapshotStorage {
  return { bands: s.value.map((b) => [b.fromGb, b.toGb, b.usdPerGbMonth] as const), src: cite(s.sku) };
}

const priceEntry = (s: Sourced<number>): SnapshotPrice => ({ usd: s.value, src: cite(s.sku) });

interface Merge {
  lines: string[];
  warnings: string[];
}

function take<L, E>(
  m: Merge,
  region: string,
  what: string,
  live: L | undefined,
  old: E | undefined,
  make: (l: L) => E,
  show: (e: E) => string,
): E | undefined {
  if (live !== undefined) {
    const e = make(live);
    m.lines.push(`${region} ${what}: ${show(e)}`);
    return e;
  }
  m.warnings.push(
    `${region} ${what}: not in the Price List response; ${old ? 'the previous snapshot figure is kept' : 'left to the fallback region'}`,
  );
  return old;
}

const showBands = (e: SnapshotStorage): string => `${e.bands.map(([f, t, usd]) => `${f}-${t ?? 'Inf'} GB $${usd}`).join(', ')} (${e.src})`;
const showUsd = (e: SnapshotPrice): string => `$${e.usd} (${e.src})`;

function mergeRegion(m: Merge, f: LiveFigures, old: SnapshotRegion | undefined): SnapshotRegion {
  const storage: SnapshotRegion['storage'] = {};
  const classes = new Set([...Object.keys(f.storage), ...Object.keys(old?.storage ?? {})]) as Set<StorageClassName>;
  for (const n of classes) {
    const e = take(m, f.region, `storage ${n}`, f.storage[n], old?.storage[n], storageEntry, showBands);
    if (e) storage[n] = e;
  }
  const transitionPerRequest: SnapshotRegion['transitionPerRequest'] = {};
  const targets = new Set([
    ...Object.keys(f.transitionPerRequest),
    ...Object.keys(old?.transitionPerRequest ?? {}),
  ]) as Set<StorageClassName>;
  for (const n of targets) {
    const e = take(m, f.region, `transition into ${n}`, f.transitionPerRequest[n], old?.transitionPerRequest[n], priceEntry, showUsd);
    if (e) transitionPerRequest[n] = e;
  }
  const itMonitoringPerObject = take(
    m,
    f.region,
    'Intelligent-Tiering monitoring',
    f.monitoringPerObject,
    old?.itMonitoringPerObject,
    priceEntry,
    showUsd,
  );
  const itInfrequentPerGb = take(
    m,
    f.region,
    'Intelligent-Tiering Infrequent Access',
    f.itTiers.infrequent,
    old?.itInfrequentPerGb,
    priceEntry,
    showUsd,
  );
  const itArchiveInstantPerGb = take(
    m,
    f.region,
    'Intelligent-Tiering Archive Instant Access',
    f.itTiers.archiveInstant,
    old?.itArchiveInstantPerGb,
    priceEntry,
    showUsd,
  );
  const singles = [itMonitoringPerObject, itInfrequentPerGb, itArchiveInstantPerGb].filter((e): e is SnapshotPrice => e !== undefined);
  const cited = [...Object.values(storage), ...Object.values(transitionPerRequest), ...singles]
    .flatMap((e) => e.src.split(','))
    .map((s) => (s.startsWith(`${PRICE_LIST_TAG}:`) ? PRICE_LIST_TAG : s));
  const sources = [...new Set(cited)].sort();
  return {
    sources,
    ...(old?.fallbackRegion ? { fallbackRegion: old.fallbackRegion } : {}),
    storage,
    transitionPerRequest,
    ...(itMonitoringPerObject ? { itMonitoringPerObject } : {}),
    ...(itInfrequentPerGb ? { itInfrequentPerGb } : {}),
    ...(itArchiveInstantPerGb ? { itArchiveInstantPerGb } : {}),
  };
}

/**
 * The previous snapshot with `figures` (one per refreshed region) merged in. `today` is the day of
 * the run, recorded in the description; the snapshot's date is the newest publication date.
 */
export function refreshSnapshot(previous: PriceSnapshot, figures: readonly LiveFigures[], today: string): RefreshResult {
  const m: Merge = { lines: [], warnings: [] };
  const regions: Record<string, SnapshotRegion> = { ...previous.regions };
  for (const f of figures) regions[f.region] = mergeRegion(m, f, previous.regions[f.region]);
  const date = [previous.date, ...figures.map((f) => f.date)].sort().at(-1)!;
  const published = [...new Set(figures.map((f) => f.date))].sort().join(', ');
  const snapshot: PriceSnapshot = {
    format: 1,
    date,
    description: `Refreshed on ${today} from the AWS Price List API for ${figures.map((f) => f.region).join(', ')} (publication ${published}); other figures keep their earlier source. Earlier: ${previous.description.replace(/^Refreshed on .*? Earlier: /, '')}`,
    fallbackRegion: previous.fallbackRegion,
    sources: {
      ...previous.sources,
      [PRICE_LIST_TAG]: `AWS Price List API, GetProducts for AmazonS3 and AmazonS3GlacierDeepArchive by regionCode, publicationDate ${published}; PriceList:<sku> names the SKU`,
    },
    regions,
  };
  for (const region of Object.keys(regions)) {
    try {
      regionPricesFromSnapshot(snapshot, region);
    } catch (e) {
      throw new RefreshError(`the refreshed snapshot would be incomplete: ${(e as Error).message}`);
    }
  }
  return { snapshot, lines: m.lines, warnings: m.warnings };
}
