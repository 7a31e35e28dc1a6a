/** The action's pure decisions: when to comment, how the summary is cut, what a push payload says, run-level gates. */
import { describe, expect, it } from 'vitest';
import { wantsComment } from '../../src/action/pr-publish.js';
import { fitSummary } from '../../src/action/publish.js';
import { diffConfigurations } from '../../src/diff/diff.js';
import { evaluateGates, type GateSettings } from '../../src/gate/verdict.js';
import { isDefaultBranch, pushOf } from '../../src/github/push.js';
import type { PullRequestRun } from '../../src/pipeline/pull-request.js';
import type { TargetSection } from '../../src/report/pr-types.js';
import { buildReport } from '../../src/findings/resolve.js';
import { pushEvent } from '../helpers/events.js';

const SETTINGS: GateSettings = { failOn: 'error', deletionApprovalLabel: 'lifeguard/approve-deletion', onError: 'fail' };
const RULES = { Rules: [{ ID: 'a', Status: 'Enabled', Filter: {}, Expiration: { Days: 9 } }] };

function run(targets: Partial<TargetSection>[], failures: string[] = []): PullRequestRun {
  const sections = targets.map((t, i) => ({ name: `t${i}`, bucket: 'b', source: 'f.json', unknowns: [], diagnostics: [], ...t }));
  const verdict = evaluateGates(
    sections.map((s) => ({ name: s.name, errors: 0, warnings: 0 })),
    SETTINGS,
    { failures },
  );
  return {
    report: { verdict, targets: sections, otherDiagnostics: [], notices: [] },
    check: buildReport([], []),
    sources: new Map(),
    plans: [],
    outcomes: [],
    checks: { failures },
    totals: {},
  };
}

describe('when the sticky comment is posted', () => {
  const unchanged = run([{ diff: diffConfigurations(RULES, RULES) }]);
  const changed = run([{ diff: diffConfigurations(undefined, RULES) }]);
  const lintOnly = run([{ liveSkipped: 'no AWS credentials in this run' }]);
  const failing = run([{ diff: diffConfigurations(RULES, RULES) }], ['GitHub: HTTP 502']);
  const nothing = run([]);

  it('changes (default): a rule change, a target not compared with its bucket, a finding or a failed gate', () => {
    expect([changed, lintOnly, failing, unchanged, nothing].map((r) => wantsComment('changes', r, r.report.verdict))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('failures: only a failed (or warned) gate; always: every run', () => {
    expect([changed, failing].map((r) => wantsComment('failures', r, r.report.verdict))).toEqual([false, true]);
    expect(wantsComment('always', nothing, nothing.report.verdict)).toBe(true);
  });
});

describe('run-level gates', () => {
  it('fail on a GitHub error unless on-error is warn, and count findings in files of no target', () => {
    const failed = evaluateGates([], SETTINGS, {
      failures: ['GitHub: the labels could not be read'],
      otherFindings: { errors: 1, warnings: 0 },
    });
    expect(failed.pass).toBe(false);
    expect(failed.gates.map((g) => [g.gate, g.status, g.target])).toEqual([
      ['errors', 'fail', undefined],
      ['findings', 'fail', undefined],
    ]);
    expect(failed.gates[1]!.reason).toBe('1 error, 0 warnings in files of no target (fail-on: error)');
    const warned = evaluateGates([], { ...SETTINGS, onError: 'warn' }, { failures: ['GitHub: HTTP 502'] });
    expect(warned.pass).toBe(true);
    expect(warned.gates[0]).toMatchObject({ status: 'pass', warned: true });
  });

  it('a target that could not be checked fails its errors gate and leaves its deletion gate not evaluated; on-error: warn only warns of the error', () => {
    const outcome = {
      name: 'logs',
      errors: 0,
      warnings: 0,
      failure: 'S3: connection refused',
      liveMissing: 'the bucket could not be read',
    };
    const strict = evaluateGates([outcome], { ...SETTINGS, maxDeletedBytes: 0 });
    expect(strict.gates.map((g) => [g.gate, g.status])).toEqual([
      ['errors', 'fail'],
      ['findings', 'pass'],
      ['live-state', 'not-evaluated'],
      ['deleted-bytes', 'not-evaluated'],
    ]);
    const lenient = evaluateGates([outcome], { ...SETTINGS, maxDeletedBytes: 0, onError: 'warn' });
    expect(lenient).toMatchObject({ result: 'incomplete', pass: false });
    expect(evaluateGates([outcome], { ...SETTINGS, maxDeletedBytes: 0, onError: 'warn', allowIncomplete: true }).pass).toBe(true);
  });
});

describe('the job summary budget', () => {
  it('leaves a summary under the budget alone', () => {
    expect(fitSummary('## ok\n', 'the report')).toBe('## ok\n');
  });

  it('cuts at a paragraph, closes what is open, and says where the rest is', () => {
    const big = [
      '## lifeguard',
      '<details><summary>all</summary>',
      '',
      '```json',
      ...Array.from({ length: 4000 }, (_, i) => `line ${i} ✅ ${'x'.repeat(40)}`),
      '```',
      '',
      '</details>',
    ].join('\n');
    const cut = fitSummary(big, 'the JSON report', 64 * 1024);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(64 * 1024);
    expect(cut).toContain('**The summary stops here:**');
    expect(cut).toContain('Everything is in the JSON report.');
    expect((cut.match(/```/g) ?? []).length % 2).toBe(0);
    expect((cut.match(/<details>/g) ?? []).length).toBe((cut.match(/<\/details>/g) ?? []).length);
    expect(cut).not.toContain('\uFFFD');
  });
});

describe('push payloads', () => {
  it('reads before, after, the branch and the default branch; a created branch has no before', () => {
    const p = pushOf('push', pushEvent({ before: 'a'.repeat(40), after: 'b'.repeat(40) }))!;
    expect(p).toEqual({ ref: 'refs/heads/main', before: 'a'.repeat(40), after: 'b'.repeat(40), defaultBranch: 'main', forced: false });
    expect(isDefaultBranch(p)).toBe(true);
    const created = pushOf('push', pushEvent({ before: '0'.repeat(40), after: 'b'.repeat(40), ref: 'refs/heads/feature', created: true }))!;
    expect(created.before).toBeUndefined();
    expect(isDefaultBranch(created)).toBe(false);
    expect(pushOf('pull_request', pushEvent({ before: 'a'.repeat(40), after: 'b'.repeat(40) }))).toBeUndefined();
  });
});
