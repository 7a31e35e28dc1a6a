/**
 * The one issue that lists the targets out of sync with the default branch: found among the open
 * issues lifeguard's own identity opened, by its hidden marker (anyone may write the marker: an
 * issue of someone else's is never taken for it, as sticky comments, ADR 0132), opened when drift is found, updated while it lasts (only when its
 * text changes), and closed with a comment once every bucket matches again.
 */
import type { GitHubClient, RepoRef } from './client.js';
import { commentIdentity } from './sticky-comment.js';

export interface DriftIssueResult {
  action: 'opened' | 'updated' | 'unchanged' | 'closed' | 'none';
  number?: number;
  url?: string;
}

export async function findDriftIssue(client: GitHubClient, repo: RepoRef, marker: string, author: string) {
  const issues = await client.paginate(client.rest.issues.listForRepo, { ...repo, state: 'open', per_page: 100 });
  return issues
    .filter((i) => !i.pull_request && i.user?.login === author && (i.body ?? '').includes(marker))
    .sort((a, b) => a.number - b.number)[0];
}

/** `open`: the issue's title and body while something is out of sync; undefined: close it with `closing`. */
export async function syncDriftIssue(
  client: GitHubClient,
  repo: RepoRef,
  marker: string,
  open: { title: string; body: string } | undefined,
  closing: string,
): Promise<DriftIssueResult> {
  const existing = await findDriftIssue(client, repo, marker, await commentIdentity(client));
  if (!open) {
    if (!existing) return { action: 'none' };
    await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: closing });
    await client.rest.issues.update({ ...repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: existing.number, url: existing.html_url };
  }
  if (existing) {
    if (existing.body === open.body && existing.title === open.title)
      return { action: 'unchanged', number: existing.number, url: existing.html_url };
    const { data } = await client.rest.issues.update({ ...repo, issue_number: existing.number, title: open.title, body: open.body });
    return { action: 'updated', number: data.number, url: data.html_url };
  }
  const { data } = await client.rest.issues.create({ ...repo, title: open.title, body: open.body });
  return { action: 'opened', number: data.number, url: data.html_url };
}
