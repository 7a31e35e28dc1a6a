/**
 * Turns a PriceSnapshot into RegionPrices. Every figure the snapshot leaves out for a region is
 * taken from the fallback region and marked 'fallback'; a figure the snapshot marks `inferred`
 * stays 'inferred' with its reason; bands the sources stop short of are continued at the last
 * known price and marked on the band. Nothing here is silent: notices.ts turns the marks into text.
 */
import type { StorageClassName } from '../../model/lifecycle.js';
import { STORAGE_CLASS_NAMES, TRANSITION_TARGETS } from '../../model/storage-classes.js';
import type { PriceSnapshot, SnapshotPrice, SnapshotStorage } from './snapshot-format.js';
import type { PriceBand, PriceOrigin, Priced, RegionPrices } from './types.js';

export class UnknownRegionError extends Error {
  constructor(region: string, known: readonly string[], where: string) {
    super(`No ${where} prices for region "${region}" (known: ${known.join(', ')}).`);
    this.name = 'UnknownRegionError';
  }
}

function origin(fig: SnapshotStorage | SnapshotPrice, from: string | undefined): PriceOrigin {
  if (from !== undefined) {
    const base: PriceOrigin = { kind: 'fallback', fallbackRegion: from };
    return fig.inferred ? { ...base, note: `${from}'s figure is itself inferred: ${fig.inferred}` } : base;
  }
  return fig.inferred ? { kind: 'inferred', note: fig.inferred } : { kind: 'exact' };
}

function bands(fig: SnapshotStorage): PriceBand[] {
  const out: PriceBand[] = fig.bands.map(([fromGb, toGb, usdPerGbMonth]) => ({ fromGb, toGb, usdPerGbMonth }));
  const last = out.at(-1);
  if (last && last.toGb !== null) {
    out.push({
      fromGb: last.toGb,
      toGb: null,
      usdPerGbMonth: last.usdPerGbMonth,
      origin: {
        kind: 'inferred',
        note: `the sources publish no band above ${formatGb(last.toGb)}; the band below's price is used`,
      },
    });
  }
  return out;
}

const formatGb = (gb: number): string => (gb % 1024 === 0 ? `${gb / 1024} TB` : `${gb} GB`);

/** Reads one figure for `region`, or the fallback region's when the region's sources lack it. */
function pick<F extends SnapshotStorage | SnapshotPrice>(
  snapshot: PriceSnapshot,
  region: string,
  get: (r: PriceSnapshot['regions'][string]) => F | undefined,
  what: string,
): { fig: F; from: string | undefined } {
  const r = snapshot.regions[region];
  if (!r) throw new UnknownRegionError(region, Object.keys(snapshot.regions), 'bundled');
  const own = get(r);
  if (own) return { fig: own, from: undefined };
  const fallback = r.fallbackRegion ?? snapshot.fallbackRegion;
  const fr = snapshot.regions[fallback];
  const theirs = fr && fallback !== region ? get(fr) : undefined;
  // The snapshot test proves this cannot happen for the shipped snapshot; a refreshed one is checked on load.
  if (!theirs) throw new Error(`The price snapshot has no ${what} for ${region} nor for its fallback region ${fallback}.`);
  return { fig: theirs, from: fallback };
}

export function regionPricesFromSnapshot(snapshot: PriceSnapshot, region: string): RegionPrices {
  const storage = {} as Record<StorageClassName, Priced<PriceBand[]>>;
  for (const name of STORAGE_CLASS_NAMES) {
    const { fig, from } = pick(snapshot, region, (r) => r.storage[name], `storage price for ${name}`);
    storage[name] = { value: bands(fig), origin: origin(fig, from) };
  }
  const transitionPerRequest: RegionPrices['transitionPerRequest'] = {};
  for (const name of TRANSITION_TARGETS) {
    const { fig, from } = pick(snapshot, region, (r) => r.transitionPerRequest[name], `transition price into ${name}`);
    transitionPerRequest[name] = { value: fig.usd, origin: origin(fig, from) };
  }
  const m = pick(snapshot, region, (r) => r.itMonitoringPerObject, 'Intelligent-Tiering monitoring price');
  const ia = pick(snapshot, region, (r) => r.itInfrequentPerGb, 'Intelligent-Tiering Infrequent Access price');
  const aia = pick(snapshot, region, (r) => r.itArchiveInstantPerGb, 'Intelligent-Tiering Archive Instant Access price');
  return {
    region,
    storage,
    transitionPerRequest,
    intelligentTieringMonitoringPerObject: { value: m.fig.usd, origin: origin(m.fig, m.from) },
    intelligentTieringTiers: {
      infrequent: { value: ia.fig.usd, origin: origin(ia.fig, ia.from) },
      archiveInstant: { value: aia.fig.usd, origin: origin(aia.fig, aia.from) },
    },
  };
}
