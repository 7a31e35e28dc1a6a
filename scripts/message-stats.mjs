// Prints statistics of lifeguard's messages (npm run stats:messages): every finding `check` gives on
// the bundled examples, the test fixtures and each rule page's failing example, counted once per rule
// and message. The targets: median under 120 characters, none over 200 (issue 14). Only the message is
// measured: AWS's answer and the fix are separate fields. Runs the built CLI (dist/), so the figures
// are those of what ships; `--json` prints them as one object; `--cli <path>` measures another build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cliAt = process.argv.indexOf('--cli');
const cli = cliAt > 0 ? process.argv[cliAt + 1] : join(root, 'dist/cli/index.js');

function diagnostics(args, cwd) {
  const r = spawnSync(process.execPath, [cli, 'check', ...args, '--format', 'json'], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (!r.stdout) throw new Error(`lifeguard check gave no report: ${r.stderr}`);
  return JSON.parse(r.stdout).diagnostics;
}

// One entry per message a rule can give: its messageId, or for a message not declared by id its text
// with names and numbers taken out; the longest instance of each is measured.
const messages = new Map();
const shape = (d) =>
  d.messageId ??
  d.message
    .replace(/'[^']*'/g, "'…'")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, 'N');
const add = (d) => {
  const key = `${d.ruleId}\u0000${shape(d)}`;
  if ((messages.get(key)?.message.length ?? -1) < d.message.length) messages.set(key, { ruleId: d.ruleId, message: d.message });
};
for (const d of diagnostics(['examples', 'test/fixtures'], root)) add(d);

// Each rule page's failing example, in a folder whose .lifeguard.yml makes it a production target's
// source (the rules that read targets need one).
const dir = mkdtempSync(join(tmpdir(), 'lg-message-stats-'));
const targets = ['targets:'];
for (const name of readdirSync(join(root, 'docs/rules'))) {
  const m = /## Failing example[\s\S]*?```(json|ya?ml)\n([\s\S]*?)```/.exec(readFileSync(join(root, 'docs/rules', name), 'utf8'));
  if (!m) continue;
  const file = `${name.replace(/\.md$/, '')}.${m[1]}`;
  writeFileSync(join(dir, file), m[2]);
  targets.push(`  - {name: t${targets.length}, bucket: b${targets.length}-bucket, stage: production, source: {lifecycle: ${file}}}`);
}
writeFileSync(join(dir, '.lifeguard.yml'), targets.join('\n') + '\n');
for (const d of diagnostics(['.'], dir)) add(d);

const all = [...messages.values()];
const lengths = all.map((m) => m.message.length).sort((a, b) => a - b);
const n = lengths.length;
const median = n === 0 ? 0 : n % 2 ? lengths[(n - 1) / 2] : (lengths[n / 2 - 1] + lengths[n / 2]) / 2;
const figures = {
  messages: n,
  rules: new Set(all.map((m) => m.ruleId)).size,
  median,
  p90: lengths[Math.min(n - 1, Math.floor(0.9 * n))] ?? 0,
  max: lengths.at(-1) ?? 0,
  over120: lengths.filter((l) => l > 120).length,
  over200: lengths.filter((l) => l > 200).length,
};
if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
else {
  console.log(`${figures.messages} distinct messages from ${figures.rules} rules`);
  console.log(`length: median ${figures.median}, 90th percentile ${figures.p90}, longest ${figures.max} characters`);
  console.log(
    `over 120 characters: ${figures.over120} (${Math.round((100 * figures.over120) / Math.max(1, n))}%); over 200: ${figures.over200}`,
  );
  console.log('\nlongest:');
  for (const m of [...all].sort((a, b) => b.message.length - a.message.length).slice(0, 12))
    console.log(`  ${String(m.message.length).padStart(4)}  ${m.ruleId}: ${m.message}`);
  console.log(
    `\ntargets: median under 120 ${figures.median < 120 ? 'met' : 'MISSED'}; none over 200 ${figures.over200 === 0 ? 'met' : 'MISSED'}`,
  );
}
process.exitCode = figures.median < 120 && figures.over200 === 0 ? 0 : 1;
