/**
 * `command: comment`: the privileged half of the fork split, on a `workflow_run` event. A fork's
 * `pull_request` run has no secrets and a read-only token, so it cannot read the buckets or comment;
 * this half runs the base repository's workflow with credentials and a writable token, and judges
 * the pull request itself: its files are read as data at the head commit (contents API, never
 * checked out, never run), the settings are the base commit's, the plan runs against the live
 * buckets, and approvals are checked as on any pull request. It posts the sticky comment and a
 * commit status `lifeguard` on the head commit, and never a verdict better than the conclusion of
 * the run that triggered it. The report that run saved is untrusted: only the pull request's number
 * and head commit are read from it (schema, size limit), and both must match what GitHub says.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { changedPaths, listChangedFiles, listLabels, INCOMPLETE_LIST } from '../github/changed-files.js';
import { describeGitHubError, makeClient, type GitHubClient, type RepoRef } from '../github/client.js';
import { pullRequestOf, type PullRequestContext } from '../github/pull-request.js';
import { defaults } from '../config/config.js';
import { isObj } from '../model/values.js';
import { probeLiveAccess } from '../pipeline/live-access.js';
import { reevaluate } from '../pipeline/pull-request.js';
import { commitJudge, copiesOf, cwdOf } from './commit-judge.js';
import type { RunContext } from './context.js';
import { InputError, type ActionInputs } from './inputs.js';
import { judgePullRequest } from './judge.js';
import { publishPullRequest } from './pr-publish.js';
import { readSavedReport } from './saved-report.js';
import { configRepoPath } from './trust.js';

export class CommentRefusal extends Error {
  override name = 'CommentRefusal';
}

/** The commit status the privileged half sets on the head commit (make it the required check). */
export const STATUS_CONTEXT = 'lifeguard';

interface WorkflowRun {
  id?: number;
  headSha: string;
  conclusion: string;
  event: string;
}

export async function commentCommand(inputs: ActionInputs, run: RunContext): Promise<void> {
  if (!inputs.reportJson)
    throw new InputError('command comment needs the input report-json: the report file a pull_request run saved (its output report-json)');
  if (!inputs.githubToken || !run.repo) throw new InputError('command comment needs github-token and GITHUB_REPOSITORY');
  const wr = workflowRunOf(run);
  if (!wr)
    throw new CommentRefusal(
      `command comment runs on workflow_run events of a pull_request run (this is a ${run.eventName || 'manual'} event); it judges the pull request that run checked`,
    );
  const saved = await readSavedReport(inputs.reportJson);
  if (saved.headSha !== wr.headSha) {
    throw new CommentRefusal(
      `the saved report is of commit ${saved.headSha.slice(0, 12)}, but the workflow run checked ${wr.headSha.slice(0, 12)}; not judging (the report was forged or mixed up)`,
    );
  }
  const client = makeClient(inputs.githubToken, run.apiUrl);
  const pr = await pullRequest(client, run.repo, saved.number, wr.headSha);

  const failures: string[] = [];
  const notices: string[] = [];
  let changed: string[] | undefined;
  try {
    const files = await listChangedFiles(client, run.repo, pr.number);
    changed = changedPaths(files);
    if (!changed) notices.push(`${INCOMPLETE_LIST}, so every target was checked.`);
  } catch (err) {
    failures.push(
      `GitHub: the changed files of pull request #${pr.number} could not be listed (${describeGitHubError(err)}); every target was checked instead`,
    );
  }
  const headRepo = repoRef(pr.headRepo) ?? run.repo;
  const configPath = configRepoPath(run.cwd, run.root, inputs.config);
  // Git first when the checkout holds the head commit (a workflow may fetch refs/pull/N/head, objects
  // only, nothing checked out): the same data, without one API call per file against the token's rate limit.
  const source = { root: run.root, client, repo: headRepo, configPath, ...(changed ? { extra: changed } : {}) };
  const copies = await copiesOf(source, wr.headSha);
  let head;
  let cwd: string;
  let root: string;
  if (typeof copies === 'string') {
    // A head whose .lifeguard.yml cannot be read or used names no targets the run could judge: that
    // is missing evidence, never a pass (the base's targets would go unjudged).
    root = await mkdtemp(join(tmpdir(), 'lifeguard-empty-'));
    cwd = root;
    head = { config: defaults(cwd) };
    failures.push(`the head commit's ${configPath} could not be used, so the pull request was not judged: ${copies}`);
  } else if (!copies.config) {
    // No .lifeguard.yml at the head: the defaults, as for a same-repository pull request; the base's
    // targets it drops are loosenings the settings gate asks approval for (trust/settings.ts).
    root = copies.root;
    cwd = cwdOf(copies, configPath);
    head = { config: defaults(cwd) };
    notices.push(`The head commit has no ${configPath}: judged with the defaults.`);
  } else {
    root = copies.root;
    cwd = cwdOf(copies, configPath);
    head = { config: copies.config!, ...(copies.doc ? { doc: copies.doc } : {}) };
    // A file that could not be copied (a failed read, past the file cap) is evidence the run lacks:
    // a quarantine file's batches, a changed file's findings. Missing evidence fails.
    failures.push(...copies.problems.map((p) => `not judged: ${p}`));
    notices.push(...(copies.skipped ?? []).map((p) => `Not checked: ${p}.`));
  }
  notices.push(
    `Judged by the privileged half of the fork split: the pull request's files at ${wr.headSha.slice(0, 7)} were read as data, nothing from it was run.`,
  );

  const live = head.config.targets.length
    ? await probeLiveAccess(run.env)
    : ({ kind: 'none', reason: 'no targets in .lifeguard.yml' } as const);
  const evidenceDir = resolve(run.cwd, inputs.config ?? '.', inputs.config ? '..' : '.');
  const base = { inputs, run, pr, client, ...(changed ? { changed } : {}), labels: pr.labels, live, evidenceDir };
  const judged = await judgePullRequest({ ...base, cwd, root, head, failures, notices, judgeCommit: commitJudge(base, source) });
  if (wr.conclusion !== 'success') {
    judged.result.report.verdict = reevaluate(judged.result, judged.settings, {
      failures: [
        `the pull_request run${wr.id ? ` ${wr.id}` : ''} that triggered this one concluded ${wr.conclusion}, and this verdict can be no better`,
      ],
    });
  }
  const verdict = await publishPullRequest({
    inputs,
    run: { ...run, cwd, root },
    pr,
    client,
    result: judged.result,
    settings: judged.settings,
    ...(changed ? { changed } : {}),
  });
  try {
    await client.rest.repos.createCommitStatus({
      ...run.repo,
      sha: wr.headSha,
      state: verdict.pass ? 'success' : 'failure',
      context: STATUS_CONTEXT,
      description: verdict.headline.slice(0, 140),
      ...(run.runUrl ? { target_url: run.runUrl } : {}),
    });
  } catch (err) {
    core.setFailed(
      `lifeguard: the commit status could not be set on ${wr.headSha.slice(0, 12)} (${describeGitHubError(err)}); give the job permissions: statuses: write`,
    );
  }
}

