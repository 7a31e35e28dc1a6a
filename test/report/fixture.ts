/**
 * The shared result fixture: a CheckReport produced by the real pipeline over
 * test/fixtures/reports/input (scripts/update-report-fixture.mjs), with the rule metadata of that
 * run, so formatter snapshots move only when the fixture is regenerated.
 */
import { readFileSync } from 'node:fs';
import type { RuleMeta } from '../../src/lint/types.js';
import type { CheckReport, Diagnostic } from '../../src/findings/types.js';

export const FIXTURE_DIR = 'test/fixtures/reports';

export const report: CheckReport = JSON.parse(readFileSync(`${FIXTURE_DIR}/check-report.json`, 'utf8'));
const rules: RuleMeta[] = JSON.parse(readFileSync(`${FIXTURE_DIR}/rules.json`, 'utf8'));
export const describeRule = (id: string) => rules.find((r) => r.id === id);

/** Source texts by the report's file names, for code frames. */
export const sources = new Map(report.files.map((f) => [f.file, readFileSync(`${FIXTURE_DIR}/${f.file}`, 'utf8')] as const));

/** A report of `n` findings per severity, for budgets and caps. */
export function syntheticReport(counts: Partial<Record<Diagnostic['severity'], number>>): CheckReport {
  const diagnostics: Diagnostic[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    for (let i = 0; i < (counts[severity] ?? 0); i++) {
      diagnostics.push({
        ruleId: 'expiration-one-of',
        severity,
        message: `${severity} number ${i + 1}`,
        file: `configs/bucket-${severity}.json`,
        line: i + 1,
        column: 3,
        endLine: i + 1,
        endColumn: 9,
        pointer: `/Rules/${i}/Expiration/ExpiredObjectDeleteMarker`,
        docsUrl: 'https://example.invalid/docs/expiration-one-of.md',
      });
    }
  }
  const n = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  return {
    version: 1,
    files: ['error', 'warning', 'info'].map((s) => ({ file: `configs/bucket-${s}.json`, kind: 'lifecycle' as const })),
    diagnostics,
    summary: { errors: n('error'), warnings: n('warning'), infos: n('info'), files: 3 },
  };
}
