/**
 * Suggestions from fixes, pure: the block replaces whole lines, its fence outlasts any backticks in
 * the file's text, the description's text from the file is inert, and nothing is suggested where
 * the file and the pull request's diff disagree.
 */
import { describe, expect, it } from 'vitest';
import { hunkLines } from '../../src/github/diff-hunks.js';
import { parseText } from '../../src/load/document.js';
import { lintLifecycleDocument } from '../../src/lint/engine.js';
import { resolveFindings } from '../../src/findings/resolve.js';
import { postedKeys, suggestionsFor } from '../../src/report/suggestions.js';

function suggest(text: string, patch = added(text)) {
  const parsed = parseText('rules.yaml', text);
  if (!parsed.ok) throw new Error('fixture');
  const diagnostics = resolveFindings(lintLifecycleDocument(parsed.doc, { fixes: true }), new Map([['rules.yaml', parsed.doc]]));
  return suggestionsFor({
    diagnostics,
    sources: new Map([['rules.yaml', text]]),
    hunks: new Map([['cfg/rules.yaml', hunkLines(patch)]]),
    repoPath: (f) => `cfg/${f}`,
  });
}

function added(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}

// Two rules with one hostile ID; the first has no Filter.
const HOSTILE = [
  'Rules:',
  "  - ID: '@octocat <img src=x> ```'",
  '    Status: Enabled',
  '    Expiration:',
  '      Days: 30',
  '    AbortIncompleteMultipartUpload:',
  '      DaysAfterInitiation: 7',
  "  - ID: '@octocat <img src=x> ```'",
  '    Filter: { Prefix: tmp/ }',
  '    Status: Enabled',
  '    Expiration: { Days: 1 }',
  '',
].join('\n');

describe('suggestions', () => {
  it('fence the replacement with more backticks than it holds, and keep the description inert', () => {
    const [filter, id] = suggest(HOSTILE);
    expect(filter).toMatchObject({ path: 'cfg/rules.yaml', startLine: 7, line: 7 });
    expect(filter!.body).toContain('```suggestion\n      DaysAfterInitiation: 7\n    Filter: {}\n```');
    expect(id).toMatchObject({ startLine: 8, line: 8 });
    // The value keeps the quotes it was written with.
    expect(id!.body).toContain("````suggestion\n  - ID: '@octocat <img src=x> ```-2'\n````");
    // The descriptions quote the ID: escaped, so no mention, no image.
    for (const s of [filter!, id!]) {
      const prose = s.body.slice(0, s.body.indexOf('`'.repeat(3) + 'suggestion'));
      expect(prose).not.toContain('<img');
      expect(prose).not.toMatch(/(^|[^`\w])@octocat/);
    }
    expect(postedKeys([filter!.body, id!.body])).toEqual(new Set([filter!.key, id!.key]));
  });

  it('suggest nothing where the file is not what the diff says (a checkout other than the head)', () => {
    const other = HOSTILE.replace('DaysAfterInitiation: 7', 'DaysAfterInitiation: 8').replace(
      "- ID: '@octocat <img src=x> ```'\n    Filter",
      '- ID: other\n    Filter',
    );
    expect(suggest(HOSTILE, added(other))).toEqual([]);
    expect(suggest(HOSTILE)).toHaveLength(2);
  });

  it('suggest nothing on lines outside the diff', () => {
    const lines = HOSTILE.split('\n');
    expect(suggest(HOSTILE, ['@@ -1,2 +1,2 @@', ` ${lines[0]}`, `+${lines[1]}`].join('\n'))).toEqual([]);
  });
});
