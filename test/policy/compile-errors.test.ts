/**
 * A policy that cannot compile into something AWS accepts fails at the policy line that causes it,
 * naming the stage, the rule it would compile to and AWS's answer; never at a line of generated JSON.
 */
import { describe, expect, it } from 'vitest';
import type { LifecycleRule as LintRule } from '../../src/lint/types.js';
import { transitionIaMinimum } from '../../src/lint/rules/transition-ia-minimum.js';
import { lintCompiled } from '../../src/policy/check-policy.js';
import { compilePolicy } from '../../src/policy/compile.js';
import { HEAD, checkText, modelOf, parsePolicy } from '../helpers/policy.js';

const compileErrors = (text: string) => checkText(text).located.filter((f) => f.ruleId === 'policy-compile');

/** Seed 000's checkpoints rule, as a stage: Standard-IA at 14 days. */
const SEED_000_CHECKPOINTS = `${HEAD}stages:
  checkpoints:
    select: { prefix: checkpoints/ }
    transitions:
      - afterDays: 14
        storageClass: STANDARD_IA
      - { afterDays: 60, storageClass: GLACIER_IR }
    expireAfterDays: 180
`;

describe('compile errors, located in the policy', () => {
  it("seed 000's IA at 14 days: at the afterDays line, with the stage, the rule and AWS's text", () => {
    const { located, compilation } = checkText(SEED_000_CHECKPOINTS);
    const errors = located.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([['policy-compile', 'policy.yaml', 9, 20]]);
    expect(errors[0]!.message).toBe(
      "stage 'checkpoints': the transition to STANDARD_IA after 14 days is too early (compiled into rule 'p.checkpoints.expire'); STANDARD_IA takes objects only from day 30. AWS rejects the PutBucketLifecycleConfiguration call with InvalidArgument: \"'Days' in Transition action must be greater than or equal to 30 for storageClass 'STANDARD_IA'\".",
    );
    expect(compilation).toBeUndefined();
  });

  it.each([
    ['30 days after Standard-IA before the next move (3b.6)', `  s:\n    transitions:\n      - { afterDays: 30, storageClass: STANDARD_IA }\n      - { afterDays: 40, storageClass: GLACIER }\n`, 9, /GLACIER on day 40 comes 10 days after the move to STANDARD_IA.*day 60 is the earliest.*must be 30 days more than/],
    ['90 days after Glacier Instant Retrieval (3b.6)', `  s:\n    transitions:\n      - { afterDays: 0, storageClass: GLACIER_IR }\n      - { afterDays: 60, storageClass: DEEP_ARCHIVE }\n`, 9, /must be 90 days more than 'filter '\(prefix=\)'' in the 'Transition' action for StorageClass 'GLACIER_IR'/],
    ['down the waterfall only (3b.5, 3c)', `  s:\n    transitions:\n      - { afterDays: 0, storageClass: INTELLIGENT_TIERING }\n      - { afterDays: 30, storageClass: STANDARD_IA }\n`, 9, /cannot move objects from INTELLIGENT_TIERING \(day 0\) to STANDARD_IA \(day 30\).*can only move to ONEZONE_IA, GLACIER_IR, GLACIER, DEEP_ARCHIVE/],
    ['one class per day (3b.5)', `  s:\n    transitions:\n      - { afterDays: 0, storageClass: GLACIER }\n    archive: { afterDays: 0, storageClass: DEEP_ARCHIVE }\n`, 9, /archive to DEEP_ARCHIVE and the transition to GLACIER both happen on day 0/],
    ['one transition per class (3b.4)', `  s:\n    transitions:\n      - { afterDays: 0, storageClass: GLACIER }\n    archive: { afterDays: 100, storageClass: GLACIER }\n`, 9, /GLACIER is named twice.*'StorageClass' must be different/],
    ['archive is never deleted', `  s:\n    expireAfterDays: 400\n    archive: { afterDays: 100, storageClass: GLACIER }\n`, 7, /expireAfterDays 400 contradicts archive/],
    ['failed-run tags that contradict the stage (2.3)', `  s:\n    select: { tags: { status: ok } }\n    failedRuns:\n      tags: { status: failed }\n      expireAfterDays: 1\n`, 9, /failedRuns wants tag status=failed but the stage selects status=ok.*Duplicate Tag Keys are not allowed/],
  ])('%s', (_name, stages, line, message) => {
    const text = `${HEAD}stages:\n${stages}`;
    const errors = compileErrors(text);
    expect(errors.map((e) => e.line), errors.map((e) => e.message).join(' | ')).toEqual([line]);
    expect(errors[0]!.message).toMatch(message);
    expect(errors[0]!.message).toMatch(/^stage 's'/);
    // Cross-check: compiled anyway, the lifecycle registry rejects the output at the same policy line
    // Not for "archive is never deleted" (a promise S3 knows nothing about) nor for clashing tags (the
    // compiler never writes a key twice, so the output is valid but would not mean what was asked).
    if (/contradicts archive|failedRuns wants tag/.test(errors[0]!.message)) return;
    const doc = parsePolicy(text);
    const lint = lintCompiled('policy.yaml', compilePolicy(modelOf(text))).filter((f) => f.severity === 'error');
    expect(lint.map((f) => doc.locate(f.pointer, f.reportOnKey).line), lint.map((f) => `${f.ruleId}: ${f.message}`).join(' | ')).toContain(line);
  });

  it('the W13 post-mortem: the same tiers pass with a 365-day TTL and fail with a 30-day one, at the failing stage', () => {
    const tiers = '    transitions:\n      - { afterDays: 30, storageClass: STANDARD_IA }\n';
    const text = `${HEAD}stages:\n  production:\n    select: { prefix: prod/ }\n${tiers}    expireAfterDays: 365\n  staging:\n    select: { prefix: staging/ }\n${tiers}    expireAfterDays: 30\n`;
    const errors = compileErrors(text);
    expect(errors.map((e) => e.line)).toEqual([15]);
    expect(errors[0]!.message).toMatch(/^stage 'staging': expireAfterDays 30 is not after the transition to STANDARD_IA on day 30 \(compiled into rule 'p.staging.expire'\).*'Days' in the Expiration action for filter '\(prefix=staging\/\)' must be greater than 'Days' in the Transition action/);
  });

  it('more than 1,000 rules: at the stages key', () => {
    const stage = (i: number) => `  s${i}:\n    select: { prefix: s${i}/ }\n    expireAfterDays: 9\n    noncurrentVersions: { expireAfterDays: 1 }\n`;
    const text = `${HEAD}stages:\n${Array.from({ length: 334 }, (_, i) => stage(i)).join('')}`;
    const errors = compileErrors(text);
    expect(errors.map((e) => [e.line, e.column])).toEqual([[5, 1]]);
    expect(errors[0]!.message).toMatch(/compile to 1336 rules, over the limit of 1000.*The number of lifecycle rules must not exceed/);
    // The lifecycle registry's own limit rule, mapped back, lands on the same key.
    const lint = lintCompiled('policy.yaml', compilePolicy(modelOf(text))).filter((f) => f.severity === 'error');
    expect(lint.map((f) => f.pointer)).toContain('/stages');
  });

  it('lint findings on the compiled output are moved to the policy line behind them', () => {
    // Compiled without the compiler's own checks, so the lifecycle rule sees the IA-at-14 rule.
    const compilation = compilePolicy(modelOf(SEED_000_CHECKPOINTS));
    const doc = parsePolicy(SEED_000_CHECKPOINTS);
    const findings = lintCompiled('policy.yaml', compilation, { lifecycleRules: [transitionIaMinimum] });
    expect(findings.map((f) => [f.ruleId, f.file, f.pointer, doc.locate(f.pointer).line])).toEqual([['transition-ia-minimum', 'policy.yaml', '/stages/checkpoints/transitions/0/afterDays', 9]]);
    expect(findings[0]!.message).toMatch(/^stage 'checkpoints': rule 'p.checkpoints.expire': the Transition to STANDARD_IA after 14 days is too early/);
    // The whole registry (what check and compile use) finds it too, at the same place.
    const all = lintCompiled('policy.yaml', compilation);
    expect(all.filter((f) => f.severity === 'error').map((f) => f.pointer)).toContain('/stages/checkpoints/transitions/0/afterDays');
  });

  it('maps every member of every compiled rule to a node of the policy', () => {
    const text = `${HEAD}stages:\n  dev:\n    select: { prefix: dev/, tags: { stage: dev } }\n    expireAfterDays: 40\n    transitions:\n      - { afterDays: 30, storageClass: STANDARD_IA }\n    noncurrentVersions: { keepNewest: 2, expireAfterDays: 3 }\n    failedRuns: { tags: { status: failed }, expireAfterDays: 2 }\n`;
    const compilation = compilePolicy(modelOf(text));
    const doc = parsePolicy(text);
    // A lint rule that flags every member of every rule: each finding must land in the policy.
    const everything: LintRule = {
      meta: { id: 'everything', description: 'flags every member', defaultSeverity: 'info', catalogue: [] },
      check(ctx) {
        const walk = (node: unknown, pointer: string) => {
          ctx.report({ pointer, message: 'x' });
          if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, `${pointer}/${k}`);
        };
        ctx.rules.forEach((r) => walk(r.raw, r.pointer));
      },
    };
    const findings = lintCompiled('policy.yaml', compilation, { lifecycleRules: [everything] });
    expect(findings.length).toBeGreaterThan(40);
    for (const f of findings) {
      expect(f.file).toBe('policy.yaml');
      expect(f.pointer.startsWith('/stages/dev'), f.pointer).toBe(true);
      expect(doc.locate(f.pointer).line).toBeGreaterThanOrEqual(6);
    }
    const at = (p: string) => findings.filter((f) => f.pointer === p).length;
    expect(at('/stages/dev/transitions/0/afterDays')).toBeGreaterThan(0);
    expect(at('/stages/dev/noncurrentVersions/keepNewest')).toBeGreaterThan(0);
    expect(at('/stages/dev/failedRuns/expireAfterDays')).toBeGreaterThan(0);
  });
});