function workflowRunOf(run: RunContext): WorkflowRun | undefined {
  if (run.eventName !== 'workflow_run' || !isObj(run.payload) || !isObj(run.payload.workflow_run)) return undefined;
  const w = run.payload.workflow_run;
  if (typeof w.head_sha !== 'string') return undefined;
  return {
    headSha: w.head_sha,
    conclusion: typeof w.conclusion === 'string' ? w.conclusion : 'unknown',
    event: typeof w.event === 'string' ? w.event : '',
    ...(typeof w.id === 'number' ? { id: w.id } : {}),
  };
}

/** The pull request as GitHub has it now; its head must be the commit the run checked. */
async function pullRequest(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  expectedHead: string,
): Promise<PullRequestContext & { headSha: string }> {
  let data: unknown;
  try {
    data = (await client.rest.pulls.get({ ...repo, pull_number: number })).data;
  } catch (err) {
    throw new CommentRefusal(`pull request #${number} of the saved report could not be read (${describeGitHubError(err)})`);
  }
  const pr = pullRequestOf('pull_request', { pull_request: data });
  if (!pr?.headSha) throw new CommentRefusal(`pull request #${number} could not be read (no head commit)`);
  if (pr.headSha !== expectedHead) {
    throw new CommentRefusal(
      `the saved report names pull request #${number}, whose head is ${pr.headSha.slice(0, 12)}, but the workflow run checked ${expectedHead.slice(0, 12)}; not commenting (a newer push may be on its way, or the report was forged)`,
    );
  }
  // The current labels, from the API (the pull request's own list may be cut short).
  const labels = await listLabels(client, repo, number).catch(() => pr.labels);
  // This half writes with its own token, whatever the head repository is.
  return { ...pr, headSha: pr.headSha, labels, fromFork: false };
}

function repoRef(fullName: string | undefined): RepoRef | undefined {
  const [owner, repo] = (fullName ?? '').split('/');
  return owner && repo ? { owner, repo } : undefined;
}
