import { describe, expect, it } from 'vitest';
import { diffConfigurations } from '../../src/diff/diff.js';
import { evaluateGates } from '../../src/gate/verdict.js';
import { renderPullRequestComment } from '../../src/report/pr-comment.js';
import type { PullRequestReport, TargetSection } from '../../src/report/pr-types.js';
import type { Diagnostic } from '../../src/report/types.js';

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

function report(deletedBytes: number, labels: string[]): PullRequestReport {
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
    deleted: { objects: 120_000, bytes: deletedBytes, topPrefixes: [{ prefix: 'logs/2026/', objects: 100_000, bytes: deletedBytes - 1024 }] },
    unknowns: ['rule failed-runs filters by tag status=failed: depends on tags, up to 1,200 objects, 3.2 GiB'],
    diagnostics: [warning],
  };
  const verdict = evaluateGates(
    [{ name: 'logs', errors: 0, warnings: 1, cost: { currentUsd: 120, proposedUsd: 80.5 }, newlyDeletedBytes: deletedBytes }],
    { failOn: 'error', maxDeletedBytes: 2 ** 30, deletionApprovalLabel: 'lifeguard/approve-deletion', onError: 'fail' },
    labels,
  );
  return { verdict, targets: [target], otherDiagnostics: [], notices: [] };
}

describe('pull-request comment', () => {
  it('leads with the verdict and names the label that approves the deletion gate', () => {
    const md = renderPullRequestComment(report(5 * 2 ** 30, []));
    expect(md.split('\n')[0]).toBe('## lifeguard: ❌ fail');
    expect(md).toContain('add the label `lifeguard/approve-deletion`');
    expect(md).toContain('| changed | `expire-logs` | Expiration 30 → 14 days |');
    expect(md).toContain('| added | `abort-mpu` | the whole bucket: abort incomplete uploads after 7 days |');
    expect(md).toContain('| month 1 | $120.00 | $80.50 | −$39.50 |');
    expect(md).toContain('deletes **120,000 objects (5.0 GiB)**');
    expect(md).toContain('GLACIER at 60 \\| then expiry at 90');
    expect(md).toContain('Prices: bundled snapshot (AWS S3 pricing page), 2026-02-23.');
  });

  it('passes once the label is set', () => {
    const md = renderPullRequestComment(report(5 * 2 ** 30, ['lifeguard/approve-deletion']));
    expect(md.split('\n')[0]).toBe('## lifeguard: ✅ pass');
    expect(md).toContain('☑️');
    expect(md).toMatchSnapshot();
  });

  it('never counts a target that was not compared with its bucket as unchanged (a lint-only run)', () => {
    const base = report(0, []);
    const lintOnly: PullRequestReport = { ...base, targets: [{ ...base.targets[0]!, diff: undefined, liveSkipped: 'no AWS credentials', deleted: undefined }] };
    const md = renderPullRequestComment({ ...lintOnly, verdict: { ...lintOnly.verdict, pass: true } });
    expect(md).toContain('1 touched target was checked without its bucket; every gate passes.');
    expect(md).not.toMatch(/0 of 1 target/);
  });
});
