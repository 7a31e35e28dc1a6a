// `npm run bench`: figures for `lifeguard check`, printed, not asserted (the targets are in the
// issue: a folder of 1,000 lifecycle files in under 2 s; the cold start on one file under 300 ms;
// the AWS SDK never loaded for a lint). Runs the committed CLI bundle as a user would.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/cli/index.js');
const FILES = 1000;
const FOLDER_RUNS = 5;
const COLD_RUNS = 15;
const TARGET = { folderMs: 2000, coldMs: 300 };

// A seeded generator, so every run checks the same 1,000 files.
let seed = 0x5eed;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const PREFIXES = [
  'logs/',
  'checkpoints/',
  'models/',
  'datasets/',
  'tmp/',
  'experiments/',
  'exports/',
  'features/',
  'ml/dev/',
  'ml/staging/',
];
const LADDERS = [
  [],
  [[30, 'STANDARD_IA']],
  [
    [30, 'STANDARD_IA'],
    [90, 'GLACIER_IR'],
  ],
  [
    [30, 'STANDARD_IA'],
    [120, 'GLACIER'],
    [365, 'DEEP_ARCHIVE'],
  ],
  [[0, 'INTELLIGENT_TIERING']],
  [[90, 'GLACIER']],
];

function filter(i) {
  const prefix = `${pick(PREFIXES)}team-${i}/`;
  switch (int(0, 3)) {
    case 0:
      return { Prefix: prefix };
    case 1:
      return { Tag: { Key: 'retention', Value: pick(['short', 'medium', 'long']) } };
    case 2:
      return { And: { Prefix: prefix, ObjectSizeGreaterThan: 131072 } };
    default:
      return { Prefix: prefix };
  }
}

function rule(i, faulty) {
  const r = { ID: `rule-${i}`, Filter: filter(i), Status: 'Enabled' };
  const ladder = pick(LADDERS);
  if (ladder.length) r.Transitions = ladder.map(([Days, StorageClass]) => ({ Days, StorageClass }));
  const last = ladder.at(-1)?.[0] ?? 0;
  if (rand() < 0.7) r.Expiration = { Days: last + int(30, 400) };
  if (rand() < 0.3) r.NoncurrentVersionExpiration = { NoncurrentDays: int(1, 90) };
  if (!r.Transitions && !r.Expiration && !r.NoncurrentVersionExpiration) r.Expiration = { Days: int(1, 365) };
  if (!r.Filter.Tag && !r.Filter.And && rand() < 0.3) r.AbortIncompleteMultipartUpload = { DaysAfterInitiation: int(1, 14) };
  if (faulty) {
    // The faults teams ship: Standard-IA too early, a duplicated ID, a lower-case status.
    switch (int(0, 2)) {
      case 0:
        r.Transitions = [{ Days: int(1, 29), StorageClass: 'STANDARD_IA' }];
        if (r.Expiration) r.Expiration.Days = Math.max(r.Expiration.Days, 60);
        break;
      case 1:
        r.ID = 'rule-0';
        break;
      default:
        r.Status = 'enabled';
    }
  }
  return r;
}

function toYaml(value, indent = '') {
  if (Array.isArray(value)) return value.map((v) => `\n${indent}- ${toYaml(v, indent + '  ').trimStart()}`).join('');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) =>
        v && typeof v === 'object' ? `\n${indent}${k}:${toYaml(v, indent + '  ')}` : `\n${indent}${k}: ${JSON.stringify(v)}`,
      )
      .join('');
  }
  return JSON.stringify(value);
}

function generate(dir) {
  let rules = 0;
  let bytes = 0;
  let faulty = 0;
  for (let f = 0; f < FILES; f++) {
    const n = int(1, 30);
    const bad = rand() < 0.1;
    faulty += bad ? 1 : 0;
    const config = { Rules: Array.from({ length: n }, (_, i) => rule(i, bad && i === n - 1)) };
    rules += n;
    const team = join(dir, `team-${String(f % 20).padStart(2, '0')}`);
    mkdirSync(team, { recursive: true });
    const asYaml = rand() < 0.4;
    const body = asYaml
      ? toYaml(config).trimStart() + '\n'
      : JSON.stringify(rand() < 0.2 ? { Bucket: `bucket-${f}`, LifecycleConfiguration: config } : config, null, 2) + '\n';
    const file = join(team, `bucket-${f}.${asYaml ? 'yaml' : 'json'}`);
    writeFileSync(file, body);
    bytes += Buffer.byteLength(body);
  }
  // What else lives in a repository: JSON and YAML that are not lifecycle configurations.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'infra', private: true }, null, 2));
  writeFileSync(join(dir, 'team-00', 'values.yaml'), 'replicas: 3\nimage: app:1.2\n');
  return { rules, bytes, faulty };
}

