/**
 * CloudFormation templates are pull-request input: a value known only at deploy time hides only what
 * depends on it, conditions are evaluated once each, strings an intrinsic builds are bounded, a
 * condition cycle is named as one, and a template past the step budget says its rules are not
 * evaluated. The inputs are large enough that the old reader took minutes (conditions) or failed with
 * "Invalid string length" (Fn::Sub); the test asserts findings, not times (figures in the note).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BUILT_STRING, MAX_INTRINSIC_STEPS } from '../../src/iac/cloudformation/intrinsics.js';
import type { Diagnostic } from '../../src/findings/types.js';
import { tempDir } from '../e2e/run.js';
import { check } from './helpers.js';

async function run(name: string, text: string) {
  const file = join(tempDir('lifeguard-cfn-bounds-'), name);
  writeFileSync(file, text);
  const r = await check(file);
  return r.report.diagnostics;
}

const template = (rules: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    AWSTemplateFormatVersion: '2010-09-09',
    ...extra,
    Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { LifecycleConfiguration: { Rules: rules } } } },
  });

const brief = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`);

describe('CloudFormation conditions and values evaluated as written', () => {
  it('a condition past the depth bound where one rule names it is still judged where another names it shallower', async () => {
    let deep: unknown = { 'Fn::Equals': ['a', 'a'] };
    for (let i = 0; i < 20; i++) deep = { 'Fn::Not': [deep] };
    let nested: unknown = { 'Fn::If': ['Deep', 5, 6] };
    for (let i = 0; i < 12; i++) nested = { 'Fn::If': ['T', nested, 1] };
    const two = {
      Id: 'two',
      Status: 'Enabled',
      Prefix: 'b/',
      ExpirationInDays: { 'Fn::If': ['Deep', 0, 7] },
      AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
    };
    const conditions = { Conditions: { T: { 'Fn::Equals': ['a', 'a'] }, Deep: deep } };
    const alone = await run('alone.json', template([two], conditions));
    const after = await run(
      'after.json',
      template([{ Id: 'one', Status: 'Enabled', Prefix: 'a/', ExpirationInDays: nested }, two], conditions),
    );
    const positive = (ds: readonly Diagnostic[]) => ds.filter((d) => d.ruleId === 'expiration-days-positive').map((d) => d.severity);
    expect(positive(alone)).toEqual(['error']);
    expect(positive(after)).toEqual(['error']);
  });

  it('NoncurrentVersionExpiration and its InDays form chosen by the same Fn::If are not "both"', async () => {
    const rule = {
      Id: 'old-versions',
      Status: 'Enabled',
      Prefix: 'logs/',
      NoncurrentVersionExpiration: { 'Fn::If': ['UseNew', { NoncurrentDays: 30 }, { Ref: 'AWS::NoValue' }] },
      NoncurrentVersionExpirationInDays: { 'Fn::If': ['UseNew', { Ref: 'AWS::NoValue' }, 30] },
      AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
    };
    for (const env of ['prod', 'dev']) {
      const extra = {
        Parameters: { Env: { Type: 'String', Default: env } },
        Conditions: { UseNew: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      };
      expect(brief(await run(`${env}.json`, template([rule], extra)))).toEqual([]);
    }
  });
});

describe('CloudFormation values known only at deploy time', () => {
  it('an unknown Id leaves the rest of the rule and the other rules checked', async () => {
    const ds = await run(
      'template.yaml',
      [
        'AWSTemplateFormatVersion: "2010-09-09"',
        'Resources:',
        '  Logs:',
        '    Type: AWS::S3::Bucket',
        '    Properties:',
        '      LifecycleConfiguration:',
        '        Rules:',
        '          - Id: !Sub "${AWS::StackName}-expire"',
        '            Status: Enabled',
        '            Prefix: logs/',
        '            ExpirationInDays: 0',
        '          - Id: tmp',
        '            Status: Enabled',
        '            Prefix: tmp/',
        '            Transitions: !If [Deployed, [], []]',
        '            AbortIncompleteMultipartUpload:',
        '              DaysAfterInitiation: 0',
        '',
      ].join('\n'),
    );
    expect(brief(ds)).toEqual(
      expect.arrayContaining([
        '8:22 info iac-unknown-value',
        '11:31 error expiration-days-positive',
        '15:13 info iac-unknown-value',
        '17:36 error abort-multipart-days',
      ]),
    );
    expect(ds.find((d) => d.line === 15)!.message).toBe('Logs: `Transitions` is not evaluated (condition Deployed is not defined)');
  });

  it('a LifecycleConfiguration that is not an object is refused, as CloudFormation does', async () => {
    const ds = await run('scalar.yaml', 'Resources:\n  C:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration: 5\n');
    expect(brief(ds)).toEqual(['5:31 error iac-invalid']);
  });
});

describe('CloudFormation conditions', () => {
  it('evaluates each condition once: eight levels of Fn::And over ten copies of the previous one', async () => {
    // The generator of /tmp/lgfuzz/gencfn.py: 10^8 evaluations without the memo (122 s at 8 levels).
    const conditions: Record<string, unknown> = { C0: { 'Fn::Equals': ['a', 'a'] } };
    for (let i = 1; i <= 8; i++) conditions[`C${i}`] = { 'Fn::And': Array.from({ length: 10 }, () => ({ Condition: `C${i - 1}` })) };
    const ds = await run(
      'chain.json',
      template([{ Id: 'r', Status: 'Enabled', Prefix: 'x/', ExpirationInDays: { 'Fn::If': ['C8', 0, 2] } }], { Conditions: conditions }),
    );
    expect(ds.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual(['expiration-days-positive']);
  });

  it('names a cycle of conditions once, as a cycle', async () => {
    const ds = await run(
      'cycle.yaml',
      [
        'AWSTemplateFormatVersion: "2010-09-09"',
        'Conditions:',
        '  C: !Equals [a, a]',
        '  Loop: !Condition Loop2',
        '  Loop2: !And [!Condition Loop, !Condition C]',
        'Resources:',
        '  B:',
        '    Type: AWS::S3::Bucket',
        '    Properties:',
        '      LifecycleConfiguration:',
        '        Rules:',
        '          - Id: r',
        '            Status: Enabled',
        '            Prefix: x/',
        '            ExpirationInDays: !If [Loop, 1, 2]',
        '',
      ].join('\n'),
    );
    expect(ds.filter((d) => d.ruleId === 'iac-unknown-value').map((d) => d.message)).toEqual([
      'B: `ExpirationInDays` is not evaluated (the conditions refer to each other in a cycle (Loop → Loop2 → Loop))',
    ]);
  });
});

describe('strings built by Fn::Sub and Fn::Join', () => {
  const longer = `longer than ${MAX_BUILT_STRING.toLocaleString('en-US')} characters`;

  it('a 1 MB parameter substituted 600 times is one unknown value; the rest is checked', async () => {
    // The old reader failed here with "internal error: Invalid string length" (exit 2).
    const ds = await run(
      'sub-bomb.json',
      template(
        [
          { Id: 'r', Status: 'Enabled', Prefix: { 'Fn::Sub': '${P}'.repeat(600) }, ExpirationInDays: 0 },
          { Id: 'j', Status: 'Enabled', Prefix: { 'Fn::Join': ['', Array.from({ length: 600 }, () => ({ Ref: 'P' }))] } },
        ],
        { Parameters: { P: { Type: 'String', Default: 'x'.repeat(1_000_000) } } },
      ),
    );
    const unknown = ds.filter((d) => d.ruleId === 'iac-unknown-value').map((d) => d.message);
    expect(unknown).toEqual([
      `B: \`Prefix\` is not evaluated (Fn::Sub builds a string ${longer}, lifeguard's bound)`,
      expect.stringContaining(`Fn::Join builds a string ${longer}`),
    ]);
    expect(ds.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toContain('expiration-days-positive');
  });

  it('nested Fn::Sub ten wide is cut off at the bound, not grown ten-fold per level', async () => {
    let v: unknown = 'x';
    for (let i = 0; i < 12; i++) v = { 'Fn::Sub': ['${a}'.repeat(10), { a: v }] };
    const ds = await run('sub-nested.json', template([{ Id: 'r', Status: 'Enabled', Prefix: v, ExpirationInDays: 1 }]));
    expect(ds.filter((d) => d.ruleId === 'iac-unknown-value').map((d) => d.message)).toEqual([
      `B: \`Prefix\` is not evaluated (Fn::Sub builds a string ${longer}, lifeguard's bound)`,
    ]);
  });
});

describe('the step budget', () => {
  it('past the budget, one error at the resource says its rules are not evaluated: none passes', async () => {
    // Each Prefix builds 60,000 characters (600 steps): 2,000 of them spend 1.2 million steps.
    const rules = Array.from({ length: 2000 }, (_, i) => ({
      Id: `r${i}`,
      Status: 'Enabled',
      Prefix: { 'Fn::Sub': '${P}' },
      ExpirationInDays: 0,
    }));
    const text = template(rules, { Parameters: { P: { Type: 'String', Default: 'p'.repeat(60_000) } } });
    const ds = await run('budget.json', text);
    expect(ds.map((d) => `${d.severity} ${d.ruleId} ${d.message}`)).toEqual([
      `error parse-error B: its lifecycle rules are not evaluated: evaluating the template's intrinsic functions takes more than ${MAX_INTRINSIC_STEPS.toLocaleString('en-US')} steps, lifeguard's bound.`,
    ]);
    expect(ds[0]!.line).toBe(1);
  });
});
