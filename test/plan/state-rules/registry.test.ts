/**
 * The bucket-state registry: sorted, ids matching metadata, known to .lifeguard.yml, and each docs
 * page's examples behaving as documented on the bucket state the page states.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allRuleMetas, ruleMeta } from '../../../src/config/known-rules.js';
import { STATE_RULES } from '../../../src/plan/state-rules/registry.js';
import { runStateRule } from '../../helpers/state.js';

const ids = Object.keys(STATE_RULES);

function block(page: string, heading: string): string | undefined {
  const at = page.indexOf(`## ${heading}\n`);
  if (at < 0) return undefined;
  return /```yaml\n([\s\S]*?)```/.exec(page.slice(at))?.[1];
}

describe('bucket-state rule registry', () => {
  it("is sorted by id, keyed by each rule's own id, and part of every rule list", () => {
    expect(ids).toEqual([...ids].sort());
    for (const [id, rule] of Object.entries(STATE_RULES)) {
      expect(rule.meta.id).toBe(id);
      expect(ruleMeta(id)).toBe(rule.meta);
      expect(allRuleMetas()).toContain(rule.meta);
    }
  });

  for (const id of ids) {
    it(`${id}: the docs page's failing example fails and its passing example passes on the stated bucket`, () => {
      const page = readFileSync(`docs/rules/${id}.md`, 'utf8');
      const { target, ...state } = parse(block(page, 'Bucket state')!) ?? {};
      const passing = parse(block(page, 'Passing bucket state') ?? block(page, 'Bucket state')!) ?? {};
      const { target: passingTarget, ...passingState } = passing;
      const rule = STATE_RULES[id]!;
      const failing = runStateRule(rule, { name: 'failing', code: block(page, 'Failing example')!, state, target });
      expect(failing.map((f) => f.ruleId)).toContain(id);
      expect(
        runStateRule(rule, { name: 'passing', code: block(page, 'Passing example')!, state: passingState, target: passingTarget }),
      ).toEqual([]);
    });
  }
});
