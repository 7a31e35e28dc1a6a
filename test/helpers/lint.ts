/**
 * Table-driven rule tests in the shape of ESLint's RuleTester: each case is a lifecycle
 * configuration (JSON or YAML text) and the findings one rule must produce on it, with lines.
 */
import { appendFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseText } from '../../src/load/document.js';
import { lintLifecycleDocument } from '../../src/lint/engine.js';
import { describeAws } from '../../src/lint/report-message.js';
import type { Finding, LifecycleRule, TargetFacts } from '../../src/lint/types.js';

export interface ExpectedFinding {
  line: number;
  column?: number;
  /** The id of the rule's message, and (a subset of) the values of its placeholders. */
  messageId?: string;
  data?: Record<string, string | number>;
  /** Substring (or pattern) of the finding as shown: its message, AWS's answer and the fix. */
  message?: string | RegExp;
  severity?: Finding['severity'];
}

export interface RuleCase {
  name: string;
  /** JSON or YAML text; `format` picks the parser (default: json if it starts with '{'). */
  code: string;
  errors?: ExpectedFinding[];
}

/** The finding as a reader sees it: the message, then AWS's answer and the fix. */
export function shown(f: Pick<Finding, 'message' | 'aws' | 'hint'>): string {
  return [f.message, f.aws ? describeAws(f.aws) : undefined, f.hint].filter(Boolean).join(' | ');
}

export function lintText(
  rule: LifecycleRule | undefined,
  code: string,
  file = code.trimStart().startsWith('{') ? 'test.json' : 'test.yaml',
  targets: readonly TargetFacts[] = [],
) {
  const parsed = parseText(file, code);
  if (!parsed.ok)
    throw new Error(`test input does not parse: ${parsed.problem.message} at ${parsed.problem.line}:${parsed.problem.column}`);
  const findings = lintLifecycleDocument(parsed.doc, rule ? { rules: [rule], targets } : { targets });
  return findings.map((f) => ({ ...f, ...parsed.doc.locate(f.pointer, f.reportOnKey) }));
}

/** Asserts that `valid` cases give no finding and `invalid` ones give exactly the listed findings. */
export function checkRule(rule: LifecycleRule, valid: RuleCase[], invalid: RuleCase[], targets: readonly TargetFacts[] = []): void {
  for (const c of valid) {
    const got = lintText(rule, c.code, undefined, targets);
    expect(got, `${c.name}: expected no findings`).toEqual([]);
  }
  for (const c of invalid) {
    const got = lintText(rule, c.code, undefined, targets).sort((a, b) => a.line - b.line || a.column - b.column);
    const want = c.errors ?? [];
    if (process.env.LG_RECORD_MESSAGES) {
      want.forEach((w, i) => {
        const g = got[i];
        if (w.message !== undefined && g)
          appendFileSync(
            process.env.LG_RECORD_MESSAGES!,
            JSON.stringify({
              test: expect.getState().testPath,
              name: c.name,
              index: i,
              line: g.line,
              messageId: g.messageId,
              data: g.data,
              old: String(w.message),
            }) + '\n',
          );
      });
    }
    expect(
      got.map((g) => g.line),
      `${c.name}: lines of findings (messages: ${got.map((g) => g.message).join(' | ')})`,
    ).toEqual(want.map((w) => w.line));
    want.forEach((w, i) => {
      const g = got[i]!;
      if (w.column !== undefined) expect(g.column, `${c.name}: column`).toBe(w.column);
      if (w.messageId !== undefined) expect(g.messageId, `${c.name}: messageId`).toBe(w.messageId);
      if (w.data !== undefined) expect(g.data, `${c.name}: data`).toMatchObject(w.data);
      if (w.message !== undefined) expect(shown(g), `${c.name}: message`).toMatch(w.message);
      expect(g.severity, `${c.name}: severity`).toBe(w.severity ?? rule.meta.defaultSeverity);
      expect(g.ruleId).toBe(rule.meta.id);
    });
  }
}
