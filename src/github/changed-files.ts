/**
 * The files a pull request changes, from the API (pulls.listFiles, paginated), so the action does
 * not depend on a third-party changed-files action. GitHub caps this list at 3,000 files.
 */
import type { GitHubClient, RepoRef } from './client.js';

export interface ChangedFile {
  filename: string;
  status: string;
  previousFilename?: string;
  /** The file's diff hunks (absent for binary files and very large diffs). */
  patch?: string;
}

/** GitHub lists at most this many files of a pull request; past it the list is incomplete. */
export const MAX_LISTED_FILES = 3000;

/** Said when the list reached that cap: what the run did instead follows it. */
export const INCOMPLETE_LIST = `GitHub lists only the first ${MAX_LISTED_FILES.toLocaleString('en-US')} changed files of a pull request`;

/**
 * Every path the pull request touches (a renamed file under both names: either may belong to a
 * target), or undefined when the list reached GitHub's cap and may leave some out.
 */
export function changedPaths(files: readonly ChangedFile[]): string[] | undefined {
  if (files.length >= MAX_LISTED_FILES) return undefined;
  return files.flatMap((f) => (f.previousFilename ? [f.filename, f.previousFilename] : [f.filename]));
}

export async function listChangedFiles(client: GitHubClient, repo: RepoRef, pullNumber: number): Promise<ChangedFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });
  return files.map((f) => ({
    filename: f.filename,
    status: f.status,
    previousFilename: f.previous_filename ?? undefined,
    ...(f.patch ? { patch: f.patch } : {}),
  }));
}

/** The current labels of a pull request (the event payload may be stale after a re-run). */
export async function listLabels(client: GitHubClient, repo: RepoRef, issueNumber: number): Promise<string[]> {
  const labels = await client.paginate(client.rest.issues.listLabelsOnIssue, { ...repo, issue_number: issueNumber, per_page: 100 });
  return labels.map((l) => l.name);
}
