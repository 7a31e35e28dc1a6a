// npm run bench:cost — `lifeguard cost` on generated S3 Inventory reports (CSV.gz): a one-file report
// and an eight-file one, against DuckDB building the same cohort table from the same files with
// lifeguard's Athena SQL, in the same run, with the same number of threads. Each side runs RUNS
// times, alternating; the median, the spread (min–max), objects/s at the median, peak RSS and the
// ratio of medians are printed (never a best-of).
// Env: LIFEGUARD_BENCH_ONE (objects in the one-file report, default 2,000,000), LIFEGUARD_BENCH_EIGHT
// (objects in the eight-file report, default 10,000,000), LIFEGUARD_BENCH_RUNS (default 5),
// LIFEGUARD_BENCH_THREADS (default: the machine's cores). Reports are kept in the temp folder.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateInventory } from './generate-inventory.mjs';

const ONE = Number(process.env.LIFEGUARD_BENCH_ONE ?? 2_000_000);
const EIGHT = Number(process.env.LIFEGUARD_BENCH_EIGHT ?? 10_000_000);
const RUNS = Number(process.env.LIFEGUARD_BENCH_RUNS ?? 5);
const THREADS = Number(process.env.LIFEGUARD_BENCH_THREADS ?? availableParallelism());
// Bump the folder's version when the generator changes, so old reports are not reused.
const root = join(tmpdir(), 'lifeguard-bench-cost-v3');
mkdirSync(root, { recursive: true });
const AS_OF = Date.parse('2026-01-01T06:00:00Z');

console.log('building the benchmark entry (ncc)…');
const entryDir = join(root, 'entry');
rmSync(entryDir, { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'bench/cost-entry.ts', '-o', entryDir, '--quiet'], {
  stdio: 'inherit',
});
const entry = join(entryDir, 'index.js');

const current = {
  Rules: [
    { ID: 'expire-old-checkpoints', Status: 'Enabled', Filter: { Prefix: 'checkpoints/' }, Expiration: { Days: 90 } },
    { ID: 'expire-failed-experiments', Status: 'Enabled', Filter: { Prefix: 'experiments/failed/' }, Expiration: { Days: 14 } },
  ],
};
const proposed = {
  Rules: [
    {
      ID: 'tiered-models',
      Status: 'Enabled',
      Filter: { Prefix: 'models/' },
      Transitions: [
        { Days: 30, StorageClass: 'STANDARD_IA' },
        { Days: 90, StorageClass: 'GLACIER_IR' },
      ],
      Expiration: { Days: 365 },
    },
    {
      ID: 'tiered-checkpoints',
      Status: 'Enabled',
      Filter: { Prefix: 'checkpoints/' },
      Transitions: [
        { Days: 30, StorageClass: 'STANDARD_IA' },
        { Days: 120, StorageClass: 'GLACIER_IR' },
      ],
      Expiration: { Days: 240 },
    },
    {
      ID: 'logs-archive',
      Status: 'Enabled',
      Filter: { And: { Prefix: 'logs/', ObjectSizeGreaterThan: 0 } },
      Transitions: [{ Days: 30, StorageClass: 'GLACIER' }],
      Expiration: { Days: 400 },
    },
    { ID: 'expire-failed-experiments', Status: 'Enabled', Filter: { Prefix: 'experiments/failed/' }, Expiration: { Days: 14 } },
    { ID: 'old-versions', Status: 'Enabled', Filter: {}, NoncurrentVersionExpiration: { NoncurrentDays: 7 } },
  ],
};
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

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)} s`;
const M = (n) => `${(n / 1e6).toFixed(2)} M`;

const results = [];
for (const [label, n, files] of [
  ['one file', ONE, 1],
  ['eight files', EIGHT, 8],
]) {
  const dir = join(root, `inventory-${n}-${files}`);
  if (!existsSync(join(dir, 'manifest.json'))) {
    const t0 = performance.now();
    process.stdout.write(`generating ${n.toLocaleString('en-US')} objects in ${files} file(s)… `);
    await generateInventory(dir, n, AS_OF, files);
    console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const gz = manifest.files.reduce((s, f) => s + f.size, 0);
  const lg = [];
  const duck = [];
  let cohorts = 0;
  const load = [];
  for (let i = 0; i < RUNS; i++) {
    load.push(loadavg()[0]);
    const a = await timed([
      entry,
      'cost',
      '--proposed',
      join(root, 'proposed.json'),
      '--current',
      join(root, 'current.json'),
      '--inventory',
      dir,
      '--region',
      'us-east-1',
      '--months',
      '12',
      '--growth',
      'observed',
      '--format',
      'json',
      '--threads',
      String(THREADS),
    ]);
    JSON.parse(a.out);
    lg.push({ seconds: a.seconds, rss: Number(/BENCH maxRSS_KiB=(\d+)/.exec(a.err)[1]) / 1024 });
    const b = await timed(['bench/duckdb-child.mjs', sqlFile, String(THREADS), ...manifest.files.map((f) => join(dir, f.key))]);
    const d = JSON.parse(b.out);
    duck.push({ seconds: b.seconds, rss: d.maxRssKiB / 1024 });
    cohorts = d.cohorts;
  }
  const lgMedian = median(lg.map((r) => r.seconds));
  const duckMedian = median(duck.map((r) => r.seconds));
  const row = {
    label,
    objects: n,
    files,
    gzipMiB: gz / 2 ** 20,
    lifeguard: {
      median: lgMedian,
      spread: spread(lg.map((r) => r.seconds)),
      perSecond: n / lgMedian,
      peakRssMiB: Math.max(...lg.map((r) => r.rss)),
    },
    duckdb: {
      median: duckMedian,
      spread: spread(duck.map((r) => r.seconds)),
      perSecond: n / duckMedian,
      peakRssMiB: Math.max(...duck.map((r) => r.rss)),
    },
    ratio: lgMedian / duckMedian,
    cohorts,
    load: median(load),
  };
  results.push(row);
  console.log(
    `${label.padEnd(11)} ${n.toLocaleString('en-US').padStart(11)} objects (${row.gzipMiB.toFixed(0)} MiB gzip), ${THREADS} threads, ${RUNS} runs, load ${row.load.toFixed(1)}:\n` +
      `  lifeguard cost   median ${lgMedian.toFixed(2)} s (${row.lifeguard.spread}) = ${M(row.lifeguard.perSecond)} objects/s, peak RSS ${row.lifeguard.peakRssMiB.toFixed(0)} MiB\n` +
      `  DuckDB cohorts   median ${duckMedian.toFixed(2)} s (${row.duckdb.spread}) = ${M(row.duckdb.perSecond)} objects/s, peak RSS ${row.duckdb.peakRssMiB.toFixed(0)} MiB, ${cohorts} cohorts\n` +
      `  time ratio lifeguard/DuckDB ${row.ratio.toFixed(2)}`,
  );
}
console.log(
  '\ntargets: ≥ 1.5 M objects/s on eight files and ≥ 1 M on one file (two cores), time ratio ≤ 1.0 for both, peak RSS < 300 MiB at 10M objects.',
);
if (process.env.LIFEGUARD_BENCH_JSON) writeFileSync(process.env.LIFEGUARD_BENCH_JSON, JSON.stringify(results, null, 2));
