/**
 * The GitHub API edge. Everything that talks to GitHub goes through an Octokit made here, so tests
 * can point it at a local server (`baseUrl`) and the action at GITHUB_API_URL.
 */
import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export function makeClient(token: string, baseUrl?: string): GitHubClient {
  // No retries on 4xx: a read-only fork token answers 403 at once and we fall back to the summary.
  return getOctokit(token, baseUrl ? { baseUrl } : {});
}

/** HTTP status of an Octokit RequestError, or undefined for anything else (network, bug). */
export function httpStatus(err: unknown): number | undefined {
  const s = (err as { status?: unknown }).status;
  return typeof s === 'number' ? s : undefined;
}

/** One line for a failed call: "HTTP 403: Resource not accessible by integration". */
export function describeGitHubError(err: unknown): string {
  const status = httpStatus(err);
  const message = ((err as Error)?.message ?? String(err)).split('\n')[0]!.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  return status ? `HTTP ${status}: ${message}` : message;
}
