/**
 * .tf files are pull-request input: nesting deeper than the loader's limit is a parse-error with a
 * position (no stack overflow), and locals that fan out or refer to themselves are cut off by a step
 * budget and reported as not evaluated.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHcl } from '../../src/iac/hcl/parse.js';
import { evaluate, EMPTY_SCOPE, type Scope } from '../../src/iac/terraform/evaluate.js';
import { MAX_NESTING_DEPTH } from '../../src/load/limits.js';
import { FIXTURES, check } from './helpers.js';

/** The fixture's plan, its resource moved into module.m whose local source is `source`. */
function planInModule(source: string): unknown {
  const plan = JSON.parse(readFileSync(`${FIXTURES}/terraform/module-with-variables/plan.json`, 'utf8'));
  const rc = plan.resource_changes[0];
  rc.address = `module.m.${rc.address}`;
  rc.module_address = 'module.m';
  plan.configuration.root_module = { module_calls: { m: { source, module: plan.configuration.root_module } } };
  return plan;
}

describe('hostile Terraform', () => {
  it('refuses nesting deeper than the limit, at the bracket that crosses it', async () => {
    const r = await parseHcl(`a = ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    expect(r).toEqual({
      ok: false,
      error: { message: `nesting is deeper than ${MAX_NESTING_DEPTH} levels`, line: 1, column: 5 + MAX_NESTING_DEPTH },
    });
    const blocks = await parseHcl(`${'b {\n'.repeat(3000)}${'}\n'.repeat(3000)}`);
    expect(blocks.ok).toBe(false);
  });

  it('stops locals that fan out or refer to themselves, quickly', async () => {
    const lines = [
      'locals {',
      '  a0 = 1',
      ...Array.from({ length: 30 }, (_, i) => `  a${i + 1} = [local.a${i}, local.a${i}, local.a${i}]`),
      '  loop = local.loop',
      '}',
      'x = local.a30',
      'y = local.loop',
    ];
    const parsed = await parseHcl(`${lines.join('\n')}\n`);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const locals = new Map(parsed.file.body.blocks[0]!.body.attributes.map((a) => [a.name, { expr: a.expr, where: 'main.tf' }]));
    const scope: Scope = { ...EMPTY_SCOPE, locals };
    // 3^30 paths without the step budget: the test's own timeout would stop it.
    const [x, y] = parsed.file.body.attributes.map((a) => evaluate(a.expr, scope));
    expect(x!.known).toBe(false);
    expect(y).toMatchObject({ known: false, reason: expect.stringContaining('nests references more than 32 deep') });
  });

  it("follows a plan's local module source only inside the plan's repository", async () => {
    const base = mkdtempSync(join(tmpdir(), 'lifeguard-plan-module-'));
    try {
      const repo = join(base, 'repo');
      mkdirSync(join(repo, '.git'), { recursive: true });
      cpSync(`${FIXTURES}/terraform/module-with-variables`, join(repo, 'modules', 'm'), { recursive: true });
      cpSync(`${FIXTURES}/terraform/module-with-variables`, join(base, 'outside'), { recursive: true });
      const errorFile = async (source: string) => {
        writeFileSync(join(repo, 'plan.json'), JSON.stringify(planInModule(source)));
        const r = await check(join(repo, 'plan.json'));
        return r.report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file);
      };
      expect(await errorFile('./modules/m')).toEqual([join(repo, 'modules/m/main.tf')]);
      // The same module one folder above the repository: the plan's own line, nothing read there.
      expect(await errorFile('../outside')).toEqual([join(repo, 'plan.json')]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
