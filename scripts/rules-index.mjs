// Writes docs/rules/README.md (every rule with its default severity, one-line description and the
// day its AWS evidence was last confirmed), and the "Fix" and "Evidence" sections of each rule's page,
// from the rule metadata itself (run with Node 24: npm run docs:rules). Tests keep all of them up to date.
import './lib/ts-source-hooks.mjs';
import { readFileSync, writeFileSync } from 'node:fs';

const { allRuleMetas } = await import('../src/config/known-rules.ts');
const { RETIRED_RULES } = await import('../src/lint/retired.ts');
const { renderRulesIndex } = await import('../src/lint/rules-index.ts');
const { withEvidence } = await import('../src/lint/evidence/render.ts');
writeFileSync(new URL('../docs/rules/README.md', import.meta.url), renderRulesIndex(allRuleMetas()));
console.log('docs/rules/README.md written');
const { withFix } = await import('../src/lint/fixes/render.ts');
for (const m of allRuleMetas()) {
  const page = new URL(`../docs/rules/${m.id}.md`, import.meta.url);
  const before = readFileSync(page, 'utf8');
  const after = withFix(before, m);
  if (after !== before) writeFileSync(page, after);
}
console.log('docs/rules/*.md: fix sections written');
for (const m of [...allRuleMetas(), ...RETIRED_RULES]) {
  if (!m.evidence?.length) continue;
  const page = new URL(`../docs/rules/${m.id}.md`, import.meta.url);
  const before = readFileSync(page, 'utf8');
  const after = withEvidence(before, m.evidence);
  if (after !== before) {
    writeFileSync(page, after);
    console.log(`docs/rules/${m.id}.md: evidence written`);
  }
}
