/**
 * The shape of the bundled price snapshot (src/cost/prices/snapshot.ts). The snapshot states only
 * what its sources publish: a figure a region's sources lack is left out, and the loader
 * (bundled.ts) fills it from the fallback region and marks it so. A figure derived rather than
 * quoted carries `inferred` with the reason.
 */
import type { StorageClassName } from '../../model/lifecycle.js';

/** One volume band: [fromGb, toGb (null = no upper bound), USD per GB-month]. */
export type SnapshotBand = readonly [number, number | null, number];

interface Cited {
  /** Source tag(s) from `PriceSnapshot.sources`, or `PriceList:<sku>` for a refreshed figure. */
  src: string;
  /** Set when the figure is derived, not quoted: why it is believed. */
  inferred?: string;
  /** A caveat worth keeping next to the figure, not shown in reports. */
  note?: string;
}

export interface SnapshotStorage extends Cited {
  /**
   * Bands in ascending order from 0. A last band with a finite upper bound means the sources stop
   * there: the loader continues its price past that bound and marks the extension as inferred.
   */
  bands: readonly SnapshotBand[];
}

export interface SnapshotPrice extends Cited {
  /** USD per request (transitions), per object-month (monitoring) or per GB-month (tiers); never per 1,000. */
  usd: number;
}

export interface SnapshotRegion {
  /** Source tags behind this region's figures. */
  sources: readonly string[];
  /** Region whose figures stand in for missing ones; the snapshot's `fallbackRegion` when absent. */
  fallbackRegion?: string;
  storage: Partial<Record<StorageClassName, SnapshotStorage>>;
  /** Lifecycle transition request into each class. */
  transitionPerRequest: Partial<Record<StorageClassName, SnapshotPrice>>;
  /** Intelligent-Tiering monitoring and automation, per monitored object per month. */
  itMonitoringPerObject?: SnapshotPrice;
  /** Intelligent-Tiering's Infrequent Access tier, USD per GB-month. */
  itInfrequentPerGb?: SnapshotPrice;
  /** Intelligent-Tiering's Archive Instant Access tier, USD per GB-month. */
  itArchiveInstantPerGb?: SnapshotPrice;
}

export interface PriceSnapshot {
  format: 1;
  /** Publication date of the newest source (YYYY-MM-DD). */
  date: string;
  description: string;
  /** Region used for figures a region's sources lack; it must itself be complete. */
  fallbackRegion: string;
  /** Source tag → what it is. */
  sources: Readonly<Record<string, string>>;
  regions: Readonly<Record<string, SnapshotRegion>>;
}
