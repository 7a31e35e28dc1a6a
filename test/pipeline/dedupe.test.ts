import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/findings/types.js';
import { dedupe } from '../../src/pipeline/pull-request.js';

const at = (message: string, severity: Diagnostic['severity'] = 'error', line = 18): Diagnostic => ({
  ruleId: 'registry-protection',
  severity,
  message,
  file: 'lifecycle.json',
  line,
  column: 9,
  endLine: line,
  endColumn: 20,
  pointer: '/Rules/1',
  docsUrl: '',
});
const CHECK = "rule 'expire-runs' expires … models/churn/v5/ (churn), which the model registry still references.";
const PLAN = `${CHECK} The listing holds no matching object yet.`;

describe("the pull request's findings, once each", () => {
  it("keeps the plan's finding where the check's says the same words first, at the same place and as severe", () => {
    expect(dedupe([at(CHECK), at(PLAN), at(CHECK)]).map((d) => d.message)).toEqual([PLAN]);
  });

  it('keeps both when they differ in severity or place: folding never makes an error a warning', () => {
    expect(dedupe([at(CHECK, 'error'), at(PLAN, 'warning')]).map((d) => d.severity)).toEqual(['error', 'warning']);
    expect(dedupe([at(CHECK, 'error', 18), at(PLAN, 'error', 19)])).toHaveLength(2);
  });

  it('keeps findings whose messages only share a start that is not a whole message', () => {
    const a = at(`${CHECK.slice(0, 40)} v6`);
    const b = at(`${CHECK.slice(0, 40)} v7`);
    expect(dedupe([a, b])).toHaveLength(2);
  });
});
