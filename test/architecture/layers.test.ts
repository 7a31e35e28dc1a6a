/**
 * The layers of src/ (docs/adr/0155), checked by dependency-cruiser with the repository's own
 * .dependency-cruiser.cjs: the core never imports an edge, and no folder (or module) imports one that imports it back.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = resolve(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: Array<{ name: string }>;
}

/** Runs dependency-cruiser on `src` below `cwd` with the repository's rules; its violations, one line each. */
function violations(cwd: string): string[] {
  const out = execFileSync(process.execPath, [CLI, 'src', '--config', resolve(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = JSON.parse(out) as { summary: { violations: Violation[] } };
  return result.summary.violations.map((v) =>
    v.cycle ? `${v.rule.name}: ${v.from} → ${v.cycle.map((c) => c.name).join(' → ')}` : `${v.rule.name}: ${v.from} → ${v.to}`,
  );
}

describe('layers of src/', () => {
  it('has no import from the core to an edge and no cycle between folders or modules', () => {
    expect(violations(ROOT)).toEqual([]);
  }, 120_000);

  it('rejects a core module importing an edge, and two folders (and modules) importing each other (fixture)', () => {
    expect(violations(resolve(ROOT, 'test/fixtures/layers')).sort()).toEqual([
      'core-imports-edge: src/model/rule.ts → src/pipeline/run.ts',
      'folder-cycle: src/lint → src/policy → src/lint',
      'folder-cycle: src/policy → src/lint → src/policy',
      'module-cycle: src/lint/engine.ts → src/policy/rules.ts → src/lint/engine.ts',
    ]);
  }, 60_000);
});
