/**
 * The fixes of a pull-request run as review comments with `suggestion` blocks: only on lines the
 * pull request changed, at most `max-suggestions` per run, and never twice (a hidden marker per fix
 * and place, read back from the pull request's review comments). Suggestions are advice: a
 * failure to post them is a warning, never a change of the verdict (ADR 0181).
 */
import * as core from '@actions/core';
import { describeGitHubError, httpStatus, type GitHubClient, type RepoRef } from '../github/client.js';
import { hunkLines } from '../github/diff-hunks.js';
import type { PullRequestContext } from '../github/pull-request.js';
import { createReviewComment, listReviewCommentBodies } from '../github/review-comments.js';
import { plural } from '../lint/messages.js';
import { repoPath } from '../pipeline/pull-request.js';
import { postedKeys, suggestionsFor } from '../report/suggestions.js';
import type { CheckReport, SourceTexts } from '../findings/types.js';

export interface SuggestionRun {
  client: GitHubClient;
  repo: RepoRef;
  pr: PullRequestContext;
  check: CheckReport;
  sources: SourceTexts;
  /** Diff hunks of the changed files, by repository path. */
  patches: ReadonlyMap<string, string>;
  max: number;
  cwd: string;
  root: string;
}

/** Posts what is new; returns a line for the job summary (undefined: nothing to say). */
export async function postSuggestions(r: SuggestionRun): Promise<string | undefined> {
  if (r.max === 0 || !r.pr.headSha) return undefined;
  const hunks = new Map([...r.patches].map(([path, patch]) => [path, hunkLines(patch)]));
  const all = suggestionsFor({ diagnostics: r.check.diagnostics, sources: r.sources, hunks, repoPath: (f) => repoPath(f, r.cwd, r.root) });
  if (all.length === 0) return undefined;
  try {
    const posted = postedKeys(await listReviewCommentBodies(r.client, r.repo, r.pr.number));
    const fresh = all.filter((s) => !posted.has(s.key));
    const now = fresh.slice(0, r.max);
    for (const s of now) await createReviewComment(r.client, r.repo, r.pr.number, r.pr.headSha, s);
    const left = fresh.length - now.length;
    const line = `Suggested ${plural(now.length, 'fix', 'fixes')} as review comments${all.length > fresh.length ? ` (${all.length - fresh.length} already on the pull request)` : ''}${left ? `; ${left} more not posted (max-suggestions: ${r.max}): run \`lifeguard check --fix\`` : ''}.`;
    core.info(`lifeguard: ${line}`);
    return line;
  } catch (err) {
    const reason = describeGitHubError(err);
    const line =
      httpStatus(err) === 403
        ? `No suggestions: GitHub refused the review comments (${reason}). Give the job \`permissions: pull-requests: write\`.`
        : `The suggestions could not be posted (${reason}).`;
    core.warning(`lifeguard: ${line}`);
    return line;
  }
}
