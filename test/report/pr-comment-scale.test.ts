/**
 * The comment at scale (ADR 0145): a change to .lifeguard.yml touching 120 targets, 5 of them
 * failing and spread across the list. The comment that the sticky-comment code posts stays under
 * GitHub's 65,536 characters with the overview first and every failing target in it; the job
 * summary holds every target in full.
 */
import { describe, expect, it } from 'vitest';
import { diffConfigurations } from '../../src/diff/diff.js';
import { evaluateGates } from '../../src/gate/verdict.js';
import { fitComment } from '../../src/github/sticky-comment.js';
import { renderPullRequestComment } from '../../src/report/pr-comment.js';
import { renderPullRequestSummary } from '../../src/report/pr-summary.js';
import type { PullRequestReport, TargetSection } from '../../src/report/pr-types.js';
import type { Diagnostic } from '../../src/findings/types.js';

const FAILING = [3, 38, 64, 104, 119];
const live = { Rules: [{ ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } }] };
const proposed = {
  Rules: [
    { ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 14 } },
    { ID: 'abort-mpu', Status: 'Enabled', Filter: {}, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
  ],
};

function finding(i: number, severity: 'error' | 'warning', n: number): Diagnostic {
  return {
    ruleId: severity === 'error' ? 'expiration-days-positive' : 'early-deletion-charge',
    severity,
    message: `rule 'expire-logs' of target-${i}: finding ${n}, with a message as long as lifeguard's usually are, naming the rule and what AWS says`,
    file: `buckets/target-${i}/lifecycle.json`,
    line: 10 + n,
    column: 9,
    endLine: 10 + n,
    endColumn: 20,
    pointer: '/Rules/0/Expiration',
    docsUrl: `https://github.com/lifeguard-dev/lifeguard/blob/v0/docs/rules/${severity === 'error' ? 'expiration-days-positive' : 'early-deletion-charge'}.md`,
  };
}

function target(i: number): TargetSection {
  const failing = FAILING.includes(i);
  return {
    name: `target-${i}`,
    bucket: `acme-ml-artifacts-${i}`,
    source: `buckets/target-${i}/lifecycle.json`,
    diff: diffConfigurations(live, proposed),
    cost: {
      months: 12,
      first: { currentUsd: 100 + i, proposedUsd: 90 + i },
      last: { currentUsd: 120 + i, proposedUsd: 95 + i },
      savingsUsd: 150,
      prices: { source: 'bundled snapshot', date: '2026-02-23' },
      notices: [],
    },
    deleted: {
      objects: 1200 + i,
      bytes: 5 * 2 ** 30 + i,
      byteDays: 2 ** 35,
      horizonMonths: 12,
      basis: 'listing',
      listed: 5000,
      topPrefixes: [{ prefix: 'logs/2026/', objects: 1000, bytes: 2 ** 30 }],
    },
    unknowns: [],
    diagnostics: [...(failing ? [finding(i, 'error', 0)] : []), ...Array.from({ length: 6 }, (_, n) => finding(i, 'warning', n + 1))],
  };
}

function report(): PullRequestReport {
  const targets = Array.from({ length: 120 }, (_, i) => target(i));
  const verdict = evaluateGates(
    targets.map((t) => ({
      name: t.name,
      errors: t.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: 6,
      cost: { currentUsd: 100, proposedUsd: 90 },
      deletedBytes: t.deleted!.bytes,
    })),
    { failOn: 'error', maxDeletedBytes: 2 ** 40, deletionApprovalLabel: 'lifeguard/approve-deletion', onError: 'fail' },
  );
  return {
    verdict,
    targets,
    otherDiagnostics: [],
    notices: [],
    settingsSource: '.lifeguard.yml at the base commit bbbbbbb (from git)',
    runUrl: 'https://github.com/acme/buckets/actions/runs/11223344556',
  };
}

describe('the comment at scale', () => {
  it('120 targets, 5 failing: under 65,536 characters, overview first, every failing target in it, the rest in the job summary', () => {
    const r = report();
    expect(r.verdict.result).toBe('fail');
    const { body, truncated } = fitComment(renderPullRequestComment(r));
    expect(truncated).toBe(false);
    expect(body.length).toBeLessThan(65_536);

    // The overview is the first table after the verdict: its first rows are the failing targets, in order.
    const tableStart = body.indexOf('| Target | Verdict | Rule changes | Monthly cost change | Data deleted |');
    expect(tableStart).toBeGreaterThan(0);
    expect(body.indexOf('<details')).toBeGreaterThan(tableStart);
    const rows = body
      .slice(tableStart)
      .split('\n')
      .slice(2)
      .filter((l) => l.startsWith('| target-'));
    expect(rows.slice(0, 5).map((l) => l.split(' | ')[0])).toEqual(FAILING.map((i) => `| target-${i}`));
    expect(rows[0]).toBe('| target-3 | ❌ fail | 1 added, 1 changed | −$10.00 | ⚠️ 5.0 GiB |');
    expect(rows).toHaveLength(120);

    // Each failing target's details are in the comment, open, before any passing target's.
    const opened = [...body.matchAll(/^<details( open)?><summary>(.*? · target-\d+)<\/summary>/gm)];
    expect(opened.slice(0, 5).map((m) => [m[1], m[2]])).toEqual(FAILING.map((i) => [' open', `❌ fail · target-${i}`]));
    for (const i of FAILING) expect(body).toContain(`rule 'expire-logs' of target-${i}: finding 0`);
    expect(opened.slice(5).every((m) => m[1] === undefined && m[2]!.startsWith('✅ pass'))).toBe(true);

    // The details that did not fit are counted and linked; no block is left open.
    const shown = opened.length;
    expect(shown).toBeLessThan(120);
    expect(body).toContain(
      `The details of ${120 - shown} more targets did not fit in this comment: the [job summary](https://github.com/acme/buckets/actions/runs/11223344556) of this run has every target in full`,
    );
    expect(body.match(/<details/g)!.length).toBe(body.match(/<\/details>/g)!.length);

    // The job summary has every target's details.
    const summary = renderPullRequestSummary(r, []);
    for (let i = 0; i < 120; i++) expect(summary).toContain(`### target-${i} · \`acme-ml-artifacts-${i}\``);
    expect(summary).not.toContain('did not fit');
  });

  it('lists every failing row even when the passing rows must be left out, and counts those', () => {
    const r = report();
    const body = renderPullRequestComment(r, { maxChars: 6_000 });
    expect(body.length).toBeLessThan(6_000);
    for (const i of FAILING) expect(body).toContain(`| target-${i} | ❌ fail |`);
    const passingRows = body.split('\n').filter((l) => /^\| target-\d+ \| ✅ pass/.test(l)).length;
    expect(body).toContain(`…and ${115 - passingRows} more passing targets.`);
  });

  it('one target keeps its section unfolded, without an overview', () => {
    const r = report();
    const one = { ...r, targets: [r.targets[0]!] };
    const body = renderPullRequestComment(one);
    expect(body).not.toContain('| Target | Verdict |');
    expect(body).toContain('### target-0 · `acme-ml-artifacts-0`');
  });
});
