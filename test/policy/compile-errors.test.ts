/**
 * A policy that cannot compile into something AWS accepts fails at the policy line that causes it,
 * naming the stage, the rule it would compile to and AWS's answer; never at a line of generated JSON.
 */
import { describe, expect, it } from 'vitest';
import type { LifecycleRule as LintRule } from '../../src/lint/types.js';
import { transitionGap } from '../../src/lint/rules/transition-gap.js';
import { lintCompiled } from '../../src/policy/check-policy.js';
import { compilePolicy } from '../../src/policy/compile.js';
import { HEAD, checkText, modelOf, parsePolicy } from '../helpers/policy.js';

const compileErrors = (text: string) => checkText(text).located.filter((f) => f.ruleId === 'policy-compile');

/** Seed 000's checkpoints rule, as a stage: Standard-IA at 14 days (accepted by AWS since 2026-07-16). */
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
  it("seed 000's IA at 14 days compiles: AWS accepts it since 2026-07-16, and neither the compiler nor the lint of its output has an error", () => {
    const { located, compilation } = checkText(SEED_000_CHECKPOINTS);
    expect(located.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(compilation?.request.LifecycleConfiguration.Rules.find((r) => r.ID === 'p.checkpoints.expire')?.Transitions).toEqual([
      { Days: 14, StorageClass: 'STANDARD_IA' },
      { Days: 60, StorageClass: 'GLACIER_IR' },
    ]);
  });

  it('Standard-IA and One Zone-IA compile from day 0 for every stage', () => {
    for (const cls of ['STANDARD_IA', 'ONEZONE_IA']) {
      for (const day of [0, 7, 14, 29]) {
        const text = `${HEAD}stages:\n  s:\n    select: { prefix: s/ }\n    transitions:\n      - { afterDays: ${day}, storageClass: ${cls} }\n    expireAfterDays: ${day + 60}\n`;
        const { located, compilation } = checkText(text);
        expect(
          located.filter((f) => f.severity === 'error'),
          `${cls} at ${day}`,
        ).toEqual([]);
        expect(compilation?.request.LifecycleConfiguration.Rules[0]?.Transitions).toEqual([{ Days: day, StorageClass: cls }]);
      }
    }
  });

  it('a move on from Standard-IA within 30 days compiles, and the lint of its output warns at the policy line (unconfirmed since 2026-07-16)', () => {
    const text = `${HEAD}stages:\n  s:\n    transitions:\n      - { afterDays: 30, storageClass: STANDARD_IA }\n      - { afterDays: 40, storageClass: GLACIER }\n`;
    const { located, compilation } = checkText(text);
    expect(compilation).toBeDefined();
    expect(located.filter((f) => f.severity === 'error')).toEqual([]);
    const gap = located.filter((f) => f.ruleId === 'transition-gap');
    expect(gap.map((f) => [f.severity, f.line])).toEqual([['warning', 9]]);
    expect(gap[0]!.message).toMatch(/^stage 's': rule 'p.s.transition': /);
    expect([gap[0]!.messageId, gap[0]!.data, gap[0]!.aws]).toMatchObject([
      'gapUnconfirmed',
      { days: 10, later: 'the Transition to GLACIER at day 40', since: '2026-07-16' },
      { evidence: 'unconfirmed', since: '2026-07-16' },
    ]);
  });

  it.each([
    [
      '90 days after Glacier Instant Retrieval (3b.6)',
      `  s:\n    transitions:\n      - { afterDays: 0, storageClass: GLACIER_IR }\n      - { afterDays: 60, storageClass: DEEP_ARCHIVE }\n`,
      9,
      ['gap', { class: 'DEEP_ARCHIVE', prev: 'GLACIER_IR', gap: '90 days', earliest: 90 }],
    ],
    [
      'down the waterfall only (3b.5, 3c)',
      `  s:\n    transitions:\n      - { afterDays: 0, storageClass: INTELLIGENT_TIERING }\n      - { afterDays: 30, storageClass: STANDARD_IA }\n`,
      9,
      ['noMove', { prev: 'INTELLIGENT_TIERING', prevDay: 0, class: 'STANDARD_IA', day: 30 }],
    ],
    [
      'one class per day (3b.5)',
      `  s:\n    transitions:\n      - { afterDays: 0, storageClass: GLACIER }\n    archive: { afterDays: 0, storageClass: DEEP_ARCHIVE }\n`,
      9,
      ['sameDay', { what: 'archive', class: 'DEEP_ARCHIVE', prev: 'GLACIER', day: 0 }],
    ],
    [
      'one transition per class (3b.4)',
      `  s:\n    transitions:\n      - { afterDays: 0, storageClass: GLACIER }\n    archive: { afterDays: 100, storageClass: GLACIER }\n`,
      9,
      ['classTwice', { class: 'GLACIER' }],
    ],
    [
      'archive is never deleted',
      `  s:\n    expireAfterDays: 400\n    archive: { afterDays: 100, storageClass: GLACIER }\n`,
      7,
      ['archiveAndExpiry', { days: 400 }],
    ],
    [
      'failed-run tags that contradict the stage (2.3)',
      `  s:\n    select: { tags: { status: ok } }\n    failedRuns:\n      tags: { status: failed }\n      expireAfterDays: 1\n`,
      9,
      ['tagClash', { key: 'status', want: 'failed', has: 'ok' }],
    ],
  ] as Array<[string, string, number, [string, Record<string, unknown>]]>)('%s', (_name, stages, line, [messageId, data]) => {
    const text = `${HEAD}stages:\n${stages}`;
    const errors = compileErrors(text);
    expect(
      errors.map((e) => e.line),
      errors.map((e) => e.message).join(' | '),
    ).toEqual([line]);
    expect([errors[0]!.messageId, errors[0]!.data]).toMatchObject([messageId, data]);
    expect(errors[0]!.message).toMatch(/^stage 's'/);
    // Cross-check: compiled anyway, the lifecycle registry rejects the output at the same policy line
    // Not for "archive is never deleted" (a promise S3 knows nothing about) nor for clashing tags (the
    // compiler never writes a key twice, so the output is valid but would not mean what was asked).
    if (messageId === 'archiveAndExpiry' || messageId === 'tagClash') return;
    const doc = parsePolicy(text);
    const lint = lintCompiled('policy.yaml', compilePolicy(modelOf(text))).filter((f) => f.severity === 'error');
    expect(
      lint.map((f) => doc.locate(f.pointer, f.reportOnKey).line),
      lint.map((f) => `${f.ruleId}: ${f.message}`).join(' | '),
    ).toContain(line);
  });

  it('the W13 post-mortem: the same tiers pass with a 365-day TTL and fail with a 30-day one, at the failing stage', () => {
    const tiers = '    transitions:\n      - { afterDays: 30, storageClass: STANDARD_IA }\n';
    const text = `${HEAD}stages:\n  production:\n    select: { prefix: prod/ }\n${tiers}    expireAfterDays: 365\n  staging:\n    select: { prefix: staging/ }\n${tiers}    expireAfterDays: 30\n`;
    const errors = compileErrors(text);
    expect(errors.map((e) => e.line)).toEqual([15]);
    expect([errors[0]!.messageId, errors[0]!.data]).toMatchObject([
      'expiryNotAfter',
      { stage: "stage 'staging'", days: 30, class: 'STANDARD_IA', day: 30, rule: 'p.staging.expire' },
    ]);
  });

  it('more than 1,000 rules: at the stages key', () => {
    const stage = (i: number) =>
      `  s${i}:\n    select: { prefix: s${i}/ }\n    expireAfterDays: 9\n    noncurrentVersions: { expireAfterDays: 1 }\n`;
    const text = `${HEAD}stages:\n${Array.from({ length: 334 }, (_, i) => stage(i)).join('')}`;
    const errors = compileErrors(text);
    expect(errors.map((e) => [e.line, e.column])).toEqual([[5, 1]]);
    expect([errors[0]!.messageId, errors[0]!.data]).toMatchObject(['tooManyRules', { count: 1336, max: 1000 }]);
    // The lifecycle registry's own limit rule, mapped back, lands on the same key.
    const lint = lintCompiled('policy.yaml', compilePolicy(modelOf(text))).filter((f) => f.severity === 'error');
    expect(lint.map((f) => f.pointer)).toContain('/stages');
  });

  it('lint findings on the compiled output are moved to the policy line behind them', () => {
    const text = `${HEAD}stages:\n  checkpoints:\n    select: { prefix: checkpoints/ }\n    transitions:\n      - { afterDays: 7, storageClass: STANDARD_IA }\n      - afterDays: 30\n        storageClass: GLACIER\n    expireAfterDays: 180\n`;
    const compilation = compilePolicy(modelOf(text));
    const doc = parsePolicy(text);
    const findings = lintCompiled('policy.yaml', compilation, { lifecycleRules: [transitionGap] });
    expect(findings.map((f) => [f.ruleId, f.file, f.pointer, doc.locate(f.pointer).line])).toEqual([
      ['transition-gap', 'policy.yaml', '/stages/checkpoints/transitions/1/afterDays', 10],
    ]);
    expect(findings[0]!.message).toMatch(
      /^stage 'checkpoints': rule 'p.checkpoints.expire': the Transition to GLACIER at day 30 is only 23 days after the Transition to STANDARD_IA at day 7/,
    );
    // The whole registry (what check and compile use) finds it too, at the same place.
    const all = lintCompiled('policy.yaml', compilation);
    expect(all.filter((f) => f.ruleId === 'transition-gap').map((f) => f.pointer)).toContain('/stages/checkpoints/transitions/1/afterDays');
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
