/**
 * `check` on folders holding retention policies: found by content, not by name, and checked in
 * full (schema, policy rules, compile, lint of the output), every finding at a policy line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/pipeline/check.js';
import { HEAD } from '../helpers/policy.js';

async function check(files: Record<string, string>, rules: Record<string, 'error' | 'warning' | 'info' | 'off'> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'lg-policy-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const { report } = await runCheck(['.'], { dir, rules, targets: [], gates: {} }, dir);
  return report;
}

describe('check on retention policies', () => {
  it('detects policies by content, in YAML and JSON, and reports each stage of checks at policy lines', async () => {
    const report = await check({
      'retention.yml': `${HEAD}stages:\n  dev:\n    expireAfterDay: 14\n`,
      'stages.json': JSON.stringify(
        {
          apiVersion: 'lifeguard/v1',
          kind: 'RetentionPolicy',
          metadata: { name: 'j' },
          bucket: { name: 'json-bucket' },
          stages: {
            all: {
              transitions: [
                { afterDays: 0, storageClass: 'GLACIER_IR' },
                { afterDays: 30, storageClass: 'DEEP_ARCHIVE' },
              ],
            },
          },
        },
        null,
        2,
      ),
      'kept.yaml': `${HEAD}stages:\n  prod:\n    minRetentionDays: 30\n    expireAfterDays: 7\n`,
      'notes.yaml': 'title: not ours\n',
    });
    expect(report.files).toEqual([
      { file: 'kept.yaml', kind: 'policy' },
      { file: 'retention.yml', kind: 'policy' },
      { file: 'stages.json', kind: 'policy' },
    ]);
    expect(report.diagnostics.map((d) => [d.file, d.line, d.ruleId, d.severity])).toEqual([
      ['kept.yaml', 8, 'policy-expiry-before-retention', 'error'],
      // The stage selects the whole bucket and expires it: the compiled rule earns W6 too.
      ['kept.yaml', 8, 'whole-bucket-expiration', 'warning'],
      ['retention.yml', 7, 'policy-schema', 'error'],
      ['stages.json', 18, 'policy-compile', 'error'],
    ]);
    const byRule = (id: string) => report.diagnostics.find((d) => d.ruleId === id)!;
    expect(byRule('policy-schema').message).toContain('did you mean "expireAfterDays"');
    expect(byRule('policy-compile').message).toMatch(
      /^stage 'all': the transition to DEEP_ARCHIVE on day 30 comes 30 days after the move to GLACIER_IR/,
    );
  });

  it('applies severities from .lifeguard.yml to policy rules', async () => {
    const report = await check(
      { 'kept.yaml': `${HEAD}stages:\n  prod:\n    minRetentionDays: 30\n    expireAfterDays: 7\n` },
      { 'policy-expiry-before-retention': 'warning' },
    );
    const policyRule = (d: { ruleId: string }) => d.ruleId === 'policy-expiry-before-retention';
    expect(report.diagnostics.filter(policyRule).map((d) => d.severity)).toEqual(['warning']);
    const off = await check(
      { 'kept.yaml': `${HEAD}stages:\n  prod:\n    minRetentionDays: 30\n    expireAfterDays: 7\n` },
      { 'policy-expiry-before-retention': 'off' },
    );
    expect(off.diagnostics.filter(policyRule)).toEqual([]);
    expect(off.diagnostics.map((d) => d.ruleId)).toEqual(['whole-bucket-expiration']);
  });
});
