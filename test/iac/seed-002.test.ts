/**
 * Seed 002's checkpoint rules, as the Terraform the seed prints (examples/terraform/), get the same
 * findings as their JSON form (examples/seed-002-terraform-ml-data.json), whatever the lifecycle
 * rules say about them today, each at the .tf line that holds the value and naming the resource.
 */
import { describe, expect, it } from 'vitest';
import { name } from '../../src/iac/lint-units.js';
import { check } from './helpers.js';

const JSON_FILE = 'examples/seed-002-terraform-ml-data.json';
const TF_FILE = 'examples/terraform/seed-002-ml-data.tf';
const SUBJECT = 'aws_s3_bucket_lifecycle_configuration.ml_data';

describe('seed 002 in Terraform', () => {
  it('gets the findings of its JSON form, at the lines of the .tf attributes', async () => {
    const json = await check(JSON_FILE);
    const tf = await check(TF_FILE);
    expect(json.report.diagnostics.length).toBeGreaterThan(0);
    const expected = json.report.diagnostics.map((d) => `${d.severity} ${d.ruleId} ${name(SUBJECT, d.message)}`).sort();
    expect(tf.report.diagnostics.map((d) => `${d.severity} ${d.ruleId} ${d.message}`).sort()).toEqual(expected);
    expect(tf.report.summary).toEqual({ ...json.report.summary });

    const jsonLines = json.sources.get(JSON_FILE)!.split('\n');
    const tfLines = tf.sources.get(TF_FILE)!.split('\n');
    for (const d of json.report.diagnostics) {
      const twin = tf.report.diagnostics.find((t) => t.ruleId === d.ruleId && t.message === name(SUBJECT, d.message))!;
      const days = /"Days": (\d+)/.exec(jsonLines[d.line - 1]!.slice(d.column - 9));
      // A finding on a Days value lands on the .tf line that writes that value; the others on the resource.
      if (days) expect(tfLines[twin.line - 1]).toMatch(new RegExp(`^\\s*days\\s*=\\s*${days[1]}$`));
      else expect(tfLines[twin.line - 1]).toMatch(/^resource "aws_s3_bucket_lifecycle_configuration" "ml_data"/);
    }
  });
});
