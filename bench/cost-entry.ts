/**
 * The benchmark's entry: `lifeguard cost` exactly as the CLI runs it, with a price catalog built from
 * the spec's us-east-1 figures (the benchmark measures speed and memory, not prices). Also prints
 * the Athena cohort SQL for the DuckDB side of the comparison.
 */
import { costCommand } from '../src/cli/cost-command.js';
import { processIo } from '../src/cli/io.js';
import { cohortSql } from '../src/cost/athena/sql.js';
import { SelectorMatcher } from '../src/cost/cohorts/matcher.js';
import { readConfiguration } from '../src/pipeline/cost-configuration.js';
import type { PriceCatalog, Priced, RegionPrices } from '../src/cost/prices/types.js';
import { maxNewerVersions } from '../src/cost/rules/compile.js';
import type { StorageClassName } from '../src/model/lifecycle.js';

const exact = <V>(value: V): Priced<V> => ({ value, origin: { kind: 'exact' } });
const STORAGE: Record<StorageClassName, number> = {
  STANDARD: 0.023,
  REDUCED_REDUNDANCY: 0.023,
  STANDARD_IA: 0.0125,
  ONEZONE_IA: 0.01,
  INTELLIGENT_TIERING: 0.023,
  GLACIER_IR: 0.004,
  GLACIER: 0.0036,
  DEEP_ARCHIVE: 0.00099,
};
const TRANSITION: Partial<Record<StorageClassName, number>> = {
  STANDARD_IA: 0.00001,
  ONEZONE_IA: 0.00001,
  INTELLIGENT_TIERING: 0.00001,
  GLACIER_IR: 0.00002,
  GLACIER: 0.00003,
  DEEP_ARCHIVE: 0.00005,
};

const region: RegionPrices = {
  region: 'us-east-1',
  storage: Object.fromEntries(
    Object.entries(STORAGE).map(([k, v]) => [k, exact([{ fromGb: 0, toGb: null, usdPerGbMonth: v }])]),
  ) as RegionPrices['storage'],
  transitionPerRequest: Object.fromEntries(Object.entries(TRANSITION).map(([k, v]) => [k, exact(v)])),
  intelligentTieringMonitoringPerObject: exact(0.0000025),
  intelligentTieringTiers: { infrequent: exact(0.0125), archiveInstant: exact(0.004) },
};
const catalog: PriceCatalog = {
  info: { source: 'bundled', date: '2026-02-23', description: 'benchmark figures (shared/spec/s3-pricing.md, us-east-1)', notices: [] },
  region: () => region,
  regions: () => ['us-east-1'],
};

async function run(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'sql') {
    const configs = [await readConfiguration(args[1]!, args[1]!), await readConfiguration(args[0]!, args[0]!)];
    process.stdout.write(
      cohortSql(new SelectorMatcher(configs), { table: 'inventory', versioned: false, rankCap: maxNewerVersions(configs) + 1 }),
    );
    return;
  }
  const code = await costCommand(args, processIo(), { loadCatalog: async () => catalog });
  process.stderr.write(`BENCH maxRSS_KiB=${process.resourceUsage().maxRSS}\n`);
  process.exitCode = code;
}

void run();
