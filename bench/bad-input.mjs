// `npm run bench:bad-input`: the worst case of each class of hostile input at the 5 MiB limit, run
// through the committed CLI bundle as a user would (`lifeguard check FILE`). For each class: the
// median wall time of several runs, the spread (min to max), the peak RSS of the process, and the
// exit status. The targets (issue 12): under 1 s and under 256 MB for every class. Figures are
// printed, not asserted; they depend on what else the machine runs, so the load average is shown.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/cli/index.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LIMIT = 5 * 1024 * 1024;
const TARGET = { ms: 1000, mb: 256 };

/** Fills `head … tail` with `unit` repeated up to just under the size limit. */
function fill(head, unit, tail, sep = '') {
  const room = LIMIT - 16 - head.length - tail.length;
  const n = Math.floor((room + sep.length) / (unit.length + sep.length));
  return head + Array(n).fill(unit).join(sep) + tail;
}

const FAULTY_RULE = (i) =>
  JSON.stringify({
    ID: `r${i % 500}`,
    Filter: { Prefix: 'logs/', Tag: { Key: 'a', Value: 'b' } },
    Status: 'enabled',
    Transitions: [
      { Days: 10, StorageClass: 'GLACIER' },
      { Days: 5, StorageClass: 'STANDARD_IA' },
    ],
    Expiration: { Days: 0, ExpiredObjectDeleteMarker: true },
    NoncurrentVersionExpiration: { NoncurrentDays: 0 },
  });

const CLASSES = [
  ['JSON: a flat list of 2.6 million numbers as Rules', 'flat.json', () => fill('{"Rules":[', '1', ']}', ',')],
  ['JSON: 1.3 million empty rules', 'empty-rules.json', () => fill('{"Rules":[', '{}', ']}', ',')],
  [
    'JSON: one rule with a million transitions',
    'wide-rule.json',
    () => fill('{"Rules":[{"ID":"a","Status":"Enabled","Filter":{},"Transitions":[', '{"Days":1}', ']}]}', ','),
  ],
  [
    'JSON: 500,000 unknown top-level keys',
    'many-keys.json',
    () => {
      let i = 0;
      return fill('{"Rules":[],', 'X', '"z":0}', ',')
        .replace(/X/g, () => `"k${(i++).toString(36)}":0`)
        .slice(0, LIMIT - 64)
        .replace(/,[^,]*$/, '}');
    },
  ],
  ['JSON: a duplicate key after 2.6 million numbers', 'duplicate.json', () => fill('{"Rules":[', '1', '],"Rules":[]}', ',')],
  [
    'JSON: 1,000 rules with every fault, padded',
    'faulty-rules.json',
    () => {
      const body = `{"Rules":[${Array.from({ length: 1000 }, (_, i) => FAULTY_RULE(i)).join(',')}]}`;
      return body + ' '.repeat(LIMIT - 16 - body.length);
    },
  ],
  [
    'JSON: a 5 MiB rule ID',
    'long-id.json',
    () => fill('{"Rules":[{"ID":"', 'a', '","Status":"Enabled","Filter":{},"Expiration":{"Days":1}}]}'),
  ],
  [
    'JSON: nesting 2.6 million brackets deep',
    'deep.json',
    () => {
      const n = Math.floor((LIMIT - 32) / 2);
      return '['.repeat(n) + ']'.repeat(n);
    },
  ],
  ['YAML: a block sequence of 1.3 million items', 'flat.yaml', () => fill('Rules:\n', '- 1\n', '')],
  ['YAML: block sequences nested `- - - …`', 'nested-dash.yaml', () => fill('Rules:\n', '- ', 'x\n')],
  [
    'YAML: mappings nested by indentation',
    'nested-indent.yaml',
    () => {
      let s = 'Rules:\n';
      for (let d = 1; s.length < LIMIT - 20000; d++) s += `${' '.repeat(d)}k${d}:\n`;
      return s;
    },
  ],
  [
    'YAML: billion laughs (deep alias chain)',
    'laughs.yaml',
    () => {
      const l = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      const n = 'abcdefghijklmnop';
      for (let i = 1; i < n.length; i++)
        l.push(
          `${n[i]}: &${n[i]} [${Array(9)
            .fill(`*${n[i - 1]}`)
            .join(',')}]`,
        );
      return l.join('\n') + '\nRules: *p\n';
    },
  ],
  [
    'YAML: one large node aliased many times (wide bomb)',
    'wide-alias.yaml',
    () => {
      const body = `big: &big [${Array(15000).fill('1').join(',')}]\nRules: [${Array(5000).fill('*big').join(',')}]\n`;
      return body + '#'.repeat(LIMIT - 16 - body.length) + '\n';
    },
  ],
  // The largest documents the YAML parser is given: just under MAX_YAML_NODES as the pre-scan counts them.
  [
    'YAML: just under the node limit, block items `- {}`',
    'at-limit-items.yaml',
    () => {
      const body = 'Rules:\n' + '- {}\n'.repeat(13_300);
      return body + '#'.repeat(LIMIT - 16 - body.length) + '\n';
    },
  ],
  [
    'YAML: just under the node limit, block pairs `- k: v`',
    'at-limit-pairs.yaml',
    () => {
      const body = 'Rules:\n' + '- k: v\n'.repeat(13_300);
      return body + '#'.repeat(LIMIT - 16 - body.length) + '\n';
    },
  ],
  [
    'YAML: just under the node limit, one flow list',
    'at-limit-flow.yaml',
    () => {
      const body = `Rules: [${Array(39_900).fill('1').join(',')}]\n`;
      return body + '#'.repeat(LIMIT - 16 - body.length) + '\n';
    },
  ],
  // Not an attack: the largest honest YAML configuration (1,000 rich rules), slow by the parser's cost per node.
  [
    'YAML: 1,000 rules with tags, transitions and noncurrent expiry (an honest worst case)',
    'honest-1000.yaml',
    () => {
      const lines = ['Rules:'];
      for (let i = 0; i < 1000; i++)
        lines.push(
          `  - ID: rule-${i}`,
          '    Status: Enabled',
          '    Filter:',
          '      And:',
          `        Prefix: logs/team-${i}/`,
          '        Tags:',
          '          - Key: retention',
          '            Value: short',
          '    Transitions:',
          '      - Days: 30',
          '        StorageClass: STANDARD_IA',
          '      - Days: 90',
          '        StorageClass: GLACIER',
          '    Expiration:',
          '      Days: 365',
          '    NoncurrentVersionExpiration:',
          '      NoncurrentDays: 30',
        );
      return lines.join('\n') + '\n';
    },
  ],
  ['YAML: one 5 MiB scalar', 'long-scalar.yaml', () => fill('Rules:\n  - ID: ', 'a', '\n    Status: Enabled\n')],
  [
    'bytes: 5 MiB that are not UTF-8',
    'latin1.yaml',
    () => Buffer.from(fill('Rules:\n  - ID: caf', 'e', '\n').replace(/e/g, 'é'), 'latin1'),
  ],
];

