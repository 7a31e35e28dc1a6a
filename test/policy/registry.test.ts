/**
 * The policy-rule registry contract, like test/rules/registry.test.ts for lifecycle rules: sorted
 * ids, ids matching their metadata, a docs page per id, and each page's own examples behaving as
 * documented (the failing example gets the rule's finding, the passing one gets no finding at all).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRuleMetas } from '../../src/config/known-rules.js';
import { POLICY_COMPILE, POLICY_RULES, POLICY_RULE_METAS, POLICY_SCHEMA } from '../../src/policy/rules/registry.js';
import { checkText } from '../helpers/policy.js';

const ids = Object.keys(POLICY_RULES);

function example(page: string, heading: string): string | undefined {
  const at = page.indexOf(`## ${heading}`);
  if (at < 0) return undefined;
  return /```yaml\n([\s\S]*?)```/.exec(page.slice(at))?.[1];
}

describe('policy rule registry', () => {
  it("is sorted by id and keyed by each rule's own id", () => {
    expect(ids).toEqual([...ids].sort());
    for (const [id, rule] of Object.entries(POLICY_RULES)) expect(rule.meta.id).toBe(id);
  });

  it('is known to configuration and docs through allRuleMetas, with no id shared with another rule', () => {
    const all = allRuleMetas().map((m) => m.id);
    for (const m of POLICY_RULE_METAS) expect(all.filter((id) => id === m.id)).toEqual([m.id]);
  });

  it('has a docs page for every policy finding', () => {
    for (const m of POLICY_RULE_METAS) expect(existsSync(`docs/rules/${m.id}.md`), `docs/rules/${m.id}.md`).toBe(true);
  });

  for (const id of [...ids, POLICY_SCHEMA.id, POLICY_COMPILE.id]) {
    it(`${id}: the docs page's failing example fails and its passing example is clean`, () => {
      const page = readFileSync(`docs/rules/${id}.md`, 'utf8');
      const failing = example(page, 'Failing example');
      const passing = example(page, 'Passing example');
      expect(failing, 'a "## Failing example" with a yaml block').toBeDefined();
      expect(passing, 'a "## Passing example" with a yaml block').toBeDefined();
      expect(checkText(failing!).findings.map((f) => f.ruleId)).toContain(id);
      // The passing example is clean for every rule, including the lint of its compiled output.
      expect(checkText(passing!).findings).toEqual([]);
    });
  }
});
