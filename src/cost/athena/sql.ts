/**
 * The SQL that builds lifeguard's cohort table where a huge bucket's inventory already lives
 * (Amazon Athena over the S3 Inventory table AWS documents). It computes exactly what the local
 * readers compute: the longest rule prefix, the size band, the UTC creation day, and for versioned
 * inventories the noncurrent-since day, newer noncurrent versions and Object Lock. Written in the
 * SQL subset Athena (Trino) and DuckDB share, so a test can run it locally.
 */
import { STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';
import type { SelectorMatcher } from '../cohorts/matcher.js';

export interface CohortSqlOptions {
  /** The Athena table over the inventory (columns as in the AWS template). */
  table: string;
  /** The inventory lists versions (is_latest, is_delete_marker, Object Lock columns). */
  versioned: boolean;
  /** Ranks of noncurrent versions above this behave alike. */
  rankCap: number;
  /** Optional WHERE condition on the table, e.g. dt = '2026-01-01-01-00'. */
  where?: string;
  /** The inventory's file format: only CSV inventories URL-encode keys (default CSV). */
  format?: 'CSV' | 'Parquet' | 'ORC';
}

export const COHORT_COLUMNS = [
  'prefix_group',
  'size_band',
  'storage_class',
  'created_date',
  'is_latest',
  'noncurrent_since',
  'newer_versions',
  'locked_until',
  'head_size_band',
  'head_created_date',
  'overwritten',
  'objects',
  'bytes',
] as const;

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function cohortSql(matcher: SelectorMatcher, o: CohortSqlOptions): string {
  const byLength = matcher.prefixes
    .map((p, i) => ({ p, i }))
    .filter((x) => x.i > 0)
    .sort((a, b) => b.p.length - a.p.length || a.i - b.i);
  const prefixCase = byLength.length
    ? `CASE ${byLength.map((x) => `WHEN starts_with(k, ${lit(x.p)}) THEN ${lit(x.p)}`).join(' ')} ELSE '' END`
    : "''";
  const bands = matcher.sizeBounds
    .map((b, i) => ({ b, i }))
    .slice(1)
    .reverse();
  const bandOf = (col: string) =>
    bands.length ? `CASE ${bands.map((x) => `WHEN ${col} >= ${x.b} THEN ${x.b}`).join(' ')} ELSE 0 END` : '0';
  const bandCase = bandOf('size');
  const classes = STORAGE_CLASS_NAMES.map(lit).join(', ');
  const where = o.where ? `\n  WHERE ${o.where}` : '';
  const k = (o.format ?? 'CSV') === 'CSV' ? "url_decode(replace(key, '+', '%20'))" : 'key';
  const header = `-- lifeguard cohort table (columns: ${COHORT_COLUMNS.join(', ')}).
-- Run in Athena over the S3 Inventory table; download the result as CSV and pass it to
-- lifeguard cost --cohorts FILE with the same --current and --proposed files.
-- ${(o.format ?? 'CSV') === 'CSV' ? 'Keys are URL-decoded: S3 Inventory CSV writes them URL-encoded ("+" for a space).' : `Keys are read as they are: ${o.format} inventories do not URL-encode them.`}`;
  if (!o.versioned) {
    return `${header}
WITH src AS (
  SELECT ${k} AS k, size, last_modified_date, storage_class
  FROM ${o.table}${where}
)
SELECT ${prefixCase} AS prefix_group,
       ${bandCase} AS size_band,
       storage_class,
       CAST(CAST(last_modified_date AS DATE) AS VARCHAR) AS created_date,
       true AS is_latest,
       CAST(NULL AS VARCHAR) AS noncurrent_since,
       0 AS newer_versions,
       CAST(NULL AS VARCHAR) AS locked_until,
       CAST(NULL AS VARCHAR) AS head_size_band,
       CAST(NULL AS VARCHAR) AS head_created_date,
       false AS overwritten,
       count(*) AS objects,
       sum(size) AS bytes
FROM src
WHERE storage_class IN (${classes})
GROUP BY 1, 2, 3, 4
ORDER BY 1, 2, 3, 4;
`;
  }
  return `${header}
-- Versions of a key are ordered newest first: a noncurrent version became noncurrent when the next
-- newer one (or delete marker) was created, and ranks below the key's newest row (its head).
WITH src AS (
  SELECT key AS raw_key, ${k} AS k, size, last_modified_date, storage_class,
         is_latest, is_delete_marker, object_lock_retain_until_date AS lock_until, object_lock_legal_hold_status AS hold
  FROM ${o.table}${where}
),
ranked AS (
  SELECT *,
         lag(last_modified_date) OVER (PARTITION BY raw_key ORDER BY last_modified_date DESC) AS newer_date,
         coalesce(sum(CASE WHEN NOT is_latest AND NOT is_delete_marker THEN 1 ELSE 0 END)
           OVER (PARTITION BY raw_key ORDER BY last_modified_date DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS newer_nc,
         first_value(CASE WHEN is_latest AND NOT is_delete_marker AND storage_class IN (${classes}) THEN CAST(${bandOf('size')} AS VARCHAR) ELSE 'none' END)
           OVER (PARTITION BY raw_key ORDER BY last_modified_date DESC) AS head_band,
         first_value(last_modified_date) OVER (PARTITION BY raw_key ORDER BY last_modified_date DESC) AS head_date,
         sum(CASE WHEN is_delete_marker THEN 0 ELSE 1 END) OVER (PARTITION BY raw_key) AS data_versions
  FROM src
)
SELECT ${prefixCase} AS prefix_group,
       ${bandCase} AS size_band,
       storage_class,
       CAST(CAST(last_modified_date AS DATE) AS VARCHAR) AS created_date,
       is_latest,
       CASE WHEN is_latest THEN NULL
            ELSE CAST(CAST(greatest(coalesce(newer_date, last_modified_date), last_modified_date) AS DATE) AS VARCHAR) END AS noncurrent_since,
       CASE WHEN is_latest THEN 0 ELSE least(newer_nc, ${o.rankCap}) END AS newer_versions,
       CASE WHEN hold = 'ON' THEN 'legal-hold'
            WHEN lock_until IS NULL THEN NULL
            WHEN CAST(CAST(lock_until AS DATE) AS TIMESTAMP) = lock_until THEN CAST(CAST(CAST(lock_until AS DATE) - INTERVAL '1' DAY AS DATE) AS VARCHAR)
            ELSE CAST(CAST(lock_until AS DATE) AS VARCHAR) END AS locked_until,
       CASE WHEN is_latest THEN NULL ELSE head_band END AS head_size_band,
       CASE WHEN is_latest THEN NULL ELSE CAST(CAST(head_date AS DATE) AS VARCHAR) END AS head_created_date,
       is_latest AND data_versions > 1 AS overwritten,
       count(*) AS objects,
       sum(size) AS bytes
FROM ranked
WHERE NOT is_delete_marker AND storage_class IN (${classes})
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;
`;
}
