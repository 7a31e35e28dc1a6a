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
