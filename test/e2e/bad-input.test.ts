/**
 * Bad input, end to end, through the committed CLI bundle as a user runs it. Each case must give
 * one clear line (file:line:column where a position applies), the right exit status (content
 * problems: 1, as an error finding; unreadable, missing path, unknown flag: 2) and no stack trace.
 */
import { mkdirSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_ALIAS_NODES, MAX_FILE_BYTES } from '../../src/load/limits.js';
import { expectNoTrace, runCli, tempDir, type Run } from './run.js';

let dir: string;

const VALID_RULE =
  '{"ID": "a", "Filter": {"Prefix": "tmp/"}, "Status": "Enabled", "Expiration": {"Days": 1}}, {"ID": "b", "Filter": {}, "Status": "Enabled", "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7}}';

beforeAll(() => {
  dir = tempDir('lifeguard-bad-');
  writeFileSync(join(dir, 'empty.json'), '');
  // A PNG header: text at first, then the NUL bytes no text file has.
  writeFileSync(
    join(dir, 'image.json'),
    Buffer.concat([Buffer.from('{"Rules": [\n'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])]),
  );
  // 50 MB of otherwise plausible JSON.
  const big = Buffer.alloc(50 * 1000 * 1000, 0x20);
  big.write(`{"Rules": [${VALID_RULE}`, 0);
  big.write(']}', big.length - 2);
  writeFileSync(join(dir, 'huge.json'), big);
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [prev, name] of [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['d', 'e'],
    ['e', 'f'],
    ['f', 'g'],
    ['g', 'h'],
    ['h', 'i'],
  ]) {
    laughs.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  laughs.push('Rules: *i');
  writeFileSync(join(dir, 'laughs.yaml'), laughs.join('\n') + '\n');
  writeFileSync(
    join(dir, 'dupes.json'),
    `{\n  "Rules": [\n    {\n      "ID": "a",\n      "ID": "b",\n      "Filter": {},\n      "Status": "Enabled",\n      "Expiration": {"Days": 1}\n    }\n  ]\n}\n`,
  );
  writeFileSync(join(dir, 'latin1.yaml'), Buffer.concat([Buffer.from('Rules:\n  - ID: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder', 'ok.json'), `{"Rules": [${VALID_RULE}]}`);
  symlinkSync('gone.json', join(dir, 'folder', 'x.json'));
});

/** The finding lines of the stylish report: "  file:line:column  severity  message  rule". */
function findingLines(run: Run): string[] {
  return run.stdout.split('\n').filter((l) => /^\s+\S.*:\d+:\d+\s{2}(error|warning|info)\s{2}/.test(l));
}

function expectClean(run: Run) {
  expect(expectNoTrace(run.stdout + run.stderr), `stdout: ${run.stdout}\nstderr: ${run.stderr}`).toBeUndefined();
}

describe('bad input, through the CLI bundle', () => {
  const contentCases: Array<[string, string, RegExp]> = [
    ['an empty file', 'empty.json', /^ {2}empty\.json:1:1 {2}error {2}the file is empty\. {2}parse-error$/],
    [
      'a binary file',
      'image.json',
      /^ {2}image\.json:4:1 {2}error {2}the file is binary \(it contains a NUL byte\), not JSON or YAML \(byte 21\)\. {2}parse-error$/,
    ],
    [
      'a 50 MB file',
      'huge.json',
      new RegExp(
        `^ {2}huge\\.json:1:1 {2}error {2}the file is 47\\.7 MiB, over the ${MAX_FILE_BYTES / 1024 / 1024}\\.0 MiB limit for a lifecycle configuration or policy\\. {2}parse-error$`,
      ),
    ],
    [
      'a billion-laughs alias chain',
      'laughs.yaml',
      new RegExp(
        `^ {2}laughs\\.yaml:2:8 {2}error {2}YAML aliases expand to more than ${MAX_ALIAS_NODES.toLocaleString('en-US')} nodes \\(an alias bomb\\); lifeguard refuses to expand them\\. {2}parse-error$`,
      ),
    ],
    [
      'JSON with a duplicate key',
      'dupes.json',
      /^ {2}dupes\.json:5:7 {2}error {2}duplicate key "ID": the same key appears twice in one mapping, and parsers keep only one of them\. {2}parse-error$/,
    ],
    [
      'a file that is not UTF-8',
      'latin1.yaml',
      /^ {2}latin1\.yaml:2:12 {2}error {2}the file is not valid UTF-8 \(byte 19\)\. {2}parse-error$/,
    ],
  ];

  for (const [name, file, line] of contentCases) {
    it(`${name}: one error finding at its position, exit 1`, () => {
      const run = runCli(['check', file], dir);
      expectClean(run);
      expect(run.status).toBe(1);
      const found = findingLines(run);
      expect(found, run.stdout).toHaveLength(1);
      expect(found[0]).toMatch(line);
      expect(run.stderr).toBe('');
    });
  }

  it('an unreadable file in a folder (a dangling symbolic link): named on one line, exit 2, the rest still checked', () => {
    const run = runCli(['check', 'folder'], dir);
    expectClean(run);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('1 file checked: no problems (1 more could not be read).');
    expect(run.stderr).toBe(
      'lifeguard: folder/x.json: is a symbolic link to gone.json, which does not exist\n' +
        'lifeguard: the check is incomplete: 1 path could not be read.\n',
    );
  });

  it('an unreadable file in a folder (no read permission): named on one line, exit 2', () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'secret.json'), `{"Rules": [${VALID_RULE}]}`);
    chmodSync(join(locked, 'secret.json'), 0o000);
    // Root reads through chmod 000, so as root the CLI runs without that power (still root, so the
    // checkout stays reachable when it sits in a folder only root may enter, as a fresh clone in a
    // `mktemp -d` folder does).
    const asRoot = process.getuid?.() === 0;
    const run = runCli(['check', 'locked'], dir, asRoot ? { withoutReadOverride: true } : {});
    expectClean(run);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('lifeguard: locked/secret.json: permission denied: the file cannot be read\n');
  });

  it('an unknown flag: one usage line, exit 2', () => {
    const run = runCli(['check', '--colour', 'folder'], dir);
    expectClean(run);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("lifeguard: unknown option '--colour'. Run 'lifeguard check --help' for usage.\n");
  });

  it('a missing path: one line, exit 2, and no report claiming "no problems"', () => {
    const run = runCli(['check', 'nowhere.json'], dir);
    expectClean(run);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('lifeguard: nowhere.json: no such file or folder\n');
  });

  it('an unknown command, a missing flag value, an unknown format: one line each, exit 2', () => {
    const cases: Array<[string[], string]> = [
      [['lint', '.'], "lifeguard: unknown command 'lint'. Run 'lifeguard --help' for usage.\n"],
      [['check', '--format'], "lifeguard: option '--format' needs a value. Run 'lifeguard check --help' for usage.\n"],
      [
        ['check', '--format', 'xml', '.'],
        "lifeguard: unknown format 'xml'; use one of github, json, markdown, sarif, stylish. Run 'lifeguard check --help' for usage.\n",
      ],
    ];
    for (const [args, stderr] of cases) {
      const run = runCli(args, dir);
      expectClean(run);
      expect([run.status, run.stderr]).toEqual([2, stderr]);
    }
  });

  it('an --output it cannot write: one line, exit 2', () => {
    const run = runCli(['check', 'folder/ok.json', '--output', 'folder/ok.json/report.txt'], dir);
    expectClean(run);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^lifeguard: cannot write folder\/ok\.json\/report\.txt: .+\n$/);
  });

  it('every bad file at once in a folder: each reported, no stack trace, exit 2 (one is unreadable)', () => {
    const run = runCli(['check', '.'], dir);
    expectClean(run);
    expect(run.status).toBe(2);
    const files = findingLines(run).map((l) => l.trim().split(':')[0]);
    // Folder members are reported when they look like lifecycle files (the empty and binary ones do not).
    expect(files).toEqual(expect.arrayContaining(['dupes.json', 'huge.json', 'laughs.yaml', 'latin1.yaml']));
  });
});
