/**
 * The Athena cohort SQL, run on DuckDB over a local S3 Inventory (CSV.gz), gives the cohort table
 * lifeguard builds itself; and that table read back with --cohorts projects the same report.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { cohortRows, readCohortCsv, type CohortRow } from '../../src/cost/athena/cohort-csv.js';
import { cohortSql, COHORT_COLUMNS } from '../../src/cost/athena/sql.js';
import { SelectorMatcher } from '../../src/cost/cohorts/matcher.js';
import type { InventoryRecord } from '../../src/cost/cohorts/records.js';
import { readInventory } from '../../src/cost/inventory/read.js';
import { localSource } from '../../src/cost/inventory/source.js';
import { compileConfiguration, maxNewerVersions } from '../../src/cost/rules/compile.js';
import { project } from '../../src/cost/simulate/project.js';
import { GiB, KiB, obj, rules, testCatalog, testRegion } from './helpers.js';
import { writeInventory } from './inventory-fixture.js';

const configs = [
  compileConfiguration(
    rules(
      { Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } },
      { Filter: { Prefix: "it's/" }, Transitions: [{ Days: 0, StorageClass: 'GLACIER' }] },
    ),
  ),
  compileConfiguration(
    rules(
      { Filter: { Prefix: 'logs/app/' }, Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }], Expiration: { Days: 90 } },
      {
        Filter: { And: { Prefix: 'data set/', ObjectSizeLessThan: 1_000_000 } },
        Expiration: { Days: 10 },
        NoncurrentVersionExpiration: { NoncurrentDays: 3, NewerNoncurrentVersions: 1 },
      },
    ),
  ),
];

/** A few thousand objects over the prefixes, sizes, days and classes above. */
function objects(versioned: boolean): InventoryRecord[] {
  const keys = ['logs/app/x', 'logs/web/y', 'data set/a b+c', 'data set/é%', "it's/q", 'other/z'];
  const classes = ['STANDARD', 'STANDARD', 'STANDARD_IA', 'GLACIER', 'INTELLIGENT_TIERING'];
  const out: InventoryRecord[] = [];
  for (let i = 0; i < 3000; i++) {
    const key = `${keys[Math.floor(i / 3) % keys.length]}/${Math.floor(i / 3)}`;
    const t = Date.parse('2025-01-01T00:00:00Z') + ((i * 7919) % 360) * 86_400_000 + (i % 24) * 3_600_000;
    const size = [0, 100, 128 * KiB - 1, 128 * KiB, 999_999, 1_000_000, 5 * GiB][i % 7]!;
    const rec = obj(key, size, new Date(t).toISOString(), classes[i % classes.length]);
    if (versioned) {
      // Three rows per key, newest first: latest (or a delete marker), then older versions.
      const n = i % 3;
      rec.isLatest = n === 0;
      rec.isDeleteMarker = n === 0 && i % 2 === 1;
      rec.lastModifiedMs = Date.parse('2025-12-01T00:00:00Z') - n * 5 * 86_400_000 - (i % 11) * 3_600_000;
      if (i % 13 === 0) rec.lockRetainUntilMs = Date.parse(i % 2 ? '2026-02-01T00:00:00Z' : '2026-02-01T10:00:00Z');
      if (i % 29 === 0) rec.legalHold = true;
    }
    out.push(rec);
  }
  return out;
}

