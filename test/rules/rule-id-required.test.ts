import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/load/document.js';
import { lintLifecycleDocument } from '../../src/lint/engine.js';
import { ruleIdRequired } from '../../src/lint/rules/rule-id-required.js';
import { checkRule } from '../helpers/lint.js';

const rules = (...ids: Array<string | undefined>) =>
  JSON.stringify(
    {
      Rules: ids.map((id) => ({
        ...(id === undefined ? {} : { ID: id }),
        Status: 'Enabled',
        Filter: { Prefix: 'logs/' },
        Expiration: { Days: 30 },
      })),
    },
    null,
    2,
  );

describe('rule-id-required (1.4)', () => {
  it('accepts rules that all have an ID', () => {
    checkRule(ruleIdRequired, [{ name: 'two IDs', code: rules('a', 'b') }], []);
  });

  it('reports a rule without an ID and one with an empty ID, saying why lifeguard needs it', () => {
    checkRule(
      ruleIdRequired,
      [],
      [
        {
          name: 'missing and empty',
          code: rules('a', undefined, ''),
          errors: [
            { line: 13, column: 5, messageId: 'missing', data: { rule: 'rule #2' } },
            { line: 23, messageId: 'empty', data: { rule: 'rule #3' } },
          ],
        },
      ],
    );
  });

  it('is an error by default and goes when configured off', () => {
    const parsed = parseText('t.json', rules(undefined));
    if (!parsed.ok) throw new Error('fixture');
    const byDefault = lintLifecycleDocument(parsed.doc).filter((f) => f.ruleId === 'rule-id-required');
    expect(byDefault.map((f) => [f.severity, f.messageId])).toEqual([['error', 'missing']]);
    expect(byDefault[0]!.message).toBe('rule #1 has no ID: AWS accepts that, but lifeguard pairs rules with the live bucket by ID');
    expect(byDefault[0]!.aws).toBeUndefined();
    expect(byDefault[0]!.hint).toMatch(/random/);
    const off = lintLifecycleDocument(parsed.doc, { severities: { 'rule-id-required': 'off' } }).filter(
      (f) => f.ruleId === 'rule-id-required',
    );
    expect(off).toEqual([]);
  });
});
