// Writes docs/rules/README.md: every rule with its default severity and one-line description, from
// the rule metadata itself (run with Node 24: npm run docs:rules). A test keeps it up to date.
import './lib/ts-source-hooks.mjs';
import { writeFileSync } from 'node:fs';

const { allRuleMetas } = await import('../src/lint/registry.ts');
const { renderRulesIndex } = await import('../src/lint/rules-index.ts');
writeFileSync(new URL('../docs/rules/README.md', import.meta.url), renderRulesIndex(allRuleMetas()));
console.log('docs/rules/README.md written');
