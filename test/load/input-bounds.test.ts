/**
 * Hostile shapes within the 5 MiB limit are refused, or checked only up to S3's own limits, in time
 * linear in the input (the figures are in `npm run bench:bad-input`; here, what is said and where).
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/load/document.js';
import { MAX_ALIAS_NODES, MAX_JSON_CONTAINERS, MAX_NESTING_DEPTH, MAX_OBJECT_MEMBERS, MAX_YAML_NODES } from '../../src/load/limits.js';
import { scanYaml } from '../../src/load/yaml-scan.js';
import { lintLifecycle } from '../../src/lint/engine.js';
import { formatStylish } from '../../src/report/stylish.js';
import { buildReport, resolveFindings } from '../../src/findings/resolve.js';

const refused = (file: string, text: string) => {
  const r = parseText(file, text);
  if (r.ok) throw new Error(`${file} was accepted`);
  return r.problem;
};

describe('YAML block structure counts as nesting', () => {
  it('refuses `- - - …` and indentation deeper than the limit, at the level that crosses it', () => {
    const dashes = refused('n.yaml', `Rules:\n${'- '.repeat(200)}x\n`);
    expect(dashes.message).toBe(`nesting is deeper than ${MAX_NESTING_DEPTH} levels`);
    expect(dashes.line).toBe(2);
    let indented = 'Rules:\n';
    for (let d = 1; d <= 100; d++) indented += `${' '.repeat(d)}k${d}:\n`;
    expect(refused('i.yaml', indented).line).toBe(MAX_NESTING_DEPTH + 1);
  });

  it('counts a lifecycle configuration as shallow, and ignores block scalars, comments and quotes', () => {
    const text =
      'Rules:\n  - ID: logs  # - - - - -\n    Status: Enabled\n    Filter:\n      And:\n        Tags:\n          - {Key: a, Value: "- - - ["}\n    Note: |\n      - - - - - - - - - -\n    Expiration: {Days: 1}\n';
    expect(scanYaml(text).depth).toBeLessThanOrEqual(7);
    expect(parseText('ok.yaml', text).ok).toBe(true);
  });

  it('refuses more nodes than the parser handles in time, before parsing', () => {
    const p = refused('big.yaml', `Rules:\n${'- 1\n'.repeat(MAX_YAML_NODES)}`);
    expect(p.message).toMatch(/holds more than 40,000 nodes/);
  });

  it('refuses wide and deep alias bombs by the nodes they would add', () => {
    const wide = `big: &big [${Array(5000).fill('1').join(',')}]\nRules: [*big, *big, *big]\n`;
    const p = refused('wide.yaml', wide);
    expect(p.message).toBe(
      `YAML aliases expand to more than ${MAX_ALIAS_NODES.toLocaleString('en-US')} nodes (an alias bomb); lifeguard refuses to expand them`,
    );
    expect([p.line, p.column]).toEqual([2, 9]);
    // Honest reuse (a few small anchors) is fine.
    expect(parseText('ok.yaml', 'base: &b {Status: Enabled}\nRules:\n  - {<<: *b, ID: a}\n  - {<<: *b, ID: b}\n').ok).toBe(true);
  });
});

describe('JSON shapes', () => {
  it('reports a duplicate key at its position without the YAML parser', () => {
    const p = refused('d.json', `{"Rules": [${Array(1000).fill('1').join(',')}],\n  "Rules": []}`);
    expect(p).toEqual({
      message: 'duplicate key "Rules": the same key appears twice in one mapping, and parsers keep only one of them',
      line: 2,
      column: 3,
    });
  });

  it('refuses more objects and lists, or wider objects, than any of our formats holds', () => {
    expect(
      refused(
        'c.json',
        `{"Rules":[${Array(MAX_JSON_CONTAINERS + 1)
          .fill('{}')
          .join(',')}]}`,
      ).message,
    ).toMatch(/more than 500,000 objects and lists/);
    const wide = `{"Rules": [], ${Array.from({ length: MAX_OBJECT_MEMBERS + 1 }, (_, i) => `"k${i}": 0`).join(', ')}}`;
    expect(refused('w.json', wide)).toMatchObject({ line: 1, column: 1 });
  });

  it('checks only the first 1,000 rules of a huge list, and says so once', () => {
    const text = `{"Rules":[${Array(200_000).fill('1').join(',')}]}`;
    const parsed = parseText('flat.json', text);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const findings = lintLifecycle('flat.json', parsed.doc.data, {});
    expect(findings.length).toBeLessThan(1100);
    expect(findings.find((f) => f.ruleId === 'rules-limit')?.data).toMatchObject({
      count: '200,000',
      checked: ' lifeguard checked the first 1,000 one by one.',
    });
    // Positions come from a scan of what lies before each finding, not a tree of the whole file.
    const diagnostics = resolveFindings(findings, new Map([[parsed.doc.file, parsed.doc]]));
    expect(diagnostics.at(-1)).toMatchObject({ line: 1 });
    const out = formatStylish(buildReport([{ file: 'flat.json', kind: 'lifecycle' }], diagnostics), new Map([['flat.json', text]]));
    // Code frames of a one-line file show a window, not the 400 KB line (nor a caret indent as long).
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThan(400);
  });
});
