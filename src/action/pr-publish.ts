/**
 * Everything a pull-request run leaves behind: the sticky comment (unless off, a fork, or nothing
 * worth saying), the log, annotations on the changed files only, the job summary, SARIF, the JSON
 * report and the outputs, and the exit status. A comment that cannot be posted for want of
 * permission is a notice (the summary has it all); any other GitHub error fails the gate.
 */
import * as core from '@actions/core';
import { describeGitHubError, httpStatus, type GitHubClient } from '../github/client.js';
import type { PullRequestContext } from '../github/pull-request.js';
import { logBlock } from '../github/runner-log.js';
import { defaultCommentKey, upsertStickyComment, type StickyResult } from '../github/sticky-comment.js';
import type { GateSettings, Verdict } from '../gate/verdict.js';
import { plural } from '../lint/messages.js';
import { reevaluate, repoPath, type PullRequestRun } from '../pipeline/pull-request.js';
import { summarize } from '../plan/types.js';
import { FORMATTERS } from '../report/index.js';
import { formatPlanText } from '../report/plan-text.js';
import { renderPullRequestComment } from '../report/pr-comment.js';
import { renderPullRequestSummary } from '../report/pr-summary.js';
import { buildReport } from '../findings/resolve.js';
import type { RunContext } from './context.js';
import type { ActionInputs, CommentOn } from './inputs.js';
import { postSuggestions } from './suggestions.js';
import { annotate, fitSummary, setOutputs, writeReportJson, writeSarif, type PublishContext } from './publish.js';

export interface PullRequestPublication {
  inputs: ActionInputs;
  run: RunContext;
  /** undefined: a plan outside a pull request (no comment). */
  pr?: PullRequestContext;
  client?: GitHubClient;
  result: PullRequestRun;
  settings: GateSettings;
  changed?: readonly string[];
  /** Diff hunks of the changed files, by repository path (for suggestions). */
  patches?: ReadonlyMap<string, string>;
}

/** Returns the final verdict (after anything that failed while publishing). */
export async function publishPullRequest(p: PullRequestPublication): Promise<Verdict> {
  const { inputs, run, pr, result } = p;
  // sarifFile is set once the file is written: the notices name only files that exist.
  const ctx: PublishContext = { cwd: run.cwd, root: run.root, env: run.env };
  let verdict = result.report.verdict;
  const markdown = renderPullRequestComment({ ...result.report, ...(run.runUrl ? { runUrl: run.runUrl } : {}) });
  const wanted = wantsComment(inputs.commentOn, result, verdict);
  logReport(inputs, result, ctx);

  const failures: string[] = [];
  let sarifWritten = false;
  if (inputs.sarifFile) {
    try {
      await writeSarif(result.check, ctx, inputs.sarifFile);
      sarifWritten = true;
      ctx.sarifFile = inputs.sarifFile;
    } catch (err) {
      failures.push(`cannot write the SARIF file ${inputs.sarifFile}: ${(err as Error).message}`);
    }
  }

  let commentLine: string | undefined;
  if (!pr) commentLine = undefined;
  else if (inputs.comment === 'off') commentLine = 'No comment: the input comment is off.';
  else if (pr.fromFork) commentLine = 'No comment: the pull request comes from a fork (read-only token).';
  else if (p.client && run.repo) {
    try {
      const posted = await upsertStickyComment(p.client, run.repo, pr.number, markdown, {
        mode: inputs.comment,
        onlyIfExists: !wanted,
        key: inputs.commentKey ?? defaultCommentKey(run.env),
        restAt: `the job summary of this run${run.runUrl ? ` (${run.runUrl})` : ''}`,
      });
      commentLine = commentWords(posted, inputs.commentOn);
      core.info(`lifeguard: ${commentLine}`);
    } catch (err) {
      const reason = describeGitHubError(err);
      if (httpStatus(err) === 403) {
        commentLine = `No comment: GitHub refused it (${reason}). Give the job \`permissions: pull-requests: write\`.`;
        core.notice(`lifeguard: ${commentLine} The report is in the job summary.`);
      } else {
        commentLine = `The comment could not be posted (${reason}).`;
        verdict = reevaluate(result, p.settings, { failures: [`GitHub: the comment could not be posted (${reason})`] });
      }
    }
  }

  // Suggestions need a token that may write: not on a fork's run.
  if (pr && !pr.fromFork && p.client && run.repo && p.patches?.size) {
    const line = await postSuggestions({
      client: p.client,
      repo: run.repo,
      pr,
      check: result.check,
      sources: result.sources,
      patches: p.patches,
      max: inputs.maxSuggestions,
      cwd: run.cwd,
      root: run.root,
    });
    if (line) commentLine = commentLine ? `${commentLine} ${line}` : line;
  }

  const changed = p.changed ? new Set(p.changed) : undefined;
  const inChanged = result.check.diagnostics.filter((d) => !changed || changed.has(repoPath(d.file, run.cwd, run.root)));
  annotate(buildReport(result.check.files, inChanged), ctx);
  const elsewhere = result.check.diagnostics.length - inChanged.length;
  if (elsewhere)
    core.notice(
      `lifeguard: ${plural(elsewhere, 'finding')} in files this pull request does not change ${elsewhere === 1 ? 'is' : 'are'} not annotated; the job summary lists ${elsewhere === 1 ? 'it' : 'them'}.`,
    );

  const report = { ...result.report, verdict };
  let reportJson: string | undefined;
  try {
    reportJson = await writeReportJson(
      {
        version: 1,
        command: 'plan',
        ...(pr ? { pullRequest: { number: pr.number, headSha: pr.headSha, fromFork: pr.fromFork } } : {}),
        verdict: verdict.result,
        passes: verdict.pass,
        totals: result.totals,
        comment: { markdown, wanted },
        report,
        plans: result.plans,
        findings: result.check,
      },
      run.cwd,
      inputs.reportJson,
      run.runnerTemp,
    );
  } catch (err) {
    failures.push(`cannot write the JSON report: ${(err as Error).message}`);
  }
  const pass = verdict.pass && failures.length === 0;
  setOutputs({
    verdict: failures.length ? 'fail' : verdict.result,
    errors: result.check.summary.errors,
    warnings: result.check.summary.warnings,
    ...result.totals,
    ...(reportJson ? { reportJson } : {}),
    ...(sarifWritten ? { sarifFile: inputs.sarifFile } : {}),
  });
  // Only what was written: the JSON report when it was, the SARIF file when it was, else the log.
  const restAt =
    [reportJson ? `the JSON report (${reportJson})` : '', sarifWritten ? `the SARIF file ${inputs.sarifFile}` : '']
      .filter(Boolean)
      .join(' and ') || 'the log of this step';
  try {
    await core.summary
      .addRaw(fitSummary(renderPullRequestSummary(report, result.plans, commentLine ? { commentLine } : {}), restAt))
      .write();
  } catch (err) {
    core.warning(`lifeguard: the job summary was not written: ${(err as Error).message}`);
  }
  for (const g of verdict.gates.filter((g) => g.warned))
    core.warning(`lifeguard: ${g.target ? `${g.target}: ` : ''}${g.reason} (on-error: warn)`);
  if (!pass)
    core.setFailed(`lifeguard: ${[verdict.pass ? '' : verdict.headline.replace(/^fail: /, ''), ...failures].filter(Boolean).join('; ')}.`);
  else if (verdict.result === 'incomplete')
    core.warning(`lifeguard: ${verdict.headline} (passes: the base settings say allow-incomplete: true).`);
  else core.info(`lifeguard: pass (${plural(result.report.targets.length, 'target')} checked).`);
  return pass ? verdict : { ...verdict, pass: false, result: verdict.result === 'pass' ? 'fail' : verdict.result };
}

