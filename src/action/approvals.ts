/**
 * Approvals for the run: only when a gate needs one (a deletion over the limit, a loosened
 * setting). Approvals given on the head commit count. Otherwise the newest approved older commit is
 * judged again, now, against the same buckets: when the head deletes no more (per target) and costs
 * no more, and loosens nothing that commit did not, its approvals are kept; a push that deletes or
 * costs more needs a new approval. The verdict is then evaluated again, and the comment says who
 * approved what at which commit.
 */
import * as core from '@actions/core';
import type { LifeguardConfig } from '../config/config.js';
import { describeGitHubError, type GitHubClient, type RepoRef } from '../github/client.js';
import { gatherApprovalEvidence } from '../github/approvals.js';
import type { PullRequestContext } from '../github/pull-request.js';
import { approvalsAt, approvalsOf, type Approval } from '../gate/approval.js';
import type { GateSettings } from '../gate/verdict.js';
import { formatBytes } from '../model/units.js';
import { reevaluate, type PullRequestRun } from '../pipeline/pull-request.js';
import type { ApprovalSummary } from '../report/pr-types.js';

export interface SettleRequest {
  client: GitHubClient;
  repo: RepoRef;
  pr: PullRequestContext & { headSha: string };
  labels: readonly string[];
  config: LifeguardConfig;
  settings: GateSettings;
  result: PullRequestRun;
  judgeCommit?: (sha: string) => Promise<PullRequestRun | string>;
}

export async function settleApprovals(r: SettleRequest): Promise<void> {
  const needed = r.result.report.verdict.gates.some((g) => g.status === 'fail' && g.approvalLabel);
  if (!needed) return;
  const summary: ApprovalSummary = { head: r.pr.headSha, counted: [], stale: [], ignored: [], notes: [] };
  let all: Approval[];
  try {
    const gathered = await gatherApprovalEvidence({
      client: r.client,
      repo: r.repo,
      number: r.pr.number,
      ...(r.pr.headRef ? { headRef: r.pr.headRef } : {}),
      ...(r.pr.headRepo ? { headRepo: r.pr.headRepo } : {}),
      label: r.settings.deletionApprovalLabel,
      currentLabels: r.labels,
      approvers: r.config.approvers ?? [],
    });
    summary.notes.push(...gathered.notes);
    const decided = approvalsOf(gathered.evidence);
    summary.ignored = decided.ignored;
    all = decided.approvals;
  } catch (err) {
    summary.notes.push(`the approvals could not be read (${describeGitHubError(err)}); none counts`);
    r.result.report.approvals = summary;
    return;
  }
  const atHead = approvalsAt(all, r.pr.headSha);
  const older = all.filter((a) => a.commit !== r.pr.headSha);
  if (atHead.length) summary.counted = atHead;
  else if (older.length) {
    const commit = older.at(-1)!.commit;
    const onIt = approvalsAt(older, commit);
    const why = await carriesOver(r, commit);
    if (why === undefined) summary.counted = onIt.map((a) => ({ ...a, carried: true }));
    else summary.stale = onIt.map((a) => ({ ...a, why }));
    for (const a of older.filter((x) => x.commit !== commit)) summary.stale.push({ ...a, why: 'a newer commit was approved since' });
  }
  r.result.report.verdict = reevaluate(r.result, r.settings, { approvals: summary.counted });
  r.result.report.approvals = summary;
  core.info(
    `lifeguard: ${summary.counted.length} approval(s) count for ${r.pr.headSha.slice(0, 7)}; ${summary.stale.length} on older commits do not; ${summary.ignored.length} ignored.`,
  );
}

/** undefined when the head deletes, costs and loosens no more than `commit`; else why not. */
async function carriesOver(r: SettleRequest, commit: string): Promise<string | undefined> {
  if (!r.judgeCommit) return 'the commit it was given on could not be judged again here';
  const then = await r.judgeCommit(commit);
  if (typeof then === 'string') return `the commit it was given on could not be judged again (${then})`;
  for (const now of r.result.outcomes) {
    const was = then.outcomes.find((o) => o.name === now.name);
    if (now.deletedBytes !== undefined && now.deletedBytes > 0) {
      if (was?.deletedBytes === undefined) return `${now.name}: what that commit deleted is not known`;
      if (now.deletedBytes > was.deletedBytes)
        return `${now.name}: this commit deletes ${formatBytes(now.deletedBytes)}, that one ${formatBytes(was.deletedBytes)}`;
    }
    if (now.cost) {
      const delta = now.cost.proposedUsd - now.cost.currentUsd;
      const before = was?.cost ? was.cost.proposedUsd - was.cost.currentUsd : undefined;
      if (before === undefined || delta > before + 0.005) return `${now.name}: this commit costs more a month than that one`;
    }
  }
  const loosenedThen = new Set((then.checks.loosened ?? []).map((l) => `${l.setting}\u0000${l.to}`));
  const more = (r.result.checks.loosened ?? []).find((l) => !loosenedThen.has(`${l.setting}\u0000${l.to}`));
  if (more) return `this commit loosens ${more.setting} (${more.from} → ${more.to}), that one did not`;
  return undefined;
}
