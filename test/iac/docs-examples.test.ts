/**
 * Every format page (docs/formats/) and the pages of the IaC rules carry a failing and a passing
 * example; they are checked here as files of their format, so the docs cannot drift from the code.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lifeguard-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function example(page: string, heading: string): { lang: string; code: string } {
  const at = page.indexOf(`## ${heading}`);
  const m = /```(hcl|json|yaml)\n([\s\S]*?)```/.exec(page.slice(at));
  if (at < 0 || !m) throw new Error(`no "## ${heading}" block`);
  return { lang: m[1]!, code: m[2]! };
}

async function run(name: string, e: { lang: string; code: string }) {
  const file = join(dir, `${name}.${e.lang === 'hcl' ? 'tf' : e.lang}`);
  writeFileSync(file, e.code);
  return (await check(file)).report.diagnostics;
}

/** Page, the rule its failing example shows, and whether the passing one is free of every finding. */
const PAGES: Array<[string, string, 'clean' | 'without the rule']> = [
  ['docs/formats/terraform.md', 'expiration-after-transition', 'clean'],
  ['docs/formats/terraform-plan.md', 'expiration-after-transition', 'clean'],
  ['docs/formats/cloudformation.md', 'expiration-after-transition', 'clean'],
  ['docs/formats/cdk.md', 'expiration-after-transition', 'clean'],
  ['docs/rules/iac-invalid.md', 'iac-invalid', 'without the rule'],
  ['docs/rules/iac-dropped-value.md', 'iac-dropped-value', 'clean'],
  ['docs/rules/iac-unknown-value.md', 'iac-unknown-value', 'without the rule'],
];

describe('docs examples of the IaC formats', () => {
  PAGES.forEach(([page, rule, passing], i) => {
    it(`${page}: the failing example gives ${rule}, the passing one is ${passing}`, async () => {
      const text = readFileSync(page, 'utf8');
      expect((await run(`failing-${i}`, example(text, 'Failing example'))).map((d) => d.ruleId)).toContain(rule);
      const found = (await run(`passing-${i}`, example(text, 'Passing example'))).filter((d) => passing === 'clean' || d.ruleId === rule);
      expect(found.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
    });
  });
});
