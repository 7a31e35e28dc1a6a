/**
 * `lifeguard cost --track` end to end: the baseline (a saved one, or recomputed from the
 * configuration and the inventory of the day the rules were merged), a later inventory read with
 * the same selectors, and the comparison. I/O here; the comparison is pure (cost/track/track.ts).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readInventory } from '../cost/inventory/read.js';
import { InputError } from '../cost/inventory/errors.js';
import type { PriceCatalog } from '../cost/prices/types.js';
import { loadBaseline, type Baseline } from '../cost/track/baseline.js';
import { track, type TrackReport } from '../cost/track/track.js';
import { maxNewerVersions } from '../cost/rules/compile.js';
import { inventoryProgress, readFrom, runCost, type CostRequest } from './cost.js';

export interface TrackRequest {
  baseline: { kind: 'file'; path: string } | { kind: 'recompute'; request: CostRequest };
  /** The later inventory (a local folder or s3://). */
  inventory: { path: string; endpoint?: string; forcePathStyle?: boolean };
  /** The prices to use; the region defaults to the baseline's. */
  catalog: (region: string) => Promise<PriceCatalog>;
  region?: string;
  /** Overrides the later inventory's own date. */
  asOfMs?: number;
  cwd: string;
  threads?: number;
  progress?: (line: string) => void;
}

export async function runTrack(req: TrackRequest): Promise<TrackReport> {
  let baseline: Baseline;
  if (req.baseline.kind === 'file') {
    const path = req.baseline.path;
    let text: string;
    try {
      text = await readFile(resolve(req.cwd, path), 'utf8');
    } catch (err) {
      throw new InputError(`${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    try {
      baseline = JSON.parse(text) as Baseline;
    } catch (err) {
      throw new InputError(`${path}: not JSON (${(err as Error).message})`);
    }
  } else {
    let saved: Baseline | undefined;
    await runCost({ ...req.baseline.request, onBaseline: (b) => (saved = b) });
    baseline = saved!;
  }
  const loaded = loadBaseline(baseline, req.baseline.kind === 'file' ? req.baseline.path : 'the recomputed baseline');
  const region = req.region ?? loaded.baseline.region;
  const catalog = await req.catalog(region);
  const later = await readFrom(
    { path: req.inventory.path, endpoint: req.inventory.endpoint, forcePathStyle: req.inventory.forcePathStyle, region },
    req.cwd,
    (source) =>
      readInventory(source, {
        matcher: loaded.matcher,
        rankCap: maxNewerVersions([loaded.current, loaded.proposed]) + 1,
        threads: req.threads,
        onProgress: inventoryProgress(req.progress),
      }),
  );
  const asOfMs = req.asOfMs ?? later.asOfMs;
  if (asOfMs === undefined) throw new InputError(`${req.inventory.path}: the later inventory has no date; give --as-of`);
  if (asOfMs <= loaded.asOfMs)
    throw new InputError(
      `${req.inventory.path}: the later inventory (${new Date(asOfMs).toISOString()}) is not later than the baseline (${loaded.baseline.asOf})`,
    );
  return track(loaded, later, asOfMs, catalog.region(region));
}
