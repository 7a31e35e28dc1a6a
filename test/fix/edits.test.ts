/**
 * The edit machinery on the shapes files take: line ends, a missing final line end, one-line
 * objects, flow-style YAML (no edit rather than a rewrite), and the --fix loop's refusal of a fix
 * that would add an error.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/fix/apply.js';
import { unifiedDiff } from '../../src/fix/diff.js';
import { fixerFor } from '../../src/fix/materialize.js';
import type { FixPlan } from '../../src/fix/types.js';
import { parseText } from '../../src/load/document.js';
import { fixText } from '../../src/pipeline/fix.js';

function fix(file: string, text: string, plan: FixPlan): string | undefined {
  const made = fixerFor({ file, text, format: file.endsWith('.json') ? 'json' : 'yaml' })(plan);
  return made ? applyFixes(text, [made]).text : undefined;
}

const addFilter: FixPlan = { kind: 'safe', description: 'add a Filter', changes: [{ op: 'set', pointer: '/Rules/0/Filter', value: {} }] };

describe('JSON edits', () => {
  it('keep CRLF line ends and the indentation of the neighbours', () => {
    const text = '{\r\n\t"Rules": [\r\n\t\t{\r\n\t\t\t"ID": "a",\r\n\t\t\t"Status": "Enabled"\r\n\t\t}\r\n\t]\r\n}\r\n';
    expect(fix('x.json', text, addFilter)).toBe(
      '{\r\n\t"Rules": [\r\n\t\t{\r\n\t\t\t"ID": "a",\r\n\t\t\t"Status": "Enabled",\r\n\t\t\t"Filter": {}\r\n\t\t}\r\n\t]\r\n}\r\n',
    );
  });

  it('add a member to a one-line object on the same line, and work without a final line end', () => {
    expect(fix('x.json', '{"Rules": [{"ID": "a", "Status": "Enabled"}]}', addFilter)).toBe(
      '{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {}}]}',
    );
  });

  it('rename a member in its place and remove one with its separator', () => {
    const text = '{ "Rules": [{ "Prefix": "logs/", "ID": "a", "Filter": {} }] }';
    expect(
      fix('x.json', text, {
        kind: 'safe',
        description: 'move',
        changes: [{ op: 'rename', pointer: '/Rules/0/Prefix', key: 'Filter', value: { Prefix: 'logs/' } }],
      }),
    ).toBe('{ "Rules": [{ "Filter": { "Prefix": "logs/" }, "ID": "a", "Filter": {} }] }');
    expect(fix('x.json', text, { kind: 'safe', description: 'drop', changes: [{ op: 'remove', pointer: '/Rules/0/Prefix' }] })).toBe(
      '{ "Rules": [{ "ID": "a", "Filter": {} }] }',
    );
  });
});

describe('YAML edits', () => {
  it('add a line after the last member when the file has no final line end', () => {
    expect(fix('x.yaml', 'Rules:\n  - ID: a\n    Status: Enabled', addFilter)).toBe(
      'Rules:\n  - ID: a\n    Status: Enabled\n    Filter: {}\n',
    );
  });

  it('give no edit for a rule written as a flow map, rather than rewrite it', () => {
    expect(fix('x.yaml', 'Rules:\n  - { ID: a, Status: Enabled }\n', addFilter)).toBeUndefined();
  });

  it('give no edit to remove the first member of a list item (its line carries the dash)', () => {
    expect(
      fix('x.yaml', 'Rules:\n  - Prefix: logs/\n    ID: a\n', {
        kind: 'safe',
        description: 'drop',
        changes: [{ op: 'remove', pointer: '/Rules/0/Prefix' }],
      }),
    ).toBeUndefined();
  });

  it('keep comments around and inside what it edits', () => {
    const text = 'Rules:\n  # first\n  - ID: a  # the ID\n    Prefix: logs/  # V1\n    Status: Enabled\n# end\n';
    const plan: FixPlan = {
      kind: 'safe',
      description: 'move',
      changes: [{ op: 'rename', pointer: '/Rules/0/Prefix', key: 'Filter', value: { Prefix: 'logs/' } }],
    };
    expect(fix('x.yaml', text, plan)).toBe(
      'Rules:\n  # first\n  - ID: a  # the ID\n    Filter:\n      Prefix: logs/\n    Status: Enabled\n# end\n',
    );
  });
});

describe('the fix loop', () => {
  it('refuses a fix whose result has more errors of some rule than before, and says so', () => {
    const text =
      'Rules:\n  - ID: all\n    Status: Enabled\n    Expiration:\n      Days: 30\n    AbortIncompleteMultipartUpload:\n      DaysAfterInitiation: 7\n';
    const parsed = parseText('x.yaml', text);
    if (!parsed.ok) throw new Error('fixture');
    // With whole-bucket-expiration an error, "Filter": {} on an expiring rule trades one error for another.
    const strict = fixText(parsed.doc, { rules: { 'whole-bucket-expiration': 'error' } }, new Set(['safe']));
    expect(strict.after).toBe(text);
    expect(strict.refused.map((f) => f.description)).toEqual(['add "Filter": {} to rule \'all\'']);
    const plain = fixText(parsed.doc, { rules: {} }, new Set(['safe']));
    expect(plain.after).toContain('    Filter: {}\n');
    expect(plain.refused).toEqual([]);
  });
});

describe('unified diff', () => {
  it('prints hunks with three lines of context, as diff -u does', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n') + '\n';
    const after = ['a', 'b', 'c', 'd', 'E', 'f', 'g', 'h', 'i', 'j', 'k'].join('\n') + '\n';
    // Changes six or fewer lines apart share a hunk; farther apart, each has its own.
    expect(unifiedDiff('x.yaml', before, after)).toBe(
      ['--- a/x.yaml', '+++ b/x.yaml', '@@ -2,9 +2,10 @@', ' b', ' c', ' d', '-e', '+E', ' f', ' g', ' h', ' i', ' j', '+k', ''].join('\n'),
    );
    const far = before.replace('b\n', 'B\n').replace('j\n', 'J\n');
    expect(unifiedDiff('x.yaml', before, far)).toBe(
      [
        '--- a/x.yaml',
        '+++ b/x.yaml',
        '@@ -1,5 +1,5 @@',
        ' a',
        '-b',
        '+B',
        ' c',
        ' d',
        ' e',
        '@@ -7,4 +7,4 @@',
        ' g',
        ' h',
        ' i',
        '-j',
        '+J',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff('x.yaml', before, before)).toBe('');
  });
});
