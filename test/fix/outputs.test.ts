/**
 * Fixes in the machine-readable reports: the JSON report carries each finding's fixes with offsets
 * and lines, and SARIF gives them as `fixes` whose replacements, made by character offset, turn the
 * file into the fixed one.
 */
import { readFileSync } from 'node:fs';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/load/document.js';
import { lintLifecycleDocument } from '../../src/lint/engine.js';
import { formatJson } from '../../src/report/json.js';
import { buildReport, resolveFindings } from '../../src/findings/resolve.js';
import { formatSarif } from '../../src/report/sarif.js';

const DIR = 'test/fixtures/fixes/deprecated-v1-prefix';
const text = readFileSync(`${DIR}/failing.json`, 'utf8');

function report() {
  const parsed = parseText('failing.json', text);
  if (!parsed.ok) throw new Error('fixture');
  const diagnostics = resolveFindings(lintLifecycleDocument(parsed.doc, { fixes: true }), new Map([['failing.json', parsed.doc]]));
  return buildReport([{ file: 'failing.json', kind: 'lifecycle' }], diagnostics);
}

describe('fixes in the reports', () => {
  it('JSON: each fix with its kind, description and located edits', () => {
    const json = JSON.parse(formatJson(report()));
    const d = json.diagnostics.find((x: { ruleId: string }) => x.ruleId === 'deprecated-v1-prefix');
    expect(d.fixes).toHaveLength(1);
    expect(d.fixes[0]).toMatchObject({
      kind: 'safe',
      description: 'move the rule-level Prefix of all 2 rules into "Filter": {"Prefix": …}',
    });
    const start = text.indexOf('"Prefix": "logs/"');
    expect(d.fixes[0].edits[0]).toEqual({
      file: 'failing.json',
      start,
      end: start + 17,
      replacement: '"Filter": { "Prefix": "logs/" }',
      startLine: 5,
      startColumn: 13,
      endLine: 5,
      endColumn: 30,
    });
  });

  it('SARIF: fixes with artifact changes whose replacements give the fixed file', () => {
    const log = JSON.parse(formatSarif(report(), { cwd: process.cwd(), root: process.cwd() } as never)) as Log;
    const result = log.runs[0]!.results!.find((r) => r.ruleId === 'deprecated-v1-prefix')!;
    const [fix] = result.fixes!;
    expect(fix!.description!.text).toMatch(/^move the rule-level Prefix/);
    expect(fix!.properties).toEqual({ kind: 'safe' });
    const [change] = fix!.artifactChanges;
    expect(change!.artifactLocation.uri).toBe('failing.json');
    let out = text;
    for (const r of [...change!.replacements].reverse())
      out =
        out.slice(0, r.deletedRegion.charOffset!) +
        r.insertedContent!.text! +
        out.slice(r.deletedRegion.charOffset! + r.deletedRegion.charLength!);
    expect(out).toBe(readFileSync(`${DIR}/fixed.json`, 'utf8'));
  });
});
