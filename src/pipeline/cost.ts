/**
 * `cost` end to end, shared by the CLI and (per target) by `plan`: read both configurations, fold
 * the bucket's objects into cohorts, project. I/O here; the projection itself is pure.
 */
import { resolve } from 'node:path';
import type { CohortTable } from '../cost/cohorts/cohort.js';
import { readCohortCsv } from '../cost/athena/cohort-csv.js';
import { SelectorMatcher } from '../cost/cohorts/matcher.js';
import { readConfigurationData } from './cost-configuration.js';
import { makeBaseline, type Baseline } from '../cost/track/baseline.js';
import { readInventory } from '../cost/inventory/read.js';
import { localSource, type InventorySource } from '../cost/inventory/source.js';
import type { PriceCatalog } from '../cost/prices/types.js';
import { EMPTY_CONFIG, maxNewerVersions, type CompiledConfig } from '../cost/rules/compile.js';
import { project, type Growth, type Projection } from '../cost/simulate/project.js';
import type { Unknown } from '../cost/report/types.js';

export type ObjectsInput =
  | { kind: 'inventory'; path: string; endpoint?: string; forcePathStyle?: boolean }
  | { kind: 'cohorts'; path: string }
  | { kind: 'listing'; bucket: string; prefix?: string; versions?: boolean; endpoint?: string; forcePathStyle?: boolean };

/** `data`: the configuration as parsed, kept in a tracking baseline. */
export type CurrentInput = { kind: 'none' } | { kind: 'file'; path: string } | { kind: 'compiled'; config: CompiledConfig; data?: unknown };

export interface CostRequest {
  proposed: { kind: 'file'; path: string } | { kind: 'compiled'; config: CompiledConfig; data?: unknown };
  current: CurrentInput;
  objects: ObjectsInput;
  region: string;
  catalog: PriceCatalog;
  months?: number;
  /** Overrides the inventory's own date. */
  asOfMs?: number;
  growth?: Growth;
  cwd?: string;
  /** Progress lines (listing, inventory files). */
  progress?: (line: string) => void;
  /** Worker threads for inventories of several CSV files (default: the machine's cores). */
  threads?: number;
  /** Share of Intelligent-Tiering objects read at least every 30 days (default 0). */
  itAccessedShare?: number;
  /** Where that share was set, as the report's assumption names it (default: --it-access). */
  itAccessSetting?: string;
  /** Receives the tracking baseline of this projection (what `lifeguard cost --track` compares with later). */
  onBaseline?: (baseline: Baseline) => void;
}

export const DEFAULT_MONTHS = 12;

export async function runCost(req: CostRequest): Promise<Projection> {
  const cwd = req.cwd ?? process.cwd();
  const unknowns: Unknown[] = [];
  const read = async (path: string) => readConfigurationData(resolve(cwd, path), path);
  const proposedRead =
    req.proposed.kind === 'file' ? await read(req.proposed.path) : { config: req.proposed.config, data: req.proposed.data };
  const proposed = proposedRead.config;
  let current = EMPTY_CONFIG;
  let currentData: unknown = { Rules: [] };
  if (req.current.kind === 'file') {
    ({ config: current, data: currentData } = await read(req.current.path));
    if (current.minimumObjectSizeSource === 'default') {
      unknowns.push({
        kind: 'input',
        configuration: 'current',
        message: `${req.current.path} does not say TransitionDefaultMinimumObjectSize; all_storage_classes_128K is assumed (a bucket configured before September 2024 may still use varies_by_storage_class)`,
      });
    }
  } else if (req.current.kind === 'compiled') {
    current = req.current.config;
    currentData = req.current.data;
  }
  const configs = [current, proposed];
  const matcher = new SelectorMatcher(configs);
  const rankCap = maxNewerVersions(configs) + 1;
  let table: CohortTable;
  switch (req.objects.kind) {
    case 'inventory':
      table = await readFrom({ ...req.objects, region: req.region }, cwd, (source) =>
        readInventory(source, { matcher, rankCap, threads: req.threads, onProgress: inventoryProgress(req.progress) }),
      );
      break;
    case 'cohorts':
      table = await readCohortCsv(resolve(cwd, req.objects.path), req.objects.path, matcher);
      break;
    case 'listing': {
      const { listBucket } = await import('../s3/inventory-listing.js');
      table = await listBucket({ ...req.objects, matcher, rankCap, progress: req.progress });
      break;
    }
  }
  for (const n of table.notes) unknowns.push({ kind: 'input', message: n });
  // The inventory's date, else now (a cohort table or a listing has no date of its own).
  const asOfMs = req.asOfMs ?? table.asOfMs ?? Date.now();
  req.onBaseline?.(
    makeBaseline({
      region: req.region,
      asOf: new Date(asOfMs).toISOString(),
      growth: req.growth ?? 'none',
      itAccessedShare: req.itAccessedShare ?? 0,
      current: currentData,
      proposed: proposedRead.data,
      table,
    }),
  );
  return project({
    table,
    matcher,
    current,
    proposed,
    prices: req.catalog.region(req.region),
    priceInfo: req.catalog.info,
    asOfMs,
    months: req.months ?? DEFAULT_MONTHS,
    growth: req.growth ?? 'none',
    unknowns,
    itAccessedShare: req.itAccessedShare,
    itAccessSetting: req.itAccessSetting,
  });
}

