/**
 * The price catalog's entry point. `bundled` reads the snapshot shipped with lifeguard; `live` asks
 * the AWS Price List API and, when it cannot (no credentials, network, throttling, an answer it
 * cannot read), falls back to the snapshot with a notice that says why. Per-figure fallbacks are
 * marked on the figures (PriceOrigin); `regionPriceNotices` turns them into sentences.
 */
import { UnknownRegionError, regionPricesFromSnapshot } from './bundled.js';
import type { LiveSourceOptions } from './live-source.js';
import { regionPricesFromLive } from './live-prices.js';
import type { LiveFigures } from './price-list-parse.js';
import { SNAPSHOT } from './snapshot.js';
import type { PriceSnapshot } from './snapshot-format.js';
import type { PriceCatalog, PriceCatalogInfo, RegionPrices } from './types.js';

export { regionPriceNotices, type NoticeScope } from './notices.js';
export { UnknownRegionError } from './bundled.js';

export interface LoadPriceCatalogOptions extends Omit<LiveSourceOptions, 'region'> {
  source: 'bundled' | 'live';
  /** The bucket's region: checked against the snapshot, and the filter of live requests. */
  region: string;
  /** A snapshot other than the bundled one (tests; a freshly refreshed file). */
  snapshot?: PriceSnapshot;
}

export function bundledCatalog(snapshot: PriceSnapshot = SNAPSHOT, notices: string[] = []): PriceCatalog {
  const cache = new Map<string, RegionPrices>();
  const info: PriceCatalogInfo = {
    source: 'bundled',
    date: snapshot.date,
    description: `Bundled snapshot: ${snapshot.description}`,
    notices,
  };
  return {
    info,
    regions: () => Object.keys(snapshot.regions),
    region(region) {
      let p = cache.get(region);
      if (!p) {
        if (!Object.hasOwn(snapshot.regions, region)) throw unknownBundled(region, snapshot);
        p = regionPricesFromSnapshot(snapshot, region);
        cache.set(region, p);
      }
      return p;
    },
  };
}

function unknownBundled(region: string, snapshot: PriceSnapshot): UnknownRegionError {
  const e = new UnknownRegionError(region, Object.keys(snapshot.regions), 'bundled');
  e.message += ' Use live prices (--prices live) for other regions.';
  return e;
}

function liveCatalog(figures: LiveFigures, snapshot: PriceSnapshot): PriceCatalog {
  const prices = regionPricesFromLive(figures, snapshot);
  return {
    info: {
      source: 'live',
      date: figures.date,
      description: `AWS Price List API (GetProducts for AmazonS3 and AmazonS3GlacierDeepArchive, regionCode ${figures.region}), published ${figures.date}`,
      notices: [],
    },
    regions: () => [figures.region],
    region(region) {
      if (region !== figures.region) throw new UnknownRegionError(region, [figures.region], 'live');
      return prices;
    },
  };
}

export async function loadPriceCatalog(opts: LoadPriceCatalogOptions): Promise<PriceCatalog> {
  const snapshot = opts.snapshot ?? SNAPSHOT;
  if (opts.source === 'bundled') {
    const catalog = bundledCatalog(snapshot);
    catalog.region(opts.region); // fail now, with the list of regions, rather than mid-projection
    return catalog;
  }
  let reason: string;
  try {
    const live = await import('./live-source.js');
    try {
      return liveCatalog(await live.fetchLiveFigures({ ...opts, region: opts.region }), snapshot);
    } catch (e) {
      reason = live.describeLiveFailure(e);
    }
  } catch (e) {
    reason = `the live price source could not be loaded (${(e as Error).message})`;
  }
  if (!Object.hasOwn(snapshot.regions, opts.region)) {
    throw new Error(
      `Live prices for ${opts.region} are unavailable: ${reason}; and the bundled snapshot has no prices for it (bundled: ${Object.keys(snapshot.regions).join(', ')}).`,
    );
  }
  const catalog = bundledCatalog(snapshot, [`Live prices unavailable: ${reason}. Using the bundled snapshot of ${snapshot.date} instead.`]);
  catalog.region(opts.region);
  return catalog;
}
