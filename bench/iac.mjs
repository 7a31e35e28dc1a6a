// `npm run bench:iac`: figures for `lifeguard check` on Terraform, printed, not asserted (issue 15's
// targets: a folder of 1,000 .tf files in under 3 s on two cores; the cold start of `check` on one
// lifecycle JSON file unchanged by the Terraform and CloudFormation readers). Runs the committed CLI
// bundle as a user would; the cold start is compared, spawn for spawn, with the bundle of the
// commit this branch started from (BENCH_BASE, default: the merge base with main).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/cli/index.js');
const FILES = 1000;
const MODULES = 20;
const FOLDER_RUNS = 5;
const COLD_RUNS = 15;
const TARGET_FOLDER_MS = 3000;

let seed = 0x7f15;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const CLASSES = [
  ['STANDARD_IA', 30],
  ['GLACIER_IR', 90],
  ['GLACIER', 180],
  ['DEEP_ARCHIVE', 365],
];

/** One rule as data; rendered both as a Terraform block and as S3 API JSON (the anchor). */
function rule(i, faulty) {
  const ladder = CLASSES.slice(0, int(0, 3));
  const last = ladder.at(-1)?.[1] ?? 0;
  const expiration = faulty ? Math.max(1, last - 10) : last + int(30, 400);
  // Some expirations come from the module's variable (default 400), evaluated like a literal.
  const fromVariable = !ladder.length && rand() < 0.3;
  return {
    id: `rule-${i}`,
    prefix: `${pick(['logs', 'checkpoints', 'models', 'datasets'])}/team-${i}/`,
    ladder,
    expiration: fromVariable ? 400 : expiration,
    fromVariable,
  };
}

function hcl(r) {
  const transitions = r.ladder
    .map(([c, d]) => `\n    transition {\n      days          = ${d}\n      storage_class = "${c}"\n    }\n`)
    .join('');
  const days = r.fromVariable ? 'var.default_days' : String(r.expiration);
  return `  rule {\n    id     = "${r.id}"\n    status = "Enabled"\n\n    filter {\n      prefix = "${r.prefix}"\n    }\n${transitions}\n    expiration {\n      days = ${days}\n    }\n  }\n`;
}

function json(r) {
  const out = { ID: r.id, Status: 'Enabled', Filter: { Prefix: r.prefix } };
  if (r.ladder.length) out.Transitions = r.ladder.map(([c, d]) => ({ Days: d, StorageClass: c }));
  out.Expiration = { Days: r.expiration };
  return out;
}

function generate(dir) {
  let rules = 0;
  let faulty = 0;
  for (let m = 0; m < MODULES; m++) {
    const mod = join(dir, 'tf', `module-${String(m).padStart(2, '0')}`);
    mkdirSync(mod, { recursive: true });
    mkdirSync(join(dir, 'json', `module-${String(m).padStart(2, '0')}`), { recursive: true });
    writeFileSync(
      join(mod, 'variables.tf'),
      'variable "default_days" {\n  type    = number\n  default = 400\n}\n\nvariable "bucket" {\n  type = string\n}\n',
    );
  }
  for (let f = 0; f < FILES - MODULES; f++) {
    const n = int(1, 12);
    const bad = rand() < 0.1;
    faulty += bad ? 1 : 0;
    rules += n;
    const rs = Array.from({ length: n }, (_, i) => rule(i, bad && i === n - 1));
    const mod = `module-${String(f % MODULES).padStart(2, '0')}`;
    writeFileSync(
      join(dir, 'tf', mod, `bucket-${f}.tf`),
      `resource "aws_s3_bucket_lifecycle_configuration" "b${f}" {\n  bucket = var.bucket\n\n${rs.map(hcl).join('\n')}}\n`,
    );
    writeFileSync(join(dir, 'json', mod, `bucket-${f}.json`), `${JSON.stringify({ Rules: rs.map(json) }, null, 2)}\n`);
  }
  return { rules, faulty };
}

