/**
 * SARIF output against what code scanning needs: a schema of SARIF 2.1.0's required parts (written
 * from GitHub's "SARIF support for code scanning"), plus the cross-references a schema cannot see.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { allRuleMetas } from '../../src/config/known-rules.js';
import { MAX_SARIF_RESULTS, buildSarif, formatSarif } from '../../src/report/sarif.js';
import type { CheckReport } from '../../src/findings/types.js';
import { describeRule, report, syntheticReport } from './fixture.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('uri', (s: string) => URL.canParse(s) && !/\s/.test(s));
// RFC 3986 characters only: a space or a raw '%' sequence that is not an escape fails.
ajv.addFormat('uri-reference', (s: string) => /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-F]{2})*$/.test(s));
const validate = ajv.compile(JSON.parse(readFileSync('test/fixtures/sarif/code-scanning-essentials.schema.json', 'utf8')));

function expectValidSarif(text: string) {
  const log = JSON.parse(text);
  const ok = validate(log);
  expect(validate.errors ?? [], 'SARIF essentials').toEqual([]);
  expect(ok).toBe(true);
  for (const run of log.runs) {
    const rules = run.tool.driver.rules as Array<{ id: string }>;
    expect(new Set(rules.map((r) => r.id)).size, 'rule ids are unique').toBe(rules.length);
    for (const r of run.results) {
      expect(rules[r.ruleIndex]?.id, 'ruleIndex points at the rule named by ruleId').toBe(r.ruleId);
      const region = r.locations[0].physicalLocation.region;
      expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
      if (region.endLine === region.startLine) expect(region.endColumn).toBeGreaterThan(region.startColumn);
    }
  }
  return log;
}

const base = { cwd: '/repo/test/fixtures/reports', root: '/repo' };

describe('sarif', () => {
  it('meets the SARIF 2.1.0 essentials code scanning reads, on the report fixture', () => {
    const log = expectValidSarif(formatSarif(report, { ...base, describeRule }));
    expect(log.runs[0].results).toHaveLength(report.diagnostics.length);
  });

  it('gives every registered rule a complete descriptor (so it keeps holding as rules are added)', () => {
    const metas = allRuleMetas();
    const all: CheckReport = {
      ...report,
      diagnostics: metas.map((m, i) => ({
        ...report.diagnostics[0]!,
        ruleId: m.id,
        severity: m.defaultSeverity,
        line: i + 1,
        endLine: i + 1,
      })),
    };
    const log = expectValidSarif(formatSarif(all, base));
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(metas.map((m) => m.id).sort());
    for (const r of rules) expect(r.helpUri).toMatch(new RegExp(`/docs/rules/${r.id}\\.md$`));
  });

  it('makes artifact URIs relative to the repository root and percent-encodes them', () => {
    const uris = buildSarif(report, base).runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri);
    expect(uris).toContain('test/fixtures/reports/input/100%25%2C%20odd%20name.json');
    expect(uris).toContain('test/fixtures/reports/input/tiered.yaml');
    for (const u of uris) expect(u).not.toMatch(/^(\/|file:|\.\.)/);
  });

  it('falls back to a file: URI for a file outside the root', () => {
    const outside: CheckReport = { ...report, diagnostics: [{ ...report.diagnostics[0]!, file: '../../elsewhere/x y.json' }] };
    const uri = buildSarif(outside, { cwd: '/repo/a/b', root: '/repo/a/b' }).runs[0]!.results![0]!.locations![0]!.physicalLocation!
      .artifactLocation!.uri;
    expect(uri).toBe('file:///repo/elsewhere/x%20y.json');
  });

  it('maps severities to SARIF levels and keeps regions 1-based with an exclusive end', () => {
    const log = buildSarif(syntheticReport({ error: 1, warning: 1, info: 1 }));
    expect(log.runs[0]!.results!.map((r) => r.level)).toEqual(['error', 'warning', 'note']);
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region).toEqual({
      startLine: 1,
      startColumn: 3,
      endLine: 1,
      endColumn: 9,
    });
  });

  it('keeps the most severe results when over the code-scanning cap, and says how many were left out', () => {
    const big = syntheticReport({ warning: MAX_SARIF_RESULTS, error: 5 });
    const run = buildSarif(big).runs[0]!;
    expect(run.results).toHaveLength(MAX_SARIF_RESULTS);
    expect(run.results!.filter((r) => r.level === 'error')).toHaveLength(5);
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.message.text).toMatch(/^5 more results were left out/);
  });

  it('the essentials schema does catch what code scanning refuses', () => {
    const log = buildSarif(report, { ...base, describeRule }) as any;
    delete log.runs[0].tool.driver.rules[0].helpUri;
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    log.runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri = '/abs/path.json';
    expect(validate(log)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath).sort()).toEqual([
      '/runs/0/results/0/locations/0/physicalLocation/region/startLine',
      '/runs/0/results/1/locations/0/physicalLocation/artifactLocation/uri',
      '/runs/0/tool/driver/rules/0',
    ]);
  });

  it('is an empty but valid run when there is nothing to report', () => {
    const log = expectValidSarif(formatSarif(syntheticReport({}), base));
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toEqual([]);
  });
});
