/**
 * After apply: the pull requests whose rules the run applied (or refused) hear about it in their
 * lifeguard comment. A target's pull request is the one that introduced the rules at the applied
 * commit (found in the branch's history by the drift guard, else the applied commit's own), so a
 * pull request whose run was cancelled while pending learns that a later run applied its rules.
 * Posting is best effort: the apply has happened, and a comment that cannot be written is a warning.
 */
import * as core from '@actions/core';
import { describeGitHubError, httpStatus, makeClient } from '../github/client.js';
import { mergedPullsOf } from '../github/commit-pulls.js';
import {
  COMMENT_MARKER,
  commentIdentity,
  commentMarker,
  DEFAULT_COMMENT_KEY,
  findStickyComment,
  fitComment,
} from '../github/sticky-comment.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { statusOf, type TargetApplication } from '../apply/outcome.js';
import { renderApplyOutcome, withApplyOutcome, type TargetOutcomeLine } from '../report/apply-outcome.js';
import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';

export interface OutcomeRequest {
  inputs: ActionInputs;
  run: RunContext;
  results: readonly TargetApplication[];
  /** The commit applied. */
  head: string;
  /** The branch applied from. */
  branch: string;
}

/** Posts the outcomes; returns one line per pull request for the log. */
export async function postApplyOutcomes(r: OutcomeRequest): Promise<string[]> {
  const acted = r.results.filter((t) => statusOf(t) !== 'unchanged');
  if (!acted.length) return [];
  if (!r.inputs.githubToken || !r.run.repo) return ['the merged pull requests were not told the outcome: no github-token'];
  const client = makeClient(r.inputs.githubToken, r.run.apiUrl);
  const repo = r.run.repo;
  const byCommit = new Map<string, TargetApplication[]>();
  for (const t of acted) {
    const sync =
      t.decision.action === 'put' || t.decision.action === 'delete' || t.decision.action === 'refuse' ? t.decision.sync : undefined;
    const commit = sync && (sync.state === 'lagging' || sync.state === 'drifted') && sync.desiredSince ? sync.desiredSince.sha : r.head;
    byCommit.set(commit, [...(byCommit.get(commit) ?? []), t]);
  }
  const byPull = new Map<number, TargetApplication[]>();
  const log: string[] = [];
  for (const [commit, targets] of byCommit) {
    try {
      for (const n of await mergedPullsOf(client, repo, commit)) byPull.set(n, [...(byPull.get(n) ?? []), ...targets]);
    } catch (err) {
      log.push(`the pull request of ${commit.slice(0, 7)} could not be found (${describeGitHubError(err)}); its comment was not updated`);
    }
  }
  for (const [number, targets] of byPull) {
    const block = renderApplyOutcome(targets.map(lineOf), {
      head: r.head,
      branch: r.branch,
      ...(r.run.runUrl ? { runUrl: r.run.runUrl } : {}),
    });
    try {
      const author = await commentIdentity(client);
      const existing = await pullRequestComment(client, repo, number, author, r.inputs.commentKey);
      const restAt = r.run.runUrl ? `the job summary of the apply run (${r.run.runUrl})` : undefined;
      if (existing) {
        // The comment keeps its own marker (its comment-key), so the pull request's next run still finds it.
        const text = existing.body ?? '';
        const marker = [...text.matchAll(MARKER)].at(-1)?.[0] ?? commentMarker(DEFAULT_COMMENT_KEY);
        const body = withApplyOutcome(text.replace(`\n${marker}\n`, '').replace(marker, ''), block);
        await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: fitComment(body, restAt, marker).body });
      } else {
        await client.rest.issues.createComment({
          ...repo,
          issue_number: number,
          body: fitComment(block, restAt, commentMarker(r.inputs.commentKey ?? DEFAULT_COMMENT_KEY)).body,
        });
      }
      log.push(`pull request #${number}: the comment shows the apply outcome of ${targets.map((t) => t.target.name).join(', ')}`);
    } catch (err) {
      const hint = httpStatus(err) === 403 ? '; give the job permissions: pull-requests: write' : '';
      core.warning(`lifeguard: the outcome was not posted on pull request #${number} (${describeGitHubError(err)})${hint}`);
    }
  }
  return log;
}

/** Lifeguard's markers, whatever their comment-key (sticky-comment.ts writes them). */
const MARKER = new RegExp(`${COMMENT_MARKER.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: key=[^ ]*)? -->`, 'g');

/**
 * The pull request's lifeguard comment: of the comment-key given to the apply step, else the newest
 * lifeguard comment by the identity lifeguard posts as, whatever its key (the pull-request workflow's
 * default key names its own workflow and job, which the apply workflow cannot know).
 */
async function pullRequestComment(client: GitHubClient, repo: RepoRef, number: number, author: string, key: string | undefined) {
  if (key) return findStickyComment(client, repo, number, author, key);
  const comments = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: number, per_page: 100 });
  return comments
    .filter((c) => c.user?.login?.toLowerCase() === author.toLowerCase() && [...(c.body ?? '').matchAll(MARKER)].length > 0)
    .at(-1);
}

function lineOf(t: TargetApplication): TargetOutcomeLine {
  const status = statusOf(t);
  const message = t.execution?.message ?? ('reason' in t.decision ? t.decision.reason : '');
  return { target: t.target.name, bucket: t.target.bucket, status, message };
}
