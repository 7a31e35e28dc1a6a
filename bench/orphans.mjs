// npm run bench:orphans — `lifeguard orphans --inventory` (dry run) and `lifeguard check` with the
// target's inventory (registry protection with counts) on generated S3 Inventory reports (CSV.gz,
// the cost benchmark's generator): objects per second end to end and peak RSS. Sizes:
// LIFEGUARD_BENCH_SIZES (comma-separated object counts, default 1000000), LIFEGUARD_BENCH_RUNS
// (default 3). Reports are kept in the temp folder between runs.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateInventory } from './generate-inventory.mjs';

const sizes = (process.env.LIFEGUARD_BENCH_SIZES ?? '1000000').split(',').map(Number);
const RUNS = Number(process.env.LIFEGUARD_BENCH_RUNS ?? 3);
const root = join(tmpdir(), 'lifeguard-bench-cost-v2');
mkdirSync(root, { recursive: true });
const AS_OF = Date.parse('2026-01-01T06:00:00Z');

console.log('building the benchmark entry (ncc)…');
const entryDir = join(root, 'orphans-entry');
rmSync(entryDir, { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'bench/orphans-entry.ts', '-o', entryDir, '--quiet'], {
  stdio: 'inherit',
});
const entry = join(entryDir, 'index.js');

// The registry still references 200 of the 400 model runs and 100 of the 400 checkpoint runs.
const registry = [
  'uri',
  ...Array.from({ length: 200 }, (_, i) => `s3://src-bucket/models/prod/model-${i * 2}/`),
  ...Array.from({ length: 100 }, (_, i) => `s3://src-bucket/checkpoints/run-${i * 4}/`),
];

function timed(args, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [entry, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) return reject(new Error(`exit ${code}: ${err}`));
      resolve({ ms: performance.now() - started, rssKiB: Number(/maxRSS_KiB=(\d+)/.exec(err)?.[1] ?? NaN) });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const n of sizes) {
  // The report lives inside the workspace: lifeguard reads no configured path outside the repository (ADR 0136).
  const ws = join(root, `orphans-ws-${n}`);
  const dir = join(ws, 'inventory');
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.log(`generating ${n.toLocaleString('en-US')} objects…`);
    await generateInventory(dir, n, AS_OF);
  }
  mkdirSync(ws, { recursive: true });
  writeFileSync(join(ws, 'registry.csv'), registry.join('\n') + '\n');
  writeFileSync(
    join(ws, 'rules.json'),
    JSON.stringify({ Rules: [{ ID: 'expire-models', Status: 'Enabled', Filter: { Prefix: 'models/' }, Expiration: { Days: 365 } }] }),
  );
  writeFileSync(
    join(ws, '.lifeguard.yml'),
    `targets:\n  - name: arts\n    bucket: src-bucket\n    region: us-east-1\n    source: { lifecycle: rules.json }\n    registry: registry.csv\n    artifactPrefixes: [models/, checkpoints/]\n    inventory: ${dir}\n`,
  );
  for (const [label, args] of [
    ['orphans --inventory (dry run)', ['orphans', '--target', 'arts', '--format', 'json']],
    ['check with the inventory', ['check', 'rules.json']],
  ]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timed(args, ws));
    const ms = median(runs.map((r) => r.ms));
    const rss = Math.max(...runs.map((r) => r.rssKiB));
    console.log(
      `${n.toLocaleString('en-US')} objects, ${label}: median ${(ms / 1000).toFixed(2)} s (${Math.round(n / (ms / 1000)).toLocaleString('en-US')} objects/s), peak RSS ${(rss / 1024).toFixed(0)} MiB [runs: ${runs.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s]`,
    );
  }
}
