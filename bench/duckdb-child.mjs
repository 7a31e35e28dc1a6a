// DuckDB building the cohort table from the same CSV.gz files with lifeguard's Athena SQL, in its own
// process so its peak RSS is its own. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [sqlFile, threads, ...files] = process.argv.slice(2);
const started = performance.now();
const db = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const con = await db.connect();
await con.run("SET TimeZone = 'UTC'");
const list = files.map((f) => `'${f}'`).join(', ');
await con.run(
  `CREATE VIEW inventory AS SELECT * FROM read_csv([${list}], header = false, quote = '"', columns = {'bucket': 'VARCHAR', 'key': 'VARCHAR', 'size': 'BIGINT', 'last_modified_date': 'TIMESTAMP', 'e_tag': 'VARCHAR', 'storage_class': 'VARCHAR', 'is_multipart_uploaded': 'VARCHAR', 'replication_status': 'VARCHAR', 'encryption_status': 'VARCHAR'})`,
);
const result = await con.runAndReadAll(readFileSync(sqlFile, 'utf8'));
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, cohorts: result.getRows().length, maxRssKiB: process.resourceUsage().maxRSS }));