/** Whether this run has something to say in a comment; an earlier comment is updated regardless. */
export function wantsComment(on: CommentOn, result: PullRequestRun, verdict: Verdict): boolean {
  if (on === 'always') return true;
  const failing = verdict.gates.some((g) => g.status !== 'pass' || g.warned);
  if (on === 'failures') return failing;
  // A touched target that could not be compared with its bucket counts as a change: its file did.
  // Infos alone (a style note on an unchanged rule) are not worth a comment.
  const findings = result.check.diagnostics.some((d) => d.severity !== 'info');
  return failing || findings || result.report.targets.some((t) => !t.diff || !t.diff.equal);
}

function commentWords(r: StickyResult, on: CommentOn): string {
  const where = r.url ? ` ${r.url}` : '';
  switch (r.action) {
    case 'created':
      return `Posted the pull-request comment${where}.`;
    case 'updated':
      return `Updated the pull-request comment${where}.`;
    case 'recreated':
      return `Hid the earlier comment and posted a new one${where}.`;
    case 'unchanged':
      return `The pull-request comment${where} already says this.`;
    case 'skipped':
      return `No comment: nothing to report (comment-on: ${on}).`;
  }
}

function logReport(inputs: ActionInputs, result: PullRequestRun, ctx: PublishContext): void {
  if (result.plans.length) {
    core.startGroup(`lifeguard plan: ${plural(result.plans.length, 'target')}`);
    logBlock(formatPlanText({ version: 1, targets: result.plans, summary: summarize(result.plans) }));
    core.endGroup();
  }
  if (inputs.format !== 'github') {
    core.startGroup(
      `lifeguard findings: ${plural(result.check.summary.errors, 'error')}, ${plural(result.check.summary.warnings, 'warning')}`,
    );
    logBlock(FORMATTERS[inputs.format]!(result.check, result.sources, { color: false, cwd: ctx.cwd, root: ctx.root }));
    core.endGroup();
  }
  for (const n of result.report.notices) core.notice(`lifeguard: ${n}`);
}
