/**
 * Sentences naming every figure of a region that is not the region's own published price, for the
 * reports that use them. Figures that share a reason are named in one sentence, so a region that
 * borrows a dozen prices from us-east-1 costs the reader one line, not twelve.
 */
import type { StorageClassName } from '../../model/lifecycle.js';
import { STORAGE_CLASSES, STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';
import type { PriceOrigin, RegionPrices } from './types.js';

export interface NoticeScope {
  /** Classes the report prices (stored in or transitioned into); all classes when absent. */
  classes?: Iterable<StorageClassName>;
  /** Whether volume bands above the first are used (the simulator uses the first band by default). */
  volumeBands?: boolean;
  /** Whether the Intelligent-Tiering monitoring fee is used; true when absent. */
  monitoring?: boolean;
}

interface Marked {
  what: string;
  origin: PriceOrigin;
}

/** The figures of `prices` within `scope` whose origin is not 'exact'. */
export function nonExactFigures(prices: RegionPrices, scope: NoticeScope = {}): Marked[] {
  const classes = new Set(scope.classes ?? STORAGE_CLASS_NAMES);
  const out: Marked[] = [];
  for (const name of STORAGE_CLASS_NAMES) {
    if (!classes.has(name)) continue;
    const label = STORAGE_CLASSES[name].label;
    const s = prices.storage[name];
    out.push({ what: `${label} storage`, origin: s.origin });
    if (scope.volumeBands) {
      for (const b of s.value) if (b.origin) out.push({ what: `${label} storage from ${b.fromGb} GB`, origin: b.origin });
    }
    const t = prices.transitionPerRequest[name];
    if (t) out.push({ what: `transition into ${label}`, origin: t.origin });
  }
  if (scope.monitoring !== false && classes.has('INTELLIGENT_TIERING')) {
    out.push({ what: 'Intelligent-Tiering monitoring', origin: prices.intelligentTieringMonitoringPerObject.origin });
  }
  return out.filter((m) => m.origin.kind !== 'exact');
}

/** One sentence per (kind, fallback region, reason), listing the figures it covers. */
export function regionPriceNotices(prices: RegionPrices, scope: NoticeScope = {}): string[] {
  const groups = new Map<string, { origin: PriceOrigin; whats: string[] }>();
  for (const m of nonExactFigures(prices, scope)) {
    const key = JSON.stringify([m.origin.kind, m.origin.fallbackRegion ?? '', m.origin.note ?? '']);
    const g = groups.get(key) ?? { origin: m.origin, whats: [] };
    g.whats.push(m.what);
    groups.set(key, g);
  }
  return [...groups.values()].map(({ origin, whats }) => sentence(prices.region, origin, whats));
}

function sentence(region: string, origin: PriceOrigin, whats: string[]): string {
  const list = whats.join(', ');
  if (origin.kind === 'fallback') {
    const why = origin.note ?? `not published for ${region} in the sources`;
    return `${region}: ${list} ${whats.length > 1 ? 'are' : 'is'} priced as in ${origin.fallbackRegion ?? 'another region'} (${why}).`;
  }
  return `${region}: ${list} ${whats.length > 1 ? 'are' : 'is'} inferred (${origin.note ?? 'no reason recorded'}).`;
}
