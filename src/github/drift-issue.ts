/**
 * The one issue that lists the targets out of sync with the default branch: found among the open
 * issues by its hidden marker, opened when drift is found, updated while it lasts (only when its
 * text changes), and closed with a comment once every bucket matches again.
 */
import type { GitHubClient, RepoRef } from './client.js';

export interface DriftIssueResult {
  action: 'opened' | 'updated' | 'unchanged' | 'closed' | 'none';
  number?: number;
  url?: string;
}

export async function findDriftIssue(client: GitHubClient, repo: RepoRef, marker: string) {
  const issues = await client.paginate(client.rest.issues.listForRepo, { ...repo, state: 'open', per_page: 100 });
  return issues.filter((i) => !i.pull_request && (i.body ?? '').includes(marker)).sort((a, b) => a.number - b.number)[0];
}

/** `open`: the issue's title and body while something is out of sync; undefined: close it with `closing`. */
export async function syncDriftIssue(
  client: GitHubClient,
  repo: RepoRef,
  marker: string,
  open: { title: string; body: string } | undefined,
  closing: string,
): Promise<DriftIssueResult> {
  const existing = await findDriftIssue(client, repo, marker);
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
