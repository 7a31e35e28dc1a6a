/**
 * Policy test helpers: parse a policy from text, run the policy pipeline, and give findings with the
 * lines and columns the formatters would print (through the same resolver).
 */
import { expect } from 'vitest';
import { parseText } from '../../src/load/document.js';
import type { Finding } from '../../src/lint/types.js';
import { checkPolicy, type PolicyCheckOptions } from '../../src/policy/check-policy.js';
import { policyFromData, type Policy } from '../../src/policy/model.js';
import type { PolicyRule } from '../../src/policy/rules/types.js';
import { shown, type ExpectedFinding } from './lint.js';

/** Four lines, so the first stage line of a test policy is line 5 (`stages:`). */
export const HEAD = 'apiVersion: lifeguard/v1\nkind: RetentionPolicy\nmetadata: { name: p }\nbucket: { name: test-bucket }\n';

export function parsePolicy(text: string, file = 'policy.yaml') {
  const parsed = parseText(file, text);
  if (!parsed.ok) throw new Error(`test policy does not parse: ${parsed.problem.message} at ${parsed.problem.line}`);
  return parsed.doc;
}

export function modelOf(text: string): Policy {
  return policyFromData(parsePolicy(text).data);
}

export type Located = Finding & { line: number; column: number };

export function checkText(text: string, options: PolicyCheckOptions = {}, file = 'policy.yaml') {
  const doc = parsePolicy(text, file);
  const result = checkPolicy(file, doc.data, options);
  const located: Located[] = result.findings
    .map((f) => ({ ...f, ...doc.locate(f.pointer, f.reportOnKey) }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return { ...result, located };
}

/** ESLint-style table test of one policy rule: valid cases give none of its findings, invalid ones exactly these. */
export function checkPolicyRule(
  rule: PolicyRule,
  valid: Array<{ name: string; code: string }>,
  invalid: Array<{ name: string; code: string; errors: ExpectedFinding[] }>,
): void {
  const run = (code: string) =>
    checkText(code, { policyRules: [rule], lifecycleRules: [] }).located.filter((f) => f.ruleId === rule.meta.id);
  for (const c of valid) expect(run(c.code), `${c.name}: expected no findings`).toEqual([]);
  for (const c of invalid) {
    const got = run(c.code);
    expect(
      got.map((g) => g.line),
      `${c.name}: lines (messages: ${got.map((g) => g.message).join(' | ')})`,
    ).toEqual(c.errors.map((e) => e.line));
    c.errors.forEach((w, i) => {
      const g = got[i]!;
      if (w.column !== undefined) expect(g.column, `${c.name}: column`).toBe(w.column);
      if (w.messageId !== undefined) expect(g.messageId, `${c.name}: messageId`).toBe(w.messageId);
      if (w.data !== undefined) expect(g.data, `${c.name}: data`).toMatchObject(w.data);
      if (w.message !== undefined) expect(shown(g), `${c.name}: message`).toMatch(w.message);
      expect(g.severity, `${c.name}: severity`).toBe(w.severity ?? rule.meta.defaultSeverity);
    });
  }
}
