/**
 * Review comments on a pull request's diff (pulls.listReviewComments / createReviewComment): the
 * action's suggestions. Each is placed on the head commit, on the new side of the diff.
 */
import type { GitHubClient, RepoRef } from './client.js';

export interface ReviewComment {
  path: string;
  /** Last line; `startLine` when the comment spans several. */
  line: number;
  startLine?: number;
  body: string;
}

export async function listReviewCommentBodies(client: GitHubClient, repo: RepoRef, pullNumber: number): Promise<string[]> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, { ...repo, pull_number: pullNumber, per_page: 100 });
  return comments.map((c) => c.body);
}

export async function createReviewComment(
  client: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
  commit: string,
  c: ReviewComment,
): Promise<void> {
  await client.rest.pulls.createReviewComment({
    ...repo,
    pull_number: pullNumber,
    commit_id: commit,
    path: c.path,
    body: c.body,
    side: 'RIGHT',
    line: c.line,
    ...(c.startLine !== undefined && c.startLine < c.line ? { start_line: c.startLine, start_side: 'RIGHT' as const } : {}),
  });
}
