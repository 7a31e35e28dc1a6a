/**
 * check with a target that names both a policy and a committed lifecycle file: agreement is
 * semantic (order and shape do not count), and each difference is a finding on the committed file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { runCheck } from '../../src/pipeline/check.js';
import { renderRequest } from '../../src/policy/compile.js';
import { HEAD, checkText } from '../helpers/policy.js';

const POLICY = `${HEAD}stages:
  dev:
    select: { prefix: dev/ }
    expireAfterDays: 14
  prod:
    select: { prefix: prod/ }
    archive: { afterDays: 365, storageClass: DEEP_ARCHIVE }
`;
const compiled = () => JSON.parse(renderRequest(checkText(POLICY).compilation!.request));

async function check(
  files: Record<string, string>,
  paths: string[],
  target = 'source: { policy: policy.yaml, lifecycle: lifecycle.json }',
) {
  const dir = mkdtempSync(join(tmpdir(), 'lg-agree-'));
  writeFileSync(join(dir, '.lifeguard.yml'), `targets:\n  - name: artifacts\n    bucket: test-bucket\n    ${target}\n`);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const loaded = await loadConfig(undefined, dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings));
  const result = await runCheck(paths, loaded.config, dir);
  return { ...result, agreement: result.report.diagnostics.filter((d) => d.ruleId === 'lifecycle-matches-policy') };
}

describe('policy and committed lifecycle file', () => {
  it('agree when the file holds the same rules, in any order and shape', async () => {
    const request = compiled();
    const rules = request.LifecycleConfiguration.Rules.reverse();
    // Reshaped as a server would hand it back: bare configuration, no TransitionDefaultMinimumObjectSize.
    const file = JSON.stringify({ Rules: rules }, null, 1);
    const { agreement, report } = await check({ 'policy.yaml': POLICY, 'lifecycle.json': file }, ['.']);
    expect(agreement).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  it('disagree: one finding per difference, at the rule of the committed file, in plain words', async () => {
    const request = compiled();
    const rules = request.LifecycleConfiguration.Rules as Array<Record<string, any>>;
    rules[0]!.Expiration.Days = 30; // p.dev.expire
    rules.splice(
      rules.findIndex((r) => r.ID === 'p.prod.archive'),
      1,
    );
    rules.push({ ID: 'old-rule', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 1 } });
    const file = renderRequest(request);
    const { agreement } = await check({ 'policy.yaml': POLICY, 'lifecycle.json': file }, ['policy.yaml']);
    // The rule's opening brace: the line above its "ID" (findIndex is 0-based, lines 1-based).
    const lineOf = (id: string) => file.split('\n').findIndex((l) => l.includes(`"ID": "${id}"`));
    expect(agreement.map((d) => [d.file, d.line, d.severity])).toEqual([
      ['lifecycle.json', 5, 'error'],
      ['lifecycle.json', lineOf('p.dev.expire'), 'error'],
      ['lifecycle.json', lineOf('old-rule'), 'error'],
    ]);
    const messages = agreement.map((d) => d.message).join('\n');
    expect(messages).toContain(
      "target 'artifacts': lifecycle.json does not match policy policy.yaml: rule p.dev.expire differs: Expiration 30 → 14 days.",
    );
    expect(messages).toContain('the policy has rule p.prod.archive, which the file lacks');
    expect(messages).toContain('the file has rule old-rule, which the policy does not');
    expect(messages).toContain('lifeguard compile policy.yaml --out <folder>');
  });

  it("compares only the target's stage when it names one", async () => {
    const only = checkText(POLICY, { stages: ['prod'] }).compilation!.request;
    const { agreement } = await check(
      { 'policy.yaml': POLICY, 'lifecycle.json': renderRequest(only) },
      ['.'],
      'stage: prod\n    source: { policy: policy.yaml, lifecycle: lifecycle.json }',
    );
    expect(agreement).toEqual([]);
    const whole = await check({ 'policy.yaml': POLICY, 'lifecycle.json': renderRequest(only) }, ['.']);
    expect(whole.agreement.map((d) => d.message).join('\n')).toContain('the policy has rule p.dev.expire, which the file lacks');
  });

  it('says so when the policy cannot be compiled, rather than passing', async () => {
    const broken = POLICY.replace(
      'archive: { afterDays: 365, storageClass: DEEP_ARCHIVE }',
      'transitions: [{ afterDays: 0, storageClass: GLACIER_IR }, { afterDays: 1, storageClass: DEEP_ARCHIVE }]',
    );
    const { agreement } = await check({ 'policy.yaml': broken, 'lifecycle.json': renderRequest(compiled()) }, ['lifecycle.json']);
    expect(agreement.map((d) => d.message)).toEqual([
      "target 'artifacts': lifecycle.json cannot be compared with policy policy.yaml, which does not compile; run 'lifeguard check policy.yaml' for its findings.",
    ]);
  });

  it('a missing committed file is an I/O error, not a pass', async () => {
    const { ioErrors } = await check({ 'policy.yaml': POLICY }, ['policy.yaml']);
    expect(ioErrors).toEqual([{ path: 'lifecycle.json', message: 'no such file or folder' }]);
  });
});
