// npm run bench:cost — `lifeguard cost` on generated S3 Inventory reports (CSV.gz) of 1M and 10M
// objects: objects per second end to end and peak RSS; and DuckDB building the same cohort table
// from the same files with lifeguard's Athena SQL, with the time ratio. Sizes: LIFEGUARD_BENCH_SIZES
// (comma-separated object counts), LIFEGUARD_BENCH_RUNS (default 3). Generated reports are kept in the temp folder between runs.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateInventory } from './generate-inventory.mjs';

const sizes = (process.env.LIFEGUARD_BENCH_SIZES ?? '1000000,10000000').split(',').map(Number);
const RUNS = Number(process.env.LIFEGUARD_BENCH_RUNS ?? 3);
// Bump the folder's version when the generator changes, so old reports are not reused.
const root = join(tmpdir(), 'lifeguard-bench-cost-v2');
mkdirSync(root, { recursive: true });
const AS_OF = Date.parse('2026-01-01T06:00:00Z');

console.log('building the benchmark entry (ncc)…');
const entryDir = join(root, 'entry');
rmSync(entryDir, { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'bench/cost-entry.ts', '-o', entryDir, '--quiet'], { stdio: 'inherit' });
const entry = join(entryDir, 'index.js');

const current = { Rules: [
  { ID: 'expire-old-checkpoints', Status: 'Enabled', Filter: { Prefix: 'checkpoints/' }, Expiration: { Days: 90 } },
  { ID: 'expire-failed-experiments', Status: 'Enabled', Filter: { Prefix: 'experiments/failed/' }, Expiration: { Days: 14 } },
] };
const proposed = { Rules: [
  { ID: 'tiered-models', Status: 'Enabled', Filter: { Prefix: 'models/' }, Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }, { Days: 90, StorageClass: 'GLACIER_IR' }], Expiration: { Days: 365 } },
  { ID: 'tiered-checkpoints', Status: 'Enabled', Filter: { Prefix: 'checkpoints/' }, Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }, { Days: 120, StorageClass: 'GLACIER_IR' }], Expiration: { Days: 240 } },
  { ID: 'logs-archive', Status: 'Enabled', Filter: { And: { Prefix: 'logs/', ObjectSizeGreaterThan: 0 } }, Transitions: [{ Days: 30, StorageClass: 'GLACIER' }], Expiration: { Days: 400 } },
  { ID: 'expire-failed-experiments', Status: 'Enabled', Filter: { Prefix: 'experiments/failed/' }, Expiration: { Days: 14 } },
  { ID: 'old-versions', Status: 'Enabled', Filter: {}, NoncurrentVersionExpiration: { NoncurrentDays: 7 } },
] };
writeFileSync(join(root, 'current.json'), JSON.stringify(current));
writeFileSync(join(root, 'proposed.json'), JSON.stringify(proposed));
const sqlFile = join(root, 'cohorts.sql');
writeFileSync(sqlFile, execFileSync(process.execPath, [entry, 'sql', join(root, 'proposed.json'), join(root, 'current.json')]));

function timed(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`exit ${code}: ${err}`));
      else resolve({ seconds: (performance.now() - started) / 1000, out, err });
    });
  });
}

for (const n of sizes) {
  const dir = join(root, `inventory-${n}`);
  if (!existsSync(join(dir, 'manifest.json'))) {
    const t0 = performance.now();
    process.stdout.write(`generating ${n.toLocaleString('en-US')} objects… `);
    await generateInventory(dir, n, AS_OF);
    console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const gz = manifest.files.reduce((s, f) => s + f.size, 0);
  // The machine may be shared: each side runs RUNS times, alternating, and the fastest run counts
  // (the one least disturbed); the median is printed too.
  const lgRuns = [];
  const duckRuns = [];
  for (let i = 0; i < RUNS; i++) {
    const lg = await timed([entry, 'cost', '--proposed', join(root, 'proposed.json'), '--current', join(root, 'current.json'), '--inventory', dir, '--region', 'us-east-1', '--months', '12', '--growth', 'observed', '--format', 'json']);
    JSON.parse(lg.out);
    lgRuns.push({ seconds: lg.seconds, rss: Number(/BENCH maxRSS_KiB=(\d+)/.exec(lg.err)[1]) / 1024 });
    const duck = await timed(['bench/duckdb-child.mjs', sqlFile, '2', ...manifest.files.map((f) => join(dir, f.key))]);
    const d = JSON.parse(duck.out);
    duckRuns.push({ seconds: duck.seconds, rss: d.maxRssKiB / 1024, cohorts: d.cohorts });
  }
  const best = (runs) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const median = (runs) => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)].seconds;
  const lg = best(lgRuns);
  const duck = best(duckRuns);
  const rss = Math.max(...lgRuns.map((r) => r.rss));
  console.log(
    `${n.toLocaleString('en-US').padStart(12)} objects (${(gz / 2 ** 20).toFixed(0)} MiB gzip): lifeguard cost ${lg.seconds.toFixed(2)} s (median ${median(lgRuns).toFixed(2)} s) = ${(n / lg.seconds / 1e6).toFixed(2)} M objects/s, peak RSS ${rss.toFixed(0)} MiB | ` +
      `DuckDB cohort table (2 threads) ${duck.seconds.toFixed(2)} s (median ${median(duckRuns).toFixed(2)} s), peak RSS ${Math.max(...duckRuns.map((r) => r.rss)).toFixed(0)} MiB, ${duck.cohorts} cohorts | time ratio lifeguard/DuckDB ${(lg.seconds / duck.seconds).toFixed(2)}`,
  );
}
console.log('\ntargets: ≥ 1 M objects/s end to end, peak RSS < 300 MiB at 10M objects, no slower than DuckDB (ratio ≤ 1).');