const hook = (dir) => {
  const file = join(dir, 'peak-rss.mjs');
  writeFileSync(
    file,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.LG_RSS_FILE, String(process.resourceUsage().maxRSS)));\n`,
  );
  return file;
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'lifeguard-bad-input-'));
try {
  const preload = hook(dir);
  const rssFile = join(dir, 'rss.txt');
  console.log(
    `lifeguard bench:bad-input: Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, ${RUNS} runs per class`,
  );
  console.log(`targets: under ${TARGET.ms} ms and ${TARGET.mb} MB per class at ${(LIMIT / 1024 / 1024).toFixed(0)} MiB\n`);
  const rows = [];
  for (const [name, file, make] of CLASSES) {
    const path = join(dir, file);
    const body = make();
    writeFileSync(path, body);
    const times = [];
    const rss = [];
    let status;
    let first = '';
    for (let i = 0; i < RUNS; i++) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ['--import', preload, CLI, 'check', file], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', LG_RSS_FILE: rssFile },
        maxBuffer: 1024 * 1024 * 1024,
        timeout: 120_000,
      });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      rss.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
      status = r.status ?? r.signal;
      first = (r.stdout.split('\n').find((l) => /\d+:\d+\s{2}(error|warning)/.test(l)) ?? r.stderr.split('\n')[0] ?? '').trim();
    }
    const ms = median(times);
    const mb = Math.max(...rss);
    const ok = ms < TARGET.ms && mb < TARGET.mb;
    rows.push(ok);
    console.log(`${ok ? 'ok  ' : 'OVER'} ${name} (${(Buffer.byteLength(body) / 1024 / 1024).toFixed(2)} MiB)`);
    console.log(
      `     median ${ms.toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}), peak RSS ${mb.toFixed(0)} MB, exit ${status}`,
    );
    console.log(`     ${first.slice(0, 160)}`);
  }
  console.log(`\n${rows.filter(Boolean).length} of ${rows.length} classes under both targets.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
