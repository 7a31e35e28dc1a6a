/**
 * Seed 002's checkpoint rule as the Terraform the seed prints gets, at the .tf lines holding those
 * values, the same findings as its JSON form (examples/seed-002-terraform-ml-data.json), whatever
 * the lifecycle rules say about them today.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { runCheck } from '../../src/pipeline/check.js';
import { ROOT } from '../e2e/run.js';

describe('seed 002 in Terraform', () => {
  it('gets the findings of its JSON form, at the lines of the .tf attributes, naming the resource', async () => {
    const loaded = await loadConfig(undefined, ROOT);
    if (!loaded.ok) throw new Error('config');
    const json = await runCheck(['examples/seed-002-terraform-ml-data.json'], loaded.config, ROOT);
    const tf = await runCheck(['examples/terraform/seed-002-ml-data.tf'], loaded.config, ROOT);
    const key = (d: { ruleId: string; severity: string }) => `${d.severity} ${d.ruleId}`;
    expect(json.report.diagnostics.length).toBeGreaterThan(0);
    expect(tf.report.diagnostics.map(key).sort()).toEqual(json.report.diagnostics.map(key).sort());
    const text = tf.sources.get('examples/terraform/seed-002-ml-data.tf')!.split('\n');
    for (const d of tf.report.diagnostics) {
      const twin = json.report.diagnostics.find((j) => j.ruleId === d.ruleId && d.message.endsWith(j.message.replace(/^rule /, 'rule ').replace(/^the configuration/, '')))!;
      expect(twin, `${d.ruleId}: ${d.message}`).toBeDefined();
      expect(d.message.startsWith('aws_s3_bucket_lifecycle_configuration.ml_data')).toBe(true);
      // The JSON finding's value is on the .tf line the Terraform finding points at.
      const jsonLine = json.sources.get('examples/seed-002-terraform-ml-data.json')!.split('\n')[json.report.diagnostics.find((j) => j === twin)!.line - 1]!;
      const tfLine = text[d.line - 1]!;
      const value = /"Days": (\d+)/.exec(jsonLine.slice(twin.column - 10));
      if (value) expect(tfLine).toMatch(new RegExp(`days\\s*=\\s*${value[1]}\\b`));
    }
    expect(tf.report.summary.errors).toBe(json.report.summary.errors);
  });
});
