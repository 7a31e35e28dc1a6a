/**
 * The AWS documentation's own example configurations (test/fixtures/aws-docs/, sources in its
 * README) give no error, through the whole pipeline and the whole rule registry: as rules land,
 * this keeps checking that none of them rejects what AWS publishes as valid.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LifeguardConfig } from '../../src/config/config.js';
import { LIFECYCLE_RULES } from '../../src/lint/registry.js';
import { runCheck } from '../../src/pipeline/check.js';

const DIR = 'test/fixtures/aws-docs';
const DEFAULTS: LifeguardConfig = { dir: process.cwd(), rules: {}, targets: [], gates: {} };
const fixtures = readdirSync(DIR)
  .filter((n) => n.endsWith('.json'))
  .sort();

describe('the AWS documentation examples', () => {
  it('are all there (a fixture lost is a guard lost)', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(24);
    expect(Object.keys(LIFECYCLE_RULES).length).toBeGreaterThan(0);
  });

  for (const name of fixtures) {
    it(`${name}: no error from any of the registered rules`, async () => {
      const { report, ioErrors } = await runCheck([`${DIR}/${name}`], DEFAULTS);
      expect(ioErrors).toEqual([]);
      expect(report.files).toEqual([{ file: `${DIR}/${name}`, kind: 'lifecycle' }]);
      const errors = report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.ruleId}: ${d.message}`);
      expect(errors).toEqual([]);
    });
  }
});
