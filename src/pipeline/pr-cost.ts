/**
 * The cost side of a pull request, for each target whose S3 Inventory report is configured: the
 * cost engine projects the live rules and the proposed ones over the inventory, and the result is
 * cut to what the comment and the gates need (monthly cost now and after, month 1 and month N,
 * savings, data deleted within the horizon that the live rules keep, what is not known, where the
 * prices come from). Asking for live prices and getting the bundled snapshot is a Price List
 * error: the figures are still shown, but the target's gate fails unless on-error: warn.
 */
import { resolve } from 'node:path';
import type { LifeguardConfig } from '../config/config.js';
import type { PriceSource } from '../cost/prices/load.js';
import type { PriceCatalog } from '../cost/prices/types.js';
import type { CostReport } from '../cost/report/types.js';
import type { PreparedTarget } from '../plan/plan.js';
import { failureText } from '../plan/plan.js';
import type { CostSummary } from '../report/pr-types.js';
import type { EarlierDeletion } from '../cost/simulate/earlier.js';

export interface CostOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  prices: PriceSource;
  months: number;
  /** One catalog per region for the whole run (live prices are one request per region). */
  catalogs: Map<string, Promise<PriceCatalog>>;
  /** A folder to write each projected target's tracking baseline to (<target>.json), for `command: track` later. */
  baselines?: string;
}

export interface TargetCost {
  cost?: CostSummary;
  /** Data the proposed rules remove within the horizon earlier than the live rules would. */
  deleted?: EarlierDeletion;
  unknowns: string[];
  failure?: string;
}

/** undefined when the target has no inventory (no projection was asked for). */
export async function projectTargetCost(p: PreparedTarget, config: LifeguardConfig, options: CostOptions): Promise<TargetCost | undefined> {
  const inventory = p.target.inventory;
  if (!inventory) return undefined;
  if (!p.proposed || !p.state) return { unknowns: ['no cost projection: the live rules could not be read'] };
  const region = p.target.region ?? (options.env.AWS_REGION || options.env.AWS_DEFAULT_REGION);
  if (!region)
    return {
      unknowns: [],
      failure: 'no cost projection: the target names no region (and AWS_REGION is not set), so there are no prices to use',
    };
  const out: TargetCost = { unknowns: [] };
  try {
    const catalog = await catalogFor(region, options);
    if (options.prices === 'live' && catalog.info.source !== 'live') {
      out.failure = `Price List API: live prices were asked for but not available (${catalog.info.notices.join(' ') || 'no reason given'}); the figures use the bundled snapshot`;
    }
    const { projectTarget } = await import('./cost.js');
    let baseline: unknown;
    const projection = await projectTarget({
      ...(options.baselines ? { onBaseline: (b: unknown) => (baseline = b) } : {}),
      proposedData: p.proposed.configuration,
      ...(p.state.lifecycle ? { currentData: p.state.lifecycle } : {}),
      inventory: /^s3:\/\//i.test(inventory) ? inventory : resolve(config.dir, inventory),
      endpoint: p.target.endpoint,
      forcePathStyle: p.target.forcePathStyle,
      // From the base commit's settings for an existing target (trust/settings.ts): the pull request does not pick it.
      ...(p.target.intelligentTieringAccess === undefined ? {} : { itAccessedShare: p.target.intelligentTieringAccess }),
      region,
      catalog,
      months: options.months,
      cwd: options.cwd,
    });
    if (options.baselines && baseline) await writeBaseline(options, p.target.name, baseline);
    out.cost = costSummary(projection.report, catalog);
    out.deleted = projection.deletedEarlier;
    out.unknowns.push(...projection.report.unknowns.filter((u) => u.kind !== 'prices').map((u) => u.message));
  } catch (err) {
    out.failure = `the cost projection failed: ${failureText(err)}`;
  }
  return out;
}

export function costSummary(r: CostReport, catalog: PriceCatalog): CostSummary {
  const first = r.monthly[0];
  const last = r.monthly.at(-1);
  const month = (m: typeof first) => ({ currentUsd: m?.current.totalUsd ?? 0, proposedUsd: m?.proposed.totalUsd ?? 0 });
  return {
    months: r.months,
    first: month(first),
    last: month(last),
    savingsUsd: r.totals.savingsUsd,
    prices: { source: catalog.info.source === 'live' ? 'AWS Price List API' : 'bundled price snapshot', date: r.prices.date },
    notices: r.unknowns.filter((u) => u.kind === 'prices').map((u) => u.message),
    monthly: r.monthly.map((m) => ({ currentUsd: m.current.totalUsd, proposedUsd: m.proposed.totalUsd })),
    assumptions: r.assumptions.map((a) => a.message),
  };
}

async function writeBaseline(options: CostOptions, target: string, baseline: unknown): Promise<void> {
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { baselineFile } = await import('../cost/track/baseline.js');
  const dir = resolve(options.cwd, options.baselines!);
  await mkdir(dir, { recursive: true });
  await writeFile(baselineFile(dir, target), `${JSON.stringify(baseline)}\n`);
}

function catalogFor(region: string, options: CostOptions): Promise<PriceCatalog> {
  let c = options.catalogs.get(region);
  if (!c) {
    c = import('../cost/prices/load.js').then((m) => m.loadPriceCatalog(options.prices, region));
    options.catalogs.set(region, c);
  }
  return c;
}
