/**
 * `command: plan`. On a pull request: ask GitHub what changed and how the pull request is labelled,
 * find out whether the run can read the live buckets, run the pull-request pipeline, then publish
 * (comment, summary, annotations, SARIF, outputs). Every GitHub error is a failure of the run (the
 * gate fails unless on-error: warn) and the check falls back to the stricter side: all targets.
 * On any other event (a schedule looking for drift, a manual run): the same for every target, or
 * those named in `targets`, without a comment.
 */
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { Workspace } from '../workspace/workspace.js';
import { loadConfig } from '../config/config.js';
import { changedPaths, listChangedFiles, listLabels, INCOMPLETE_LIST } from '../github/changed-files.js';
import { describeGitHubError, makeClient, type GitHubClient } from '../github/client.js';
import type { PullRequestContext } from '../github/pull-request.js';
import { plural } from '../lint/messages.js';
import { probeLiveAccess, type LiveAccess } from '../pipeline/live-access.js';
import { commitJudge } from './commit-judge.js';
import type { RunContext } from './context.js';
import { judgePullRequest } from './judge.js';
import { configRepoPath } from './trust.js';
import type { ActionInputs } from './inputs.js';
import { publishPullRequest } from './pr-publish.js';
import { checkDrift, settleDriftExit } from './drift.js';
import { configProblemsReport, configFailure } from './check.js';
import { annotate, setOutputs, writeSummary } from './publish.js';

export async function planCommand(inputs: ActionInputs, run: RunContext, pr: PullRequestContext | undefined): Promise<void> {
  const loaded = await loadConfig(inputs.config, new Workspace(run.cwd, run.root));
  if (!loaded.ok) {
    // Nothing can be judged without the configuration: report its problems and fail.
    const report = configProblemsReport(loaded);
    const failure = configFailure(loaded);
    setOutputs({ verdict: 'fail', errors: report.summary.errors, warnings: report.summary.warnings });
    annotate(report, { cwd: run.cwd, root: run.root, env: run.env });
    await writeSummary(report, { cwd: run.cwd, root: run.root, env: run.env }, 'Failed.', [failure]).catch(() => undefined);
    core.setFailed(`lifeguard: ${failure}.`);
    return;
  }
  const config = loaded.config;
  const failures: string[] = [];
  const notices: string[] = [];
  const client = pr && inputs.githubToken && run.repo ? makeClient(inputs.githubToken, run.apiUrl) : undefined;
  if (pr && !client)
    notices.push(
      'No github-token (or no GITHUB_REPOSITORY): the changed files could not be listed, so every target was checked, and no comment was posted.',
    );

  const patches = new Map<string, string>();
  const changed = pr && client ? await changedFiles(client, run, pr, failures, notices, patches) : undefined;
  const labels = pr ? (client ? await currentLabels(client, run, pr, failures) : pr.labels) : [];
  if (pr?.fromFork) {
    notices.push(
      'This pull request comes from a fork, whose token cannot write to this repository: the report is in this job summary instead of a comment. To comment on fork pull requests, see the pull_request + workflow_run example in examples/workflows/.',
    );
  }
  const live: LiveAccess = config.targets.length
    ? await probeLiveAccess(run.env)
    : { kind: 'none', reason: 'no targets in .lifeguard.yml' };
  if (live.kind === 'found')
    core.info(`lifeguard: AWS credentials found${live.source ? ` (${live.source})` : ''}; planning against the live buckets.`);

  const base = {
    inputs,
    run,
    ...(pr ? { pr } : {}),
    ...(client ? { client } : {}),
    ...(changed ? { changed } : {}),
    labels,
    live,
    evidenceDir: resolve(run.cwd, inputs.config ?? '.', inputs.config ? '..' : '.'),
  };
  const configPath = configRepoPath(run.cwd, run.root, inputs.config);
  const headRepo = pr?.headRepo?.split('/');
  const judged = await judgePullRequest({
    ...base,
    cwd: run.cwd,
    root: run.root,
    head: { config, ...(loaded.doc ? { doc: loaded.doc } : {}) },
    failures,
    notices,
    ...(pr && client
      ? {
          judgeCommit: commitJudge(base, {
            root: run.root,
            client,
            ...(headRepo?.length === 2 ? { repo: { owner: headRepo[0]!, repo: headRepo[1]! } } : run.repo ? { repo: run.repo } : {}),
            configPath,
          }),
        }
      : {}),
  });
  // Outside a pull request (a schedule, a manual run): where each bucket stands against the branch's history.
  const drift = pr ? undefined : await checkDrift(inputs, run, judged.config, judged.result.plans);
  const verdict = await publishPullRequest({ inputs, run, pr, client, result: judged.result, settings: judged.settings, changed, patches });
  if (drift) settleDriftExit(drift, verdict.pass);
}

async function changedFiles(
  client: GitHubClient,
  run: RunContext,
  pr: PullRequestContext,
  failures: string[],
  notices: string[],
  patches: Map<string, string>,
): Promise<string[] | undefined> {
  try {
    const files = await listChangedFiles(client, run.repo!, pr.number);
    for (const f of files) if (f.patch) patches.set(f.filename, f.patch);
    const paths = changedPaths(files);
    if (!paths) {
      notices.push(`${INCOMPLETE_LIST}, so every target was checked.`);
      return undefined;
    }
    core.info(`lifeguard: ${plural(files.length, 'file')} changed in pull request #${pr.number}.`);
    return paths;
  } catch (err) {
    failures.push(
      `GitHub: the changed files of pull request #${pr.number} could not be listed (${describeGitHubError(err)}); every target was checked instead`,
    );
    return undefined;
  }
}

async function currentLabels(client: GitHubClient, run: RunContext, pr: PullRequestContext, failures: string[]): Promise<string[]> {
  try {
    return await listLabels(client, run.repo!, pr.number);
  } catch (err) {
    failures.push(`GitHub: the labels of pull request #${pr.number} could not be read (${describeGitHubError(err)})`);
    return pr.labels;
  }
}
