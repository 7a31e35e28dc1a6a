/**
 * `command: comment`: the privileged half of the fork split. A `pull_request` run from a fork has a
 * read-only token, so it saves its report (output report-json) as an artifact; a `workflow_run`
 * workflow, which runs the base repository's code with a writable token, downloads it and runs
 * this command to post the sticky comment. The saved report is untrusted (the fork's run wrote
 * it): its pull request must be the one whose head commit the workflow run checked, so a forged
 * number cannot put a comment on another pull request. No pull-request code is run here.
 */
import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { describeGitHubError, makeClient } from '../github/client.js';
import { defaultCommentKey, upsertStickyComment } from '../github/sticky-comment.js';
import { isObj } from '../lint/values.js';
import type { RunContext } from './context.js';
import { InputError, type ActionInputs } from './inputs.js';
import { setOutputs } from './publish.js';

export class CommentRefusal extends Error {
  override name = 'CommentRefusal';
}

interface SavedReport {
  number: number;
  markdown: string;
  wanted: boolean;
  verdict: 'pass' | 'fail';
  errors: number;
  warnings: number;
}

export async function commentCommand(inputs: ActionInputs, run: RunContext): Promise<void> {
  if (!inputs.reportJson) throw new InputError("command comment needs the input report-json: the report file a pull_request run saved (its output report-json)");
  if (!inputs.githubToken || !run.repo) throw new InputError('command comment needs github-token and GITHUB_REPOSITORY');
  if (inputs.comment === 'off') {
    core.info('lifeguard: comment is off; nothing to do.');
    return;
  }
  const saved = await readSaved(inputs.reportJson);
  const client = makeClient(inputs.githubToken, run.apiUrl);
  const expectedHead = workflowRunHead(run);
  let head: string;
  try {
    head = (await client.rest.pulls.get({ ...run.repo, pull_number: saved.number })).data.head.sha;
  } catch (err) {
    throw new CommentRefusal(`pull request #${saved.number} of the saved report could not be read (${describeGitHubError(err)})`);
  }
  if (expectedHead && head !== expectedHead) {
    throw new CommentRefusal(
      `the saved report names pull request #${saved.number}, whose head is ${head.slice(0, 12)}, but the workflow run checked ${expectedHead.slice(0, 12)}; not commenting (a newer push may be on its way, or the report was forged)`,
    );
  }
  let posted;
  try {
    posted = await upsertStickyComment(client, run.repo, saved.number, saved.markdown, {
      mode: inputs.comment,
      onlyIfExists: !saved.wanted,
      key: inputs.commentKey ?? defaultCommentKey(run.env),
      restAt: 'the job summary of the pull request\'s check run',
    });
  } catch (err) {
    throw new CommentRefusal(`the comment on pull request #${saved.number} could not be posted (${describeGitHubError(err)})`);
  }
  core.info(`lifeguard: comment on pull request #${saved.number}: ${posted.action}${posted.url ? ` (${posted.url})` : ''}.`);
  setOutputs({ verdict: saved.verdict, errors: saved.errors, warnings: saved.warnings, reportJson: inputs.reportJson });
}

/** The head commit the triggering run checked, on a workflow_run event. */
function workflowRunHead(run: RunContext): string | undefined {
  if (run.eventName !== 'workflow_run' || !isObj(run.payload) || !isObj(run.payload.workflow_run)) return undefined;
  const sha = run.payload.workflow_run.head_sha;
  return typeof sha === 'string' ? sha : undefined;
}

async function readSaved(path: string): Promise<SavedReport> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new InputError(`cannot read the saved report ${path}: ${(err as Error).message}`);
  }
  const bad = (what: string) => new InputError(`${path} is not a report of lifeguard's plan on a pull request: ${what}`);
  if (!isObj(data) || data.version !== 1 || data.command !== 'plan') throw bad('no "version": 1 and "command": "plan"');
  const pr = data.pullRequest;
  if (!isObj(pr) || typeof pr.number !== 'number' || !Number.isSafeInteger(pr.number) || pr.number < 1) throw bad('no pullRequest.number');
  const comment = data.comment;
  if (!isObj(comment) || typeof comment.markdown !== 'string') throw bad('no comment.markdown');
  const summary = isObj(data.findings) && isObj(data.findings.summary) ? data.findings.summary : {};
  return {
    number: pr.number,
    markdown: comment.markdown,
    wanted: comment.wanted !== false,
    verdict: data.verdict === 'pass' ? 'pass' : 'fail',
    errors: typeof summary.errors === 'number' ? summary.errors : 0,
    warnings: typeof summary.warnings === 'number' ? summary.warnings : 0,
  };
}
