/**
 * The JSON fast path (ADR 0040) must be invisible: the same data and the same positions as the
 * full YAML path, and every duplicate key still caught.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/load/document.js';
import { hasDuplicateKeys } from '../../src/load/json-fast.js';

const jsonFiles = [
  ...readdirSync('examples')
    .filter((n) => n.endsWith('.json'))
    .map((n) => `examples/${n}`),
  ...readdirSync('test/fixtures/reports/input')
    .filter((n) => n.endsWith('.json') && n !== 'broken.json')
    .map((n) => `test/fixtures/reports/input/${n}`),
];

describe('JSON fast path', () => {
  it('finds duplicate keys at any depth, escaped or not, and only real ones', () => {
    expect(hasDuplicateKeys('{"a": 1, "a": 2}')).toBe(true);
    expect(hasDuplicateKeys('{"Rules": [{"ID": "x", "Filter": {}, "ID": "y"}]}')).toBe(true);
    expect(hasDuplicateKeys('{"a": 1, "\\u0061": 2}')).toBe(true);
    expect(hasDuplicateKeys('{"a\\"b": 1, "a\\"b": 2}')).toBe(true);
    expect(hasDuplicateKeys('{"a": {"b": 1}, "b": {"a": 1}}')).toBe(false);
    expect(hasDuplicateKeys('{"a": ["a", "a", {"a": "a"}], "b": "a"}')).toBe(false);
    expect(hasDuplicateKeys('[{"a": 1}, {"a": 2}]')).toBe(false);
    expect(hasDuplicateKeys('{"k": "{\\"k\\": 1, \\"k\\": 2}"}')).toBe(false);
  });

  for (const file of jsonFiles) {
    it(`${file}: same data and positions as the YAML path`, () => {
      const text = readFileSync(file, 'utf8');
      const fast = parseText(file, text, 'json');
      const full = parseText(file.replace(/\.json$/, '.yaml'), text, 'yaml');
      expect(fast.ok && full.ok).toBe(true);
      if (!fast.ok || !full.ok) return;
      expect(fast.doc.data).toEqual(full.doc.data);
      for (const pointer of pointers(full.doc.data)) {
        expect(fast.doc.locate(pointer), pointer).toEqual(full.doc.locate(pointer));
        expect(fast.doc.locate(pointer, true), pointer).toEqual(full.doc.locate(pointer, true));
      }
    });
  }

  it('still reports a duplicate key in JSON with its position', () => {
    const parsed = parseText('x.json', '{\n  "Rules": [],\n  "Rules": []\n}\n');
    expect(parsed).toEqual({ ok: false, problem: { message: expect.stringMatching(/^duplicate key "Rules"/), line: 3, column: 3 } });
  });
});

function pointers(value: unknown, base = ''): string[] {
  if (value === null || typeof value !== 'object') return [base];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return [base, ...entries.flatMap(([k, v]) => pointers(v, `${base}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
}
