/**
 * GitHub API errors in words, without Octokit: the CLI reads files at commits through git and only
 * needs these, so importing them must not load @actions/github (the lint path's cold start).
 */

/** HTTP status of an Octokit RequestError, or undefined for anything else (network, bug). */
export function httpStatus(err: unknown): number | undefined {
  if ((err as { name?: string }).name === 'GitHubTimeout') return undefined;
  const s = (err as { status?: unknown }).status;
  return typeof s === 'number' ? s : undefined;
}

/** One line for a failed call: "HTTP 403: Resource not accessible by integration". */
export function describeGitHubError(err: unknown): string {
  const status = httpStatus(err);
  const message = ((err as Error)?.message ?? String(err)).split('\n')[0]!.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  return status ? `HTTP ${status}: ${message}` : message;
}
