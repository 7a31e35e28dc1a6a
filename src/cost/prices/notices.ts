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

type Part = 'storage' | 'band' | 'transition' | 'monitoring';

interface Marked {
  part: Part;
  /** The class label, or the whole phrase for parts without a class. */
  item: string;
  origin: PriceOrigin;
}

const formatGb = (gb: number): string => (gb % 1024 === 0 ? `${gb / 1024} TB` : `${gb} GB`);

/** The figures of `prices` within `scope` whose origin is not 'exact'. */
export function nonExactFigures(prices: RegionPrices, scope: NoticeScope = {}): Marked[] {
  const classes = new Set(scope.classes ?? STORAGE_CLASS_NAMES);
  const out: Marked[] = [];
  for (const name of STORAGE_CLASS_NAMES) {
    if (!classes.has(name)) continue;
    const label = STORAGE_CLASSES[name].label;
    const s = prices.storage[name];
    out.push({ part: 'storage', item: label, origin: s.origin });
    if (scope.volumeBands) {
      for (const b of s.value)
        if (b.origin) out.push({ part: 'band', item: `${label} storage above ${formatGb(b.fromGb)}`, origin: b.origin });
    }
    const t = prices.transitionPerRequest[name];
    if (t) out.push({ part: 'transition', item: label, origin: t.origin });
  }
  if (scope.monitoring !== false && classes.has('INTELLIGENT_TIERING')) {
    out.push({ part: 'monitoring', item: 'Intelligent-Tiering monitoring', origin: prices.intelligentTieringMonitoringPerObject.origin });
    out.push({
      part: 'monitoring',
      item: 'Intelligent-Tiering Infrequent Access',
      origin: prices.intelligentTieringTiers.infrequent.origin,
    });
    out.push({
      part: 'monitoring',
      item: 'Intelligent-Tiering Archive Instant Access',
      origin: prices.intelligentTieringTiers.archiveInstant.origin,
    });
  }
  return out.filter((m) => m.origin.kind !== 'exact');
}

/** One sentence per (kind, fallback region, reason), listing the figures it covers. */
export function regionPriceNotices(prices: RegionPrices, scope: NoticeScope = {}): string[] {
  const groups = new Map<string, { origin: PriceOrigin; figures: Marked[] }>();
  for (const m of nonExactFigures(prices, scope)) {
    const key = JSON.stringify([m.origin.kind, m.origin.fallbackRegion ?? '', m.origin.note ?? '']);
    const g = groups.get(key) ?? { origin: m.origin, figures: [] };
    g.figures.push(m);
    groups.set(key, g);
  }
  return [...groups.values()].map(({ origin, figures }) => `${prices.region}: ${describe(figures)}: ${verdict(prices.region, origin)}.`);
}

const PHRASE: Record<Part, string> = { storage: 'storage of ', transition: 'transitions into ', band: '', monitoring: '' };

/** "storage of S3 Standard, S3 Glacier; transitions into S3 Standard-IA; Intelligent-Tiering monitoring" */
function describe(figures: Marked[]): string {
  const parts = (['storage', 'band', 'transition', 'monitoring'] as const).flatMap((part) => {
    const items = figures.filter((f) => f.part === part).map((f) => f.item);
    return items.length ? [PHRASE[part] + items.join(', ')] : [];
  });
  return parts.join('; ');
}

function verdict(region: string, origin: PriceOrigin): string {
  if (origin.kind === 'fallback') {
    return `priced as in ${origin.fallbackRegion ?? 'another region'} (${origin.note ?? `not published for ${region} in the sources`})`;
  }
  return `inferred (${origin.note ?? 'no reason recorded'})`;
}
