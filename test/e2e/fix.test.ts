/**
 * `lifeguard check --fix` through the committed CLI bundle, on a copy of examples/: every file AWS
 * would reject is either fixed or still reported, no file gains an error, and a second run changes
 * nothing. `--fix-dry-run` prints the same change as a diff and writes nothing.
 */
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/findings/types.js';
import { ROOT, runCli, tempDir } from './run.js';

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

function report(dir: string): CheckReport {
  return JSON.parse(runCli(['check', '.', '--format', 'json'], dir).stdout) as CheckReport;
}

/** Errors per file and rule. */
function errors(r: CheckReport): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const d of r.diagnostics.filter((x) => x.severity === 'error')) {
    const m = out.get(d.file) ?? new Map<string, number>();
    m.set(d.ruleId, (m.get(d.ruleId) ?? 0) + 1);
    out.set(d.file, m);
  }
  return out;
}

describe("the README's --fix example", () => {
  it('is what the CLI prints on the seed example, and writes nothing', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /```diff\n\$ lifeguard (check [^\n]*)\n([\s\S]*?)```/.exec(readme)!;
    const before = readFileSync(join(ROOT, 'examples/seed-001-stage-rules.yaml'), 'utf8');
    const run = runCli(block[1]!.split(' '), ROOT);
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).toBe(block[2]);
    expect(readFileSync(join(ROOT, 'examples/seed-001-stage-rules.yaml'), 'utf8')).toBe(before);
  });
});

describe('check --fix on examples/', () => {
  let dir: string;
  let original: Map<string, string>;
  let before: CheckReport;

  beforeAll(() => {
    dir = tempDir('lifeguard-fix-');
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
    original = snapshot(dir);
    before = report(dir);
  });

  it('--fix-dry-run prints the changes as a unified diff and writes nothing', () => {
    const run = runCli(['check', '--fix-dry-run', '.'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('--- a/seed-000-tiered-storage.yaml\n+++ b/seed-000-tiered-storage.yaml\n@@ ');
    expect(run.stdout).toContain('+  - ID: abort-incomplete-multipart-uploads\n');
    expect(run.stderr).toMatch(/^lifeguard: \d+ fixes would change \d+ files \(dry run: nothing written\)\.$/m);
    expect(snapshot(dir)).toEqual(original);
  });

  it('--fix fixes what it can, and every file AWS rejects is fixed or still reported, never with a new error', () => {
    const run = runCli(['check', '--fix', '.'], dir);
    expect(run.stderr).toMatch(/^lifeguard: \d+ fixes changed [1-9]\d* files\.$/m);
    const after = report(dir);
    const was = errors(before);
    const now = errors(after);
    expect(was.size, 'examples/ holds files AWS rejects').toBeGreaterThan(0);
    for (const [file, rules] of now) {
      for (const [rule, n] of rules) expect(n, `${file}: ${rule}`).toBeLessThanOrEqual(was.get(file)?.get(rule) ?? 0);
    }
    // What stays rejected is still reported, and the exit status says so.
    for (const [file] of was)
      if (now.has(file)) expect(after.diagnostics.some((d) => d.file === file && d.severity === 'error')).toBe(true);
    expect(run.status).toBe(after.summary.errors > 0 ? 1 : 0);
    // The safe fixes took: no finding with a safe fix is left.
    expect(after.diagnostics.filter((d) => d.fixes?.some((f) => f.kind === 'safe')).map((d) => `${d.file}: ${d.ruleId}`)).toEqual([]);
    // Only lifecycle JSON and YAML files were written.
    const changed = [...snapshot(dir)].filter(([p, text]) => original.get(p) !== text).map(([p]) => p);
    expect(changed.length).toBeGreaterThan(0);
    for (const p of changed) expect(p).toMatch(/\.(json|yaml)$/);
  });

  it('a second --fix changes nothing', () => {
    const once = snapshot(dir);
    const run = runCli(['check', '--fix', '.'], dir);
    expect(run.stderr).toMatch(/^lifeguard: 0 fixes changed 0 files\.$/m);
    expect(snapshot(dir)).toEqual(once);
  });

  it('--fix-type suggestion also applies the suggestions, and says the flags it needs', () => {
    const copy = tempDir('lifeguard-fix-suggest-');
    cpSync(join(ROOT, 'examples', 'seed-001-stage-rules.yaml'), join(copy, 'stage.yaml'));
    const run = runCli(['check', '--fix', '--fix-type', 'suggestion', 'stage.yaml'], copy);
    expect(run.status, run.stderr).toBe(0);
    const text = readFileSync(join(copy, 'stage.yaml'), 'utf8');
    expect(text).toContain('    Expiration:\n      Days: 104\n');
    expect(report(copy).diagnostics.filter((d) => d.ruleId === 'early-deletion-charge')).toEqual([]);
    // A byte-order mark stays where it was.
    writeFileSync(
      join(copy, 'bom.json'),
      '\uFEFF{\n  "Rules": [\n    { "ID": "a", "Status": "Enabled", "Expiration": { "Days": 30 }, "AbortIncompleteMultipartUpload": { "DaysAfterInitiation": 7 } }\n  ]\n}\n',
    );
    expect(runCli(['check', '--fix', 'bom.json'], copy).status).toBe(0);
    expect(readFileSync(join(copy, 'bom.json'), 'utf8')).toBe(
      '\uFEFF{\n  "Rules": [\n    { "ID": "a", "Status": "Enabled", "Expiration": { "Days": 30 }, "AbortIncompleteMultipartUpload": { "DaysAfterInitiation": 7 }, "Filter": {} }\n  ]\n}\n',
    );
    const bad = runCli(['check', '--fix-type', 'suggestion', 'stage.yaml'], copy);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--fix-type needs --fix or --fix-dry-run');
  });
});
