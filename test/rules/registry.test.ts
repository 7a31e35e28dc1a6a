/**
 * The registry contract: sorted ids, ids matching their metadata, one docs page per rule, and the
 * docs page's own examples behaving as documented (the failing one fails, the passing one passes).
 */
import type { TargetFacts } from '../../src/lint/types.js';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_RULES } from '../../src/lint/registry.js';
import { allRuleMetas } from '../../src/config/known-rules.js';
import { lintText } from '../helpers/lint.js';

const ids = Object.keys(LIFECYCLE_RULES);

function example(page: string, heading: string): { lang: string; code: string } | undefined {
  const at = page.indexOf(`## ${heading}`);
  if (at < 0) return undefined;
  const m = /```(json|yaml)\n([\s\S]*?)```/.exec(page.slice(at));
  return m ? { lang: m[1]!, code: m[2]! } : undefined;
}

describe('rule registry', () => {
  it("is sorted by id and keyed by each rule's own id", () => {
    expect(ids).toEqual([...ids].sort());
    for (const [id, rule] of Object.entries(LIFECYCLE_RULES)) expect(rule.meta.id).toBe(id);
  });

  it('uses kebab-case ids with a one-line description', () => {
    for (const m of allRuleMetas()) {
      expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(m.description).not.toMatch(/\n/);
      expect(m.description.length).toBeGreaterThan(10);
    }
  });

  it('has a docs page for every rule', () => {
    for (const m of allRuleMetas()) expect(existsSync(`docs/rules/${m.id}.md`), `docs/rules/${m.id}.md`).toBe(true);
  });

  for (const id of ids) {
    it(`${id}: the docs page's failing example fails and its passing example passes`, () => {
      const page = readFileSync(`docs/rules/${id}.md`, 'utf8');
      const failing = example(page, 'Failing example');
      const passing = example(page, 'Passing example');
      expect(failing, 'a "## Failing example" with a json or yaml block').toBeDefined();
      expect(passing, 'a "## Passing example" with a json or yaml block').toBeDefined();
      const rule = LIFECYCLE_RULES[id]!;
      const file = (e: { lang: string }) => `example.${e.lang}`;
      const targets = EXAMPLE_TARGETS[id] ?? [];
      expect(lintText(rule, failing!.code, file(failing!), targets).map((f) => f.ruleId)).toContain(id);
      expect(lintText(rule, passing!.code, file(passing!), targets)).toEqual([]);
    });
  }
});

/** The `.lifeguard.yml` target a page's examples are written for (rules that read targets). */
const EXAMPLE_TARGETS: Record<string, TargetFacts[]> = { 'production-expiration': [{ name: 'models-prod', stage: 'production' }] };

describe('docs/rules/README.md', () => {
  it("is the index the rules' metadata renders (npm run docs:rules)", async () => {
    const { renderRulesIndex } = await import('../../src/lint/rules-index.js');
    expect(readFileSync('docs/rules/README.md', 'utf8')).toBe(renderRulesIndex(allRuleMetas()));
  });
});
