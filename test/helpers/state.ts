/**
 * Table-driven tests for bucket-state rules: a lifecycle file (YAML or JSON text), the bucket's
 * state and the target, and the findings one rule must produce, with lines.
 */
import { expect } from 'vitest';
import type { TargetConfig } from '../../src/config/config.js';
import { normalizeRule } from '../../src/model/canonical.js';
import { parseText, type SourceDocument } from '../../src/load/document.js';
import { ruleViews } from '../../src/lint/view.js';
import { locateConfiguration } from '../../src/model/extract.js';
import { checkBucketState } from '../../src/plan/state-rules/registry.js';
import type { StateRule } from '../../src/plan/state-rules/types.js';
import type { BucketState } from '../../src/s3/state.js';

export const PLAIN_BUCKET: BucketState = { bucket: 'b', versioning: 'Never', mfaDelete: false, objectLock: { enabled: false } };

export interface StateCase {
  name: string;
  code: string;
  state?: Partial<BucketState>;
  target?: Partial<TargetConfig>;
  /** Lines (in the lifecycle file, or in .lifeguard.yml when `inConfig`) and message parts. */
  errors?: Array<{ line: number; column?: number; message?: string | RegExp; inConfig?: boolean }>;
}

const CONFIG_TEXT = `targets:
  - name: t
    bucket: b
    stage: production
    immutable: true
    source:
      lifecycle: rules.yaml
`;

export function runStateRule(rule: StateRule, c: StateCase) {
  const parsed = parseText('rules.yaml', c.code);
  if (!parsed.ok) throw new Error(`${c.name}: test input does not parse: ${parsed.problem.message}`);
  const config = parseText('.lifeguard.yml', CONFIG_TEXT);
  if (!config.ok) throw new Error('config fixture does not parse');
  const docs = new Map<string, SourceDocument>([
    ['rules.yaml', parsed.doc],
    ['.lifeguard.yml', config.doc],
  ]);
  const located = locateConfiguration(parsed.doc.data);
  const rules = ruleViews(located.config, located.base).map((view) => ({ view, canonical: normalizeRule(view.raw) }));
  const target: TargetConfig = { name: 't', bucket: 'b', source: { lifecycle: 'rules.yaml' }, ...c.target };
  const findings = checkBucketState(
    {
      target,
      state: { ...PLAIN_BUCKET, ...c.state },
      file: 'rules.yaml',
      base: located.base,
      rules,
      configFile: '.lifeguard.yml',
      targetPointer: '/targets/0',
    },
    {},
    [rule],
  );
  return findings.map((f) => ({ ...f, ...docs.get(f.file)!.locate(f.pointer, f.reportOnKey) }));
}

export function checkStateRule(rule: StateRule, valid: StateCase[], invalid: StateCase[]): void {
  for (const c of valid) expect(runStateRule(rule, c), `${c.name}: expected no findings`).toEqual([]);
  for (const c of invalid) {
    const got = runStateRule(rule, c);
    const want = c.errors ?? [];
    expect(
      got.map((g) => g.line),
      `${c.name}: lines (messages: ${got.map((g) => g.message).join(' | ')})`,
    ).toEqual(want.map((w) => w.line));
    want.forEach((w, i) => {
      const g = got[i]!;
      expect(g.file, `${c.name}: file`).toBe(w.inConfig ? '.lifeguard.yml' : 'rules.yaml');
      if (w.column !== undefined) expect(g.column, `${c.name}: column`).toBe(w.column);
      if (w.message !== undefined) expect(g.message, `${c.name}: message`).toMatch(w.message);
      expect(g.severity).toBe(rule.meta.defaultSeverity);
      expect(g.ruleId).toBe(rule.meta.id);
    });
  }
}
