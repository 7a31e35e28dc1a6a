/**
 * A price catalog made in the test from the figures in shared/spec/s3-pricing.md (us-east-1), so the
 * hand-computed answers do not depend on the bundled snapshot.
 */
import type { StorageClassName } from '../../src/model/lifecycle.js';
import type { PriceCatalog, Priced, RegionPrices } from '../../src/cost/prices/types.js';
import type { CohortTable } from '../../src/cost/cohorts/cohort.js';
import { SelectorMatcher } from '../../src/cost/cohorts/matcher.js';
import { RecordFolder, type InventoryRecord } from '../../src/cost/cohorts/records.js';
import { compileConfiguration, EMPTY_CONFIG, maxNewerVersions, type CompiledConfig } from '../../src/cost/rules/compile.js';
import { project, type Growth, type Projection } from '../../src/cost/simulate/project.js';

export const GiB = 2 ** 30;
export const KiB = 1024;
export const MiB = 2 ** 20;

/** $/GB-month (spec §1a) and $ per transition request (spec §2a: per 1,000 ÷ 1,000). */
export const P = {
  STANDARD: 0.023,
  STANDARD_IA: 0.0125,
  ONEZONE_IA: 0.01,
  INTELLIGENT_TIERING: 0.023,
  GLACIER_IR: 0.004,
  GLACIER: 0.0036,
  DEEP_ARCHIVE: 0.00099,
  REDUCED_REDUNDANCY: 0.023,
};
export const T = {
  STANDARD_IA: 0.00001,
  ONEZONE_IA: 0.00001,
  INTELLIGENT_TIERING: 0.00001,
  GLACIER_IR: 0.00002,
  GLACIER: 0.00003,
  DEEP_ARCHIVE: 0.00005,
};
export const MONITORING = 0.0025 / 1000;
/** Intelligent-Tiering's Infrequent and Archive Instant Access tiers (spec §1a). */
export const IT_TIERS = { infrequent: 0.0125, archiveInstant: 0.004 };

const exact = <V>(value: V): Priced<V> => ({ value, origin: { kind: 'exact' } });

export function testRegion(): RegionPrices {
  const storage = {} as RegionPrices['storage'];
  for (const [k, v] of Object.entries(P))
    storage[k as StorageClassName] = exact([{ fromGb: 0, toGb: k === 'STANDARD' ? 51200 : null, usdPerGbMonth: v }]);
  storage.STANDARD = exact([
    { fromGb: 0, toGb: 51200, usdPerGbMonth: 0.023 },
    { fromGb: 51200, toGb: 512000, usdPerGbMonth: 0.022 },
    { fromGb: 512000, toGb: null, usdPerGbMonth: 0.021 },
  ]);
  const transitionPerRequest: RegionPrices['transitionPerRequest'] = {};
  for (const [k, v] of Object.entries(T)) transitionPerRequest[k as StorageClassName] = exact(v);
  return {
    region: 'us-east-1',
    storage,
    transitionPerRequest,
    intelligentTieringMonitoringPerObject: exact(MONITORING),
    intelligentTieringTiers: { infrequent: exact(IT_TIERS.infrequent), archiveInstant: exact(IT_TIERS.archiveInstant) },
  };
}

export function testCatalog(): PriceCatalog {
  return {
    info: { source: 'bundled', date: '2026-02-23', description: 'test figures from shared/spec/s3-pricing.md', notices: [] },
    region: (r) => {
      if (r !== 'us-east-1') throw new Error(`no prices for ${r}`);
      return testRegion();
    },
    regions: () => ['us-east-1'],
  };
}

export const ms = (iso: string) => Date.parse(iso);

export interface Scenario {
  objects: InventoryRecord[];
  current?: unknown;
  proposed?: unknown;
  asOf?: string;
  months?: number;
  growth?: Growth;
  versioned?: boolean;
  itAccessedShare?: number;
}

/** The as-of time most tests use: noon, so the configuration takes effect 12 hours later. */
export const AS_OF = '2026-01-01T12:00:00Z';

export function tableOf(objects: InventoryRecord[], configs: CompiledConfig[]): { table: CohortTable; matcher: SelectorMatcher } {
  const matcher = new SelectorMatcher(configs);
  const folder = new RecordFolder(matcher, maxNewerVersions(configs) + 1);
  for (const o of objects) folder.add(o);
  folder.finish();
  return {
    matcher,
    table: {
      cohorts: folder.builder.cohorts(),
      versioned: folder.versioned,
      rows: folder.builder.rows,
      skippedRows: folder.builder.skippedRows,
      notes: [],
    },
  };
}

export function run(s: Scenario): Projection {
  const current = s.current === undefined ? EMPTY_CONFIG : compileConfiguration(s.current);
  const proposed = s.proposed === undefined ? EMPTY_CONFIG : compileConfiguration(s.proposed);
  const { table, matcher } = tableOf(s.objects, [current, proposed]);
  return project({
    table,
    matcher,
    current,
    proposed,
    prices: testRegion(),
    priceInfo: testCatalog().info,
    asOfMs: ms(s.asOf ?? AS_OF),
    months: s.months ?? 1,
    growth: s.growth ?? 'none',
    versioned: s.versioned,
    itAccessedShare: s.itAccessedShare,
  });
}

export function obj(
  key: string,
  size: number,
  lastModified: string,
  storageClass = 'STANDARD',
  extra: Partial<InventoryRecord> = {},
): InventoryRecord {
  return { key, size, lastModifiedMs: ms(lastModified), storageClass, ...extra };
}

export function rules(...r: object[]): unknown {
  return { Rules: r.map((x, i) => ({ ID: `r${i + 1}`, Status: 'Enabled', Filter: {}, ...x })) };
}