async function duckCohorts(
  dir: string,
  versioned: boolean,
  rankCap: number,
  matcher: SelectorMatcher,
  format: 'CSV' | 'Parquet' = 'CSV',
): Promise<CohortRow[]> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: Array<{ key: string }> };
  const root = join(dir, '..', '..', '..', '..');
  const files = manifest.files.map((f) => `'${join(root, f.key)}'`).join(', ');
  const columns = versioned
    ? `{'bucket': 'VARCHAR', 'key': 'VARCHAR', 'version_id': 'VARCHAR', 'is_latest': 'BOOLEAN', 'is_delete_marker': 'BOOLEAN', 'size': 'BIGINT', 'last_modified_date': 'TIMESTAMP', 'e_tag': 'VARCHAR', 'storage_class': 'VARCHAR', 'object_lock_retain_until_date': 'TIMESTAMP', 'object_lock_legal_hold_status': 'VARCHAR'}`
    : `{'bucket': 'VARCHAR', 'key': 'VARCHAR', 'size': 'BIGINT', 'last_modified_date': 'TIMESTAMP', 'storage_class': 'VARCHAR'}`;
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  await con.run("SET TimeZone = 'UTC'");
  await con.run(
    format === 'CSV'
      ? `CREATE VIEW inventory AS SELECT * FROM read_csv([${files}], header = false, quote = '"', columns = ${columns})`
      : `CREATE VIEW inventory AS SELECT * FROM read_parquet([${files}])`,
  );
  const result = await con.runAndReadAll(cohortSql(matcher, { table: 'inventory', versioned, rankCap, format }));
  const names = result.columnNames();
  return result.getRows().map((row) => {
    const r = Object.fromEntries(names.map((n, i) => [n, row[i] === null ? '' : String(row[i])])) as CohortRow;
    return r;
  });
}

const sortRows = (rows: CohortRow[]) => rows.map((r) => COHORT_COLUMNS.map((c) => r[c]).join('|')).sort();

describe('the Athena cohort SQL on DuckDB', () => {
  for (const versioned of [false, true]) {
    it(`builds the same cohort table as lifeguard from Parquet (${versioned ? 'versioned' : 'current versions only'})`, async () => {
      const dir = writeInventory(objects(versioned), { format: 'Parquet', creation: '2026-01-01T00:00:00Z', files: 2, versioned });
      const matcher = new SelectorMatcher(configs);
      const rankCap = maxNewerVersions(configs) + 1;
      const mine = await readInventory(localSource(dir, '/'), { matcher, rankCap });
      const theirs = await duckCohorts(dir, versioned, rankCap, matcher, 'Parquet');
      expect(mine.cohorts.length).toBeGreaterThan(50);
      expect(sortRows(theirs)).toEqual(sortRows(cohortRows(mine.cohorts, matcher)));
    });

    it(`builds the same cohort table as lifeguard (${versioned ? 'versioned' : 'current versions only'})`, async () => {
      const dir = writeInventory(objects(versioned), { format: 'CSV.gz', creation: '2026-01-01T00:00:00Z', files: 3, versioned });
      const matcher = new SelectorMatcher(configs);
      const rankCap = maxNewerVersions(configs) + 1;
      const mine = await readInventory(localSource(dir, '/'), { matcher, rankCap });
      const theirs = await duckCohorts(dir, versioned, rankCap, matcher);
      expect(mine.cohorts.length).toBeGreaterThan(50);
      if (versioned) {
        // The case exercises every version column: noncurrent rows, ranks, retention and legal holds.
        expect(theirs.some((r) => r.is_latest === 'false' && r.newer_versions === '1')).toBe(true);
        expect(theirs.some((r) => r.locked_until === 'legal-hold')).toBe(true);
        expect(theirs.filter((r) => /^2026-01-3[01]$/.test(r.locked_until)).map((r) => r.locked_until)).toContain('2026-01-31');
        expect(theirs.some((r) => r.locked_until === '2026-02-01')).toBe(true);
      }
      expect(sortRows(theirs)).toEqual(sortRows(cohortRows(mine.cohorts, matcher)));

      // Read back as --cohorts FILE: the same projection as from the inventory.
      const csv = [
        COHORT_COLUMNS.join(','),
        ...theirs.map((r) => COHORT_COLUMNS.map((c) => `"${r[c].replace(/"/g, '""')}"`).join(',')),
      ].join('\n');
      const file = join(dir, 'cohorts.csv');
      writeFileSync(file, csv);
      const back = await readCohortCsv(file, 'cohorts.csv', matcher);
      const run = (table: typeof mine) =>
        project({
          table,
          matcher,
          current: configs[0]!,
          proposed: configs[1]!,
          prices: testRegion(),
          priceInfo: testCatalog().info,
          asOfMs: Date.parse('2026-01-01T00:00:00Z'),
          months: 6,
          growth: 'observed',
          versioned,
        }).report;
      expect(run(back)).toEqual(run(mine));
    });
  }
});