function time(cli, args, cwd) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}`;

const dir = mkdtempSync(join(tmpdir(), 'lifeguard-bench-iac-'));
try {
  const g = generate(dir);
  console.log(
    `lifeguard bench:iac: Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `generated ${FILES} .tf files in ${MODULES} module folders (${g.rules} rules, ${g.faulty} files with an Expiration before a Transition) in ${dir}`,
  );

  // The .tf folder, and the same rules as S3 API JSON (an anchor measured in the same run: the load
  // of a shared machine moves both), interleaved.
  const tf = [];
  const anchor = [];
  let report;
  for (let i = 0; i < FOLDER_RUNS; i++) {
    const r = time(CLI, ['check', 'tf', '--format', 'json'], dir);
    report ??= { ...JSON.parse(r.stdout).summary, status: r.status };
    tf.push(r.ms);
    anchor.push(time(CLI, ['check', 'json', '--format', 'json'], dir).ms);
  }
  console.log(
    `check over the .tf folder: median ${median(tf).toFixed(0)} ms of ${FOLDER_RUNS} runs (${spread(tf)}), ${median(tf) < TARGET_FOLDER_MS ? 'under' : 'OVER'} the ${TARGET_FOLDER_MS} ms target; ` +
      `${report.files} files checked, ${report.errors} errors, ${report.warnings} warnings, ${report.infos} infos, exit status ${report.status}`,
  );
  console.log(
    `  the same rules as ${FILES - MODULES} lifecycle JSON files: median ${median(anchor).toFixed(0)} ms (${spread(anchor)}); ratio .tf/JSON ${(median(tf) / median(anchor)).toFixed(2)}`,
  );

  // Cold start on one lifecycle JSON file: this bundle against the base's, interleaved.
  const base = process.env.BENCH_BASE ?? execFileSync('git', ['merge-base', 'HEAD', 'main'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const baseDir = join(dir, 'base');
  mkdirSync(baseDir);
  execFileSync('sh', ['-c', `git -C "${ROOT}" archive ${base} dist | tar -x -C "${baseDir}"`]);
  const json = join(dir, 'one.json');
  writeFileSync(
    json,
    JSON.stringify({ Rules: [{ ID: 'logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } }] }, null, 2),
  );
  const mine = [];
  const theirs = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    mine.push(time(CLI, ['check', json], dir).ms);
    theirs.push(time(join(baseDir, 'dist/cli/index.js'), ['check', json], dir).ms);
  }
  console.log(
    `cold start of check on one lifecycle JSON file: median ${median(mine).toFixed(0)} ms (${spread(mine)}) vs ${median(theirs).toFixed(0)} ms (${spread(theirs)}) for ${base.slice(0, 7)}, ` +
      `ratio ${(median(mine) / median(theirs)).toFixed(2)}, ${COLD_RUNS} interleaved spawns each`,
  );

  // The Terraform and CloudFormation readers stay off the lifecycle-JSON path: no module of theirs is loaded.
  const hook = join(dir, 'trace-loads.mjs');
  writeFileSync(
    hook,
    `import { registerHooks } from 'node:module';\nimport { writeSync } from 'node:fs';\n` +
      `const seen = new Set();\nregisterHooks({ load(url, context, next) { seen.add(url); return next(url, context); } });\n` +
      `process.on('exit', () => writeSync(2, '\\nLOADED ' + JSON.stringify([...seen]) + '\\n'));\n`,
  );
  const loadedBy = (file) => {
    const traced = spawnSync(process.execPath, ['--import', hook, CLI, 'check', file], { cwd: dir, encoding: 'utf8' });
    const urls = JSON.parse(/LOADED (.*)/.exec(traced.stderr)?.[1] ?? '[]').filter((u) => u.startsWith('file:') && u.includes('/dist/'));
    return urls.filter((u) => /tree-sitter|templateUnits|readTerraform/.test(readFileSync(fileURLToPath(u), 'utf8')));
  };
  const onJson = loadedBy(json);
  const onTf = loadedBy(join('tf', 'module-00', 'bucket-0.tf'));
  console.log(
    `IaC readers loaded by check on one lifecycle JSON file: ${onJson.length ? 'YES' : 'no'} (${onJson.length} modules; ${onTf.length} on one .tf file)`,
  );
  if (onJson.length || !onTf.length) process.exitCode = 1;
} finally {
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
}