function time(args, cwd) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(0)} ms`;
const verdict = (ms, target) => (ms < target ? `under the ${target} ms target` : `OVER the ${target} ms target`);

const dir = mkdtempSync(join(tmpdir(), 'lifeguard-bench-'));
try {
  const g = generate(dir);
  // Wall times depend on what else the machine runs: the load average says how busy it was.
  console.log(
    `lifeguard bench: Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `generated ${FILES} lifecycle files (${g.rules} rules, ${(g.bytes / 1024 / 1024).toFixed(1)} MiB, ${g.faulty} with a fault) in ${dir}`,
  );

  // 1. A folder of 1,000 files, wall time of the whole process.
  const runs = Array.from({ length: FOLDER_RUNS }, () => time(['check', '.', '--format', 'json'], dir));
  const report = JSON.parse(runs[0].stdout);
  console.log(
    `check over the folder: median ${fmt(median(runs.map((r) => r.ms)))} of ${FOLDER_RUNS} runs ` +
      `(first ${fmt(runs[0].ms)}, min ${fmt(Math.min(...runs.map((r) => r.ms)))}), ${verdict(median(runs.map((r) => r.ms)), TARGET.folderMs)}; ` +
      `${report.summary.files} files checked, ${report.summary.errors} errors, ${report.summary.warnings} warnings, exit status ${runs[0].status}`,
  );
  const stylish = time(['check', '.'], dir);
  console.log(`  same folder, default stylish output (code frames): ${fmt(stylish.ms)}`);

  // 2. Cold start: a new process per run on one file.
  const one = readdirSync(join(dir, 'team-01')).find((n) => n.endsWith('.json'));
  const cold = Array.from({ length: COLD_RUNS }, () => time(['check', join('team-01', one)], dir).ms);
  const baseline = Array.from({ length: COLD_RUNS }, () => {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  console.log(
    `cold start of check on one file: median ${fmt(median(cold))} of ${COLD_RUNS} spawns (min ${fmt(Math.min(...cold))}, max ${fmt(Math.max(...cold))}), ` +
      `${verdict(median(cold), TARGET.coldMs)}; a bare \`node -e 0\` takes ${fmt(median(baseline))}`,
  );

  // 3. The AWS SDK stays out of the lint path: not in the bundle, and no module of it is loaded.
  // The CLI and the action share one bundle (dist/lib, ADR 0158): what counts is the chunks `check` loads.
  const bundleFiles = readdirSync(join(ROOT, 'dist/lib'));
  const hook = join(dir, 'trace-loads.mjs');
  writeFileSync(
    hook,
    `import { registerHooks } from 'node:module';\nimport { writeSync } from 'node:fs';\n` +
      `const seen = new Set();\nregisterHooks({ load(url, context, next) { seen.add(url); return next(url, context); } });\n` +
      `process.on('exit', () => writeSync(2, '\\nLOADED ' + JSON.stringify([...seen]) + '\\n'));\n`,
  );
  const traced = spawnSync(process.execPath, ['--import', hook, CLI, 'check', join('team-01', one)], { cwd: dir, encoding: 'utf8' });
  const loaded = JSON.parse(/LOADED (.*)/.exec(traced.stderr)?.[1] ?? '[]');
  const sdkLoaded = loaded.filter((u) => /aws-sdk|@smithy|client-s3|client-pricing/.test(u));
  const chunks = loaded.filter((u) => u.startsWith('file:') && u.includes('/dist/')).map((u) => fileURLToPath(u));
  // Module paths, not identifiers: a chunk may name n.S3Client on a lazily imported module.
  // Code of the SDK, not words: a comment may name its package. Its request signer writes this header.
  const sdkInBundle = ['x-amz-content-sha256'].filter((s) => chunks.some((c) => readFileSync(c, 'utf8').includes(s)));
  const cliKiB = (chunks.reduce((n, c) => n + statSync(c).size, 0) / 1024).toFixed(0);
  console.log(
    `AWS SDK in the lint path: ${sdkInBundle.length || sdkLoaded.length ? 'YES' : 'no'} ` +
      `(dist/lib holds ${bundleFiles.length} files; the ${chunks.length} files \`check\` loads, ${cliKiB} KiB, hold no AWS SDK code (its signer): ${sdkInBundle.length === 0}; ` +
      `modules loaded by \`check\`: ${loaded.length}, of them from the SDK: ${sdkLoaded.length})`,
  );
  if (sdkInBundle.length || sdkLoaded.length) process.exitCode = 1;
} finally {
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
}
