/**
 * Evidence with dates: every rule that says AWS rejects something records why lifeguard believes it
 * (AWS's model text, its documentation, its answers on record) and when that was last true, in its
 * metadata and on its docs page; the three rows the July 2026 change left open say so.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVIDENCE, MODEL_READ } from '../../src/lint/evidence/records.js';
import { withEvidence } from '../../src/lint/evidence/render.js';
import { lastConfirmed } from '../../src/lint/evidence/types.js';
import { LIFECYCLE_RULES } from '../../src/lint/registry.js';
import { allRuleMetas } from '../../src/config/known-rules.js';
import { RETIRED_RULES } from '../../src/lint/retired.js';
import { parseConfig } from '../../src/config/config.js';
import { parseText } from '../../src/load/document.js';

/** Rules whose messages say AWS rejects (or may reject) the configuration: REJECT and UNVERIFIED catalogue rows. */
const rejecting = Object.values(LIFECYCLE_RULES)
  .map((r) => r.meta)
  // 1.4 and 6.4 are rows AWS accepts: their rules say why lifeguard still objects, not that AWS rejects.
  .filter((m) => m.catalogue.some((row) => /^\d/.test(row) && !['1.4', '2.9', '5.2', '5.3', '6.4'].includes(row)));

/** Rules whose AWS answer is on record only from emulators (each deserves a sandbox test). */
const EMULATORS_ONLY = ['filter-prefix-length', 'filter-tag-count', 'filter-tag-length', 'transition-class-unique'];

describe("evidence in the rules' metadata", () => {
  it('is there for every rule that says AWS rejects something, the compiler and the MFA-delete check', () => {
    const metas = [...rejecting, ...allRuleMetas().filter((m) => ['policy-compile', 'lifecycle-on-mfa-delete-bucket'].includes(m.id))];
    expect(metas.length).toBeGreaterThan(35);
    for (const m of metas) expect(m.evidence?.length, m.id).toBeGreaterThan(0);
  });

  it('comes from AWS itself, with a date, except for the few rules only emulators speak for', () => {
    const undated = rejecting.filter((m) => !lastConfirmed(m.evidence ?? [])).map((m) => m.id);
    const emulatorsOnly = rejecting.filter((m) => (m.evidence ?? []).every((e) => e.kind === 'emulator')).map((m) => m.id);
    expect(emulatorsOnly.sort()).toEqual(EMULATORS_ONLY);
    // Documented by AWS, but no dated source is on record yet.
    expect(undated.filter((id) => !EMULATORS_ONLY.includes(id)).sort()).toEqual([
      'date-days-mixing',
      'expiration-after-transition',
      'noncurrent-expiration-after-transition',
    ]);
  });

  it('has well-formed entries: a date no later than the model was read, no date on an emulator, model sources the tripwire can read', () => {
    for (const [row, list] of Object.entries(EVIDENCE)) {
      for (const e of list) {
        const where = `${row}: ${e.source}`;
        if (e.confirmed !== undefined) {
          expect(e.confirmed, where).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
          expect(e.confirmed <= MODEL_READ, where).toBe(true);
        }
        if (e.kind === 'emulator') expect(e.confirmed, where).toBeUndefined();
        if (e.kind === 'model') expect(e.source, where).toMatch(/^(\w+(\.\w+)?|enum \w+|operation \w+)$/);
        if (e.kind === 'aws-answer' || e.kind === 'docs') expect(e.source, where).toMatch(/^(https:\/\/\S+|[\w.-]+\/[\w.-]+#\d+)/);
        expect(e.quote.trim(), where).not.toBe('');
      }
    }
  });
});

describe('evidence on the docs pages', () => {
  for (const m of [...allRuleMetas(), ...RETIRED_RULES].filter((x) => x.evidence?.length)) {
    it(`docs/rules/${m.id}.md shows the evidence of its metadata (npm run docs:rules)`, () => {
      const page = readFileSync(`docs/rules/${m.id}.md`, 'utf8');
      expect(withEvidence(page, m.evidence!)).toBe(page);
      expect(page).toMatch(/\n## Evidence\n/);
    });
  }

  it.each([
    ['transition-gap', '3b.6'],
    ['noncurrent-transition-days', '3d.3'],
    ['noncurrent-transition-order', '3d.4'],
  ])("%s (%s): the page gives the severity chosen, what was searched and the evidence found since AWS's change", (id, row) => {
    const page = readFileSync(`docs/rules/${id}.md`, 'utf8');
    expect(page).toMatch(/\*\*warning\*\*[^\n]*2026-07-16/);
    expect(page).toContain('**Not confirmed since 2026-07-16**');
    expect(page).toContain('Documentation update for removing the 30 day minimum restriction');
    expect(LIFECYCLE_RULES[id]!.meta.evidence).toEqual(expect.arrayContaining([...EVIDENCE[row]!]));
  });
});

describe('the retired rule', () => {
  it('transition-ia-minimum is gone from the registry and explained to a .lifeguard.yml that still names it', () => {
    expect(Object.keys(LIFECYCLE_RULES)).not.toContain('transition-ia-minimum');
    const parsed = parseText('.lifeguard.yml', 'rules:\n  transition-ia-minimum: warning\n');
    if (!parsed.ok) throw new Error('fixture does not parse');
    const result = parseConfig(parsed.doc, '.');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings.map((f) => [f.ruleId, f.pointer, f.message])).toEqual([
      [
        'config-schema',
        '/rules/transition-ia-minimum',
        'rules: "transition-ia-minimum" was retired: since 2026-07-16 AWS accepts transitions to STANDARD_IA and ONEZONE_IA from day 0; what remains is cost, reported by early-deletion-charge and small-object-transition. Remove it (docs/rules/transition-ia-minimum.md).',
      ],
    ]);
  });
});
