/** `lifeguard cost`: project what a rule change does to the bill and to the data kept. */
import { parseArgs } from 'node:util';
import { startDeadline } from './deadline.js';
import type { Io } from './io.js';
import { COST_HELP } from './cost-help.js';
import { UsageError } from './usage.js';
import { InputError } from '../cost/inventory/errors.js';
import { COST_FORMATS, formatCost, type CostFormat } from '../cost/report/format.js';
import type { PriceCatalog } from '../cost/prices/types.js';
import { loadPriceCatalog } from '../cost/prices/load.js';
import type { CostRequest } from '../pipeline/cost.js';
import { costTrack } from './cost-track.js';
import { emit, inputFailure, progressLine, writeOutput, type CostDeps } from './cost-output.js';

const DEFAULT_DEPS: CostDeps = { loadCatalog: loadPriceCatalog };

export async function costCommand(args: string[], io: Io, deps: CostDeps = DEFAULT_DEPS): Promise<number> {
  const { values: v } = parseArgs({
    args,
    strict: true,
    options: {
      proposed: { type: 'string' },
      current: { type: 'string' },
      live: { type: 'boolean' },
      inventory: { type: 'string' },
      cohorts: { type: 'string' },
      listing: { type: 'string' },
      versions: { type: 'boolean' },
      bucket: { type: 'string' },
      endpoint: { type: 'string' },
      'path-style': { type: 'boolean' },
      region: { type: 'string' },
      months: { type: 'string' },
      'as-of': { type: 'string' },
      growth: { type: 'string' },
      prices: { type: 'string' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      'cohort-sql': { type: 'string' },
      table: { type: 'string' },
      where: { type: 'string' },
      'inventory-format': { type: 'string' },
      threads: { type: 'string' },
      'it-access': { type: 'string' },
      track: { type: 'boolean' },
      baseline: { type: 'string' },
      'baseline-inventory': { type: 'string' },
      'baseline-out': { type: 'string' },
      deadline: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (v.help) {
    io.stdout(COST_HELP);
    return 0;
  }
  startDeadline(v.deadline);
  if (v.track) return costTrack(v, io, deps);
  if (!v.proposed) throw new UsageError('--proposed FILE is required');
  if (v.current && v.live) throw new UsageError('give --current FILE or --live, not both');
  const sources = [v.inventory, v.cohorts, v.listing].filter((x) => x !== undefined).length;
  if (v['cohort-sql'] === undefined && sources !== 1)
    throw new UsageError('give exactly one of --inventory PATH, --cohorts FILE or --listing s3://BUCKET[/PREFIX]');
  const months = v.months === undefined ? 12 : Number(v.months);
  if (!Number.isInteger(months) || months < 1 || months > 120)
    throw new UsageError(`--months must be a whole number from 1 to 120, not '${v.months}'`);
  const growth = v.growth ?? 'none';
  if (growth !== 'none' && growth !== 'observed') throw new UsageError(`--growth must be none or observed, not '${growth}'`);
  const prices = v.prices ?? 'bundled';
  if (prices !== 'bundled' && prices !== 'live') throw new UsageError(`--prices must be bundled or live, not '${prices}'`);
  const format = (v.format ?? 'stylish') as CostFormat;
  if (!COST_FORMATS.includes(format)) throw new UsageError(`unknown format '${format}'; use one of ${COST_FORMATS.join(', ')}`);
  let asOfMs: number | undefined;
  if (v['as-of'] !== undefined) {
    asOfMs = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v['as-of']) ? `${v['as-of']}T00:00:00Z` : v['as-of']);
    if (!Number.isFinite(asOfMs)) throw new UsageError(`--as-of must be a date (YYYY-MM-DD) or an ISO 8601 time, not '${v['as-of']}'`);
  }
  const threads = v.threads === undefined ? undefined : Number(v.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1 || threads > 64))
    throw new UsageError(`--threads must be a whole number from 1 to 64, not '${v.threads}'`);
  const itAccess = v['it-access'] === undefined ? 0 : parseShare(v['it-access']);
  if (itAccess === undefined)
    throw new UsageError(`--it-access must be a share from 0 to 1 or a percentage (0.25, 25%), not '${v['it-access']}'`);
  const listing = v.listing === undefined ? undefined : /^s3:\/\/([^/]+)\/?(.*)$/.exec(v.listing);
  if (v.listing !== undefined && !listing) throw new UsageError(`--listing must be s3://BUCKET[/PREFIX], not '${v.listing}'`);

  try {
    if (v['cohort-sql'] !== undefined) return await printSql(v['cohort-sql'], v as Record<string, string | boolean | undefined>, io);
    if (!v.region) throw new UsageError("--region is required (the bucket's region, for prices)");
    const bucket = v.bucket ?? listing?.[1];
    if (v.live && !bucket) throw new UsageError('--live needs the bucket: give --bucket NAME');
    let catalog: PriceCatalog;
    try {
      catalog = await deps.loadCatalog(prices, v.region);
      catalog.region(v.region); // an unknown region fails here, with the catalog's own sentence
    } catch (err) {
      throw new InputError((err as Error).message);
    }
    const { runCost } = await import('../pipeline/cost.js');
    const progress = progressLine(io);
    const request: CostRequest = {
      proposed: { kind: 'file', path: v.proposed },
      current: { kind: 'none' },
      objects: v.inventory
        ? { kind: 'inventory', path: v.inventory, endpoint: v.endpoint, forcePathStyle: v['path-style'] }
        : v.cohorts
          ? { kind: 'cohorts', path: v.cohorts }
          : {
              kind: 'listing',
              bucket: listing![1]!,
              prefix: listing![2] || undefined,
              versions: v.versions,
              endpoint: v.endpoint,
              forcePathStyle: v['path-style'],
            },
      region: v.region,
      catalog,
      months,
      asOfMs,
      growth,
      threads,
      itAccessedShare: itAccess,
      cwd: io.cwd,
      progress: progress.line,
    };
    if (v.current) request.current = { kind: 'file', path: v.current };
    if (v.live) {
      const { liveConfiguration } = await import('../s3/live-lifecycle.js');
      const live = await liveConfiguration({ bucket: bucket!, region: v.region, endpoint: v.endpoint, forcePathStyle: v['path-style'] });
      request.current = { kind: 'compiled', config: live, data: live.data };
    }
    let baseline: unknown;
    if (v['baseline-out']) request.onBaseline = (b) => (baseline = b);
    const { report } = await runCost(request);
    if (v['baseline-out']) await writeOutput(io, v['baseline-out'], `${JSON.stringify(baseline)}\n`);
    progress.end(request.objects.kind === 'listing');
    return await emit(io, v.output, formatCost(report, format));
  } catch (err) {
    return inputFailure(io, err);
  }
}

async function printSql(dialect: string, v: Record<string, string | boolean | undefined>, io: Io): Promise<number> {
  if (dialect !== 'athena') throw new UsageError(`--cohort-sql knows only athena, not '${dialect}'`);
  const format = { csv: 'CSV', parquet: 'Parquet', orc: 'ORC' }[String(v['inventory-format'] ?? 'csv').toLowerCase()] as
    'CSV' | 'Parquet' | 'ORC' | undefined;
  if (!format) throw new UsageError(`--inventory-format must be csv, parquet or orc, not '${String(v['inventory-format'])}'`);
  const { readConfiguration } = await import('../pipeline/cost-configuration.js');
  const { SelectorMatcher } = await import('../cost/cohorts/matcher.js');
  const { cohortSql } = await import('../cost/athena/sql.js');
  const { EMPTY_CONFIG, maxNewerVersions } = await import('../cost/rules/compile.js');
  const { resolve } = await import('node:path');
  const proposed = await readConfiguration(resolve(io.cwd, String(v.proposed)), String(v.proposed));
  const current = typeof v.current === 'string' ? await readConfiguration(resolve(io.cwd, v.current), v.current) : EMPTY_CONFIG;
  const configs = [current, proposed];
  const sql = cohortSql(new SelectorMatcher(configs), {
    table: typeof v.table === 'string' ? v.table : 'inventory',
    versioned: !!v.versions,
    rankCap: maxNewerVersions(configs) + 1,
    where: typeof v.where === 'string' ? v.where : undefined,
    format,
  });
  if (typeof v.output === 'string') await writeOutput(io, v.output, sql);
  else io.stdout(sql);
  return 0;
}

/** "0.25" or "25%" → 0.25; undefined when not a share. */
export function parseShare(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]) / (m[2] ? 100 : 1);
  return n >= 0 && n <= 1 ? n : undefined;
}
