/**
 * The merged pull requests a commit of the default branch belongs to (GitHub's "list pull requests
 * associated with a commit"): a merge, squash or rebase commit names the pull request it came from.
 */
import type { GitHubClient, RepoRef } from './client.js';

export async function mergedPullsOf(client: GitHubClient, repo: RepoRef, sha: string): Promise<number[]> {
  const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha, per_page: 100 });
  return data.filter((p) => p.merged_at).map((p) => p.number);
}