/** An inventory in a local folder or at an s3:// location (the SDK is loaded only for the latter). */
export async function readFrom(
  o: { path: string; endpoint?: string; forcePathStyle?: boolean; region?: string },
  cwd: string,
  read: (source: InventorySource) => Promise<CohortTable>,
): Promise<CohortTable> {
  if (!/^s3:\/\//i.test(o.path)) return read(localSource(o.path, cwd));
  const { s3Source } = await import('../s3/inventory-source.js');
  const source = await s3Source(o.path, { region: o.region, endpoint: o.endpoint, forcePathStyle: o.forcePathStyle });
  try {
    return await read(source);
  } finally {
    source.close?.();
  }
}

/** "reading inventory: 3 of 8 files, 4,120,000 rows (2 s)" at most twice a second. */
export function inventoryProgress(progress: ((line: string) => void) | undefined) {
  if (!progress) return undefined;
  const started = Date.now();
  let last = 0;
  return (rows: number, files: number, total: number) => {
    const now = Date.now();
    if (now - last < 500 && files < total) return;
    last = now;
    progress(
      `reading inventory: ${files} of ${total} file${total === 1 ? '' : 's'}, ${rows.toLocaleString('en-US')} rows (${((now - started) / 1000).toFixed(0)} s)`,
    );
  };
}

/**
 * For `plan`: the projection of one target whose inventory is configured. `proposedData` and
 * `currentData` are parsed lifecycle configurations (the file's content; the live bucket's).
 */
export async function projectTarget(opts: {
  proposedData: unknown;
  currentData?: unknown;
  inventory: string;
  /** For an s3:// inventory on an S3-compatible store: the target's endpoint. */
  endpoint?: string;
  forcePathStyle?: boolean;
  region: string;
  catalog: PriceCatalog;
  months?: number;
  growth?: Growth;
  cwd?: string;
  /** The target's intelligentTieringAccess (default 0: not accessed). */
  itAccessedShare?: number;
  onBaseline?: (baseline: Baseline) => void;
}): Promise<Projection> {
  const { compileConfiguration } = await import('../cost/rules/compile.js');
  return runCost({
    proposed: { kind: 'compiled', config: compileConfiguration(opts.proposedData), data: opts.proposedData },
    current:
      opts.currentData === undefined
        ? { kind: 'none' }
        : { kind: 'compiled', config: compileConfiguration(opts.currentData), data: opts.currentData },
    objects: { kind: 'inventory', path: opts.inventory, endpoint: opts.endpoint, forcePathStyle: opts.forcePathStyle },
    region: opts.region,
    catalog: opts.catalog,
    months: opts.months,
    growth: opts.growth,
    cwd: opts.cwd,
    onBaseline: opts.onBaseline,
    ...(opts.itAccessedShare === undefined
      ? {}
      : { itAccessedShare: opts.itAccessedShare, itAccessSetting: `intelligentTieringAccess ${opts.itAccessedShare} in .lifeguard.yml` }),
  });
}
