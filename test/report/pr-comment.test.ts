import { describe, expect, it } from 'vitest';
import { diffConfigurations } from '../../src/diff/diff.js';
import { evaluateGates } from '../../src/gate/verdict.js';
import { renderPullRequestComment } from '../../src/report/pr-comment.js';
import type { PullRequestReport, TargetSection } from '../../src/report/pr-types.js';
import type { Diagnostic } from '../../src/findings/types.js';

const live = { Rules: [{ ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } }] };
const proposed = {
  Rules: [
    { ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 14 } },
    { ID: 'abort-mpu', Status: 'Enabled', Filter: {}, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
  ],
};
const warning: Diagnostic = {
  ruleId: 'early-deletion-charge',
  severity: 'warning',
  message: "rule 'x': GLACIER at 60 | then expiry at 90",
  file: 'lifecycle/logs.json',
  line: 12,
  column: 9,
  endLine: 12,
  endColumn: 20,
  pointer: '/Rules/0/Expiration',
  docsUrl: 'https://example.test/docs/rules/early-deletion-charge.md',
};

const alice = { by: 'alice', via: 'review' as const, commit: 'c'.repeat(40), at: '2026-11-20T10:00:00Z', authority: 'write access' };

function report(deletedBytes: number, approvals: (typeof alice)[]): PullRequestReport {
  const target: TargetSection = {
    name: 'logs',
    bucket: 'acme-logs',
    source: 'lifecycle/logs.json',
    diff: diffConfigurations(live, proposed),
    cost: {
      months: 12,
      first: { currentUsd: 120, proposedUsd: 80.5 },
      last: { currentUsd: 150, proposedUsd: 60 },
      savingsUsd: 812.4,
      prices: { source: 'bundled snapshot (AWS S3 pricing page)', date: '2026-02-23' },
      notices: [],
    },
    deleted: {
      objects: 120_000,
      bytes: deletedBytes,
      byteDays: deletedBytes * 30,
      horizonMonths: 12,
      basis: 'listing',
      listed: 130_000,
      topPrefixes: [{ prefix: 'logs/2026/', objects: 100_000, bytes: deletedBytes - 1024 }],
    },
    unknowns: ['rule failed-runs filters by tag status=failed: depends on tags, up to 1,200 objects, 3.2 GiB'],
    diagnostics: [warning],
  };
  const verdict = evaluateGates(
    [{ name: 'logs', errors: 0, warnings: 1, cost: { currentUsd: 120, proposedUsd: 80.5 }, deletedBytes }],
    { failOn: 'error', maxDeletedBytes: 2 ** 30, deletionApprovalLabel: 'lifeguard/approve-deletion', onError: 'fail' },
    { approvals },
  );
  const summary = {
    head: 'c'.repeat(40),
    counted: approvals,
    stale: [],
    ignored: [{ by: 'mallory', via: 'label' as const, at: '2026-11-20T09:00:00Z', reason: 'read access only, not write' }],
    notes: [],
  };
  return {
    verdict,
    targets: [target],
    otherDiagnostics: [],
    notices: [],
    approvals: summary,
    settingsSource: '.lifeguard.yml at the base commit bbbbbbb (from git)',
  };
}

describe('pull-request comment', () => {
  it('leads with the verdict and names the label that approves the deletion gate', () => {
    const md = renderPullRequestComment(report(5 * 2 ** 30, []));
    expect(md.split('\n')[0]).toBe('## lifeguard: ❌ fail');
    expect(md).toContain(
      'adds the label `lifeguard/approve-deletion` to this pull request after its latest push, or approves it in a review of this commit',
    );
    expect(md).toContain('- @\u200bmallory: label ignored: read access only, not write');
    expect(md).toContain(
      'Within 12 months the change deletes **120,000 objects (5.0 GiB)** earlier than the current rules would (from a listing of 130,000 objects).',
    );
    expect(md).toContain('That is 150 GiB-days of data gone sooner.');
    expect(md).toContain('Settings: .lifeguard.yml at the base commit bbbbbbb (from git).');
    expect(md).toContain('| changed | `expire-logs` | Expiration 30 → 14 days |');
    expect(md).toContain('| added | `abort-mpu` | the whole bucket: abort incomplete uploads after 7 days |');
    expect(md).toContain('| month 1 | $120.00 | $80.50 | −$39.50 |');
    expect(md).toContain('GLACIER at 60 \\| then expiry at 90');
    expect(md).toContain('Prices: bundled snapshot (AWS S3 pricing page), 2026-02-23.');
  });

  it('passes once someone with write access approves the head commit, and says who, how and at which commit', () => {
    const md = renderPullRequestComment(report(5 * 2 ** 30, [alice]));
    expect(md.split('\n')[0]).toBe('## lifeguard: ✅ pass');
    expect(md).toContain('☑️');
    expect(md).toContain('- @\u200balice: review on `ccccccc` (write access)');
    expect(md).toMatchSnapshot();
  });

  it('never counts a target that was not compared with its bucket as unchanged (a lint-only run)', () => {
    const base = report(0, []);
    const lintOnly: PullRequestReport = {
      ...base,
      targets: [{ ...base.targets[0]!, diff: undefined, liveSkipped: 'no AWS credentials', deleted: undefined }],
    };
    const md = renderPullRequestComment({ ...lintOnly, verdict: { ...lintOnly.verdict, pass: true } });
    expect(md).toContain('1 touched target was checked without its bucket; every gate passes.');
    expect(md).not.toMatch(/0 of 1 target/);
  });
});
