/**
 * Every rule with a fix, on the failing example of its docs page and on the same fault written in
 * the other format: the fix turns the file into test/fixtures/fixes/<rule>/fixed.<ext> byte for
 * byte (only the lines it must, comments and formatting kept), the finding is gone, and no finding
 * of any rule appears that was not there before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/fix/apply.js';
import { parseText } from '../../src/load/document.js';
import { lintLifecycleDocument } from '../../src/lint/engine.js';
import type { Finding } from '../../src/lint/types.js';
import { withFix } from '../../src/lint/fixes/render.js';
import { allRuleMetas } from '../../src/config/known-rules.js';

const DIR = 'test/fixtures/fixes';
const KIND: Record<string, 'safe' | 'suggestion'> = {
  'abort-multipart-missing': 'safe',
  'deprecated-v1-prefix': 'safe',
  'early-deletion-charge': 'suggestion',
  'expiration-after-transition': 'suggestion',
  'filter-or-prefix': 'safe',
  'rule-id-required': 'safe',
  'rule-id-unique': 'safe',
  'small-objects-not-transitioned': 'safe',
  'v1-v2-mixing': 'safe',
};

function lint(file: string, text: string): Finding[] {
  const parsed = parseText(file, text);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problem.message}`);
  return lintLifecycleDocument(parsed.doc, { now: new Date('2026-12-01T00:00:00Z'), fixes: true });
}

function docsExample(id: string): { ext: string; code: string } {
  const page = readFileSync(`docs/rules/${id}.md`, 'utf8');
  const m = /```(json|yaml)\n([\s\S]*?)```/.exec(page.slice(page.indexOf('## Failing example')))!;
  return { ext: m[1]!, code: m[2]! };
}

/** Rule ids with how often each occurs. */
function counts(findings: readonly Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
}

describe('fixes of the rules that have them', () => {
  it('covers exactly the rules whose metadata names a fix, of the kind it names', () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(KIND));
    expect(
      Object.fromEntries(
        allRuleMetas()
          .filter((m) => m.fix)
          .map((m) => [m.id, m.fix!.kind]),
      ),
    ).toEqual(KIND);
  });

  it('every rule page says whether it fixes and how, as its metadata renders it (npm run docs:rules)', () => {
    for (const m of allRuleMetas()) {
      const page = readFileSync(`docs/rules/${m.id}.md`, 'utf8');
      expect(page, m.id).toMatch(/^## Fix$/m);
      expect(withFix(page, m), m.id).toBe(page);
    }
  });

  for (const [id, kind] of Object.entries(KIND)) {
    it(`${id}: the docs page's failing example is the fixture`, () => {
      const { ext, code } = docsExample(id);
      expect(readFileSync(join(DIR, id, `failing.${ext}`), 'utf8')).toBe(code);
    });

    for (const ext of ['json', 'yaml']) {
      it(`${id} (${ext}): the ${kind} fix gives the expected file, and the finding goes without a new one`, () => {
        const file = `failing.${ext}`;
        const text = readFileSync(join(DIR, id, file), 'utf8');
        const before = lint(file, text);
        const own = before.filter((f) => f.ruleId === id);
        expect(own.length, `${id} reports the failing example`).toBeGreaterThan(0);
        const fixes = own.flatMap((f) => f.fixes ?? []);
        expect(fixes.length, 'every finding has a fix').toBe(own.length);
        for (const f of fixes) expect(f.kind).toBe(kind);
        const fixed = applyFixes(text, fixes).text;
        expect(fixed).toBe(readFileSync(join(DIR, id, `fixed.${ext}`), 'utf8'));
        const after = lint(file, fixed);
        expect(after.filter((f) => f.ruleId === id)).toEqual([]);
        const was = counts(before);
        for (const [rule, n] of counts(after)) expect(n, `${rule} after the fix`).toBeLessThanOrEqual(was.get(rule) ?? 0);
      });
    }
  }
});
