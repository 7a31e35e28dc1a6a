/**
 * The price catalog's contract, shared by the bundled snapshot, the live Price List source and the
 * simulator. Prices are never literals in code: everything reads a RegionPrices.
 */
import type { StorageClassName } from '../../model/lifecycle.js';

/** One volume band of a storage price, in binary GB (2^30 bytes) per month (730 hours). */
export interface PriceBand {
  /** Lower bound of the band in GB-month (inclusive); 0 for the first band. */
  fromGb: number;
  /** Upper bound in GB-month (exclusive); null for the last band. */
  toGb: number | null;
  usdPerGbMonth: number;
  /** Set when this band is less certain than the list it belongs to (e.g. a band the sources do not publish). */
  origin?: PriceOrigin;
}

/** Where a figure came from: the region itself, or another region standing in for it. */
export interface PriceOrigin {
  /** 'exact': published for this region; 'fallback': copied from `fallbackRegion`; 'inferred': derived (see note). */
  kind: 'exact' | 'fallback' | 'inferred';
  fallbackRegion?: string;
  note?: string;
}

export interface Priced<T> {
  value: T;
  origin: PriceOrigin;
}

export interface RegionPrices {
  region: string;
  /** Storage price bands per class; Intelligent-Tiering's is its Frequent Access tier. */
  storage: Record<StorageClassName, Priced<PriceBand[]>>;
  /** Lifecycle transition request price into each class, USD per request (not per 1,000). */
  transitionPerRequest: Partial<Record<StorageClassName, Priced<number>>>;
  /** Intelligent-Tiering monitoring and automation, USD per object per month (objects > 128 KiB). */
  intelligentTieringMonitoringPerObject: Priced<number>;
  /** Intelligent-Tiering's Infrequent and Archive Instant Access tiers, USD per GB-month. */
  intelligentTieringTiers: { infrequent: Priced<number>; archiveInstant: Priced<number> };
}

export interface PriceCatalogInfo {
  /** 'bundled' snapshot or 'live' Price List API. */
  source: 'bundled' | 'live';
  /** Publication date of the prices (YYYY-MM-DD). */
  date: string;
  /** Human description: where the figures come from. */
  description: string;
  /** Notices to show in every report that uses these prices (fallbacks, live failures). */
  notices: string[];
}

export interface PriceCatalog {
  info: PriceCatalogInfo;
  /** Prices for a region; throws a clear Error for a region the catalog does not know. */
  region(region: string): RegionPrices;
  regions(): string[];
}
