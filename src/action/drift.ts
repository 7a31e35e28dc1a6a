/**
 * The action's drift check, part of `command: plan` outside pull requests (a schedule, a manual
 * run): where every planned bucket stands against the default branch's history, as outputs
 * (`drift`, `drifted-targets`, `lagging-targets`), a job-summary section, optionally one issue
 * (opened, updated, closed once everything matches again), and a distinct exit status (3) when the
 * gates passed but a target is out of sync (docs/action.md, ADR 0141).
 */
import * as core from '@actions/core';
import type { LifeguardConfig } from '../config/config.js';
import { describeGitHubError, httpStatus, makeClient } from '../github/client.js';
import { syncDriftIssue } from '../github/drift-issue.js';
import { detectDrift, DRIFT_EXIT_STATUS, outOfSync, type DriftReport } from '../pipeline/drift.js';
import type { TargetPlan } from '../plan/types.js';
import {
  DRIFT_ISSUE_MARKER,
  driftClosedComment,
  driftHeadline,
  driftIssueTitle,
  renderDriftIssue,
  renderDriftSummary,
  type DriftContext,
} from '../report/drift-report.js';
import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';

export async function checkDrift(
  inputs: ActionInputs,
  run: RunContext,
  config: LifeguardConfig,
  plans: readonly TargetPlan[],
): Promise<DriftReport> {
  const drift = await detectDrift(config, plans, { root: run.root, head: run.sha ?? 'HEAD', depth: inputs.historyDepth });
  const ctx = context(run);
  core.setOutput('drift', drift.drifted.length || drift.unknown.length ? 'drifted' : drift.lagging.length ? 'lagging' : 'none');
  core.setOutput('drifted-targets', [...drift.drifted, ...drift.unknown].join(','));
  core.setOutput('lagging-targets', drift.lagging.join(','));
  try {
    await core.summary.addRaw(renderDriftSummary(drift, ctx)).write();
  } catch (err) {
    core.warning(`lifeguard: the drift section of the job summary was not written: ${(err as Error).message}`);
  }
  for (const t of drift.targets.filter((x) => x.sync.state !== 'in-sync')) core.info(`lifeguard: target ${t.target}: ${t.sync.state}`);
  // Targets the check was meant to judge but could not (no AWS access, a bucket that could not be read).
  const asked = Array.isArray(inputs.targets) ? inputs.targets : config.targets.map((t) => t.name);
  const unjudged = asked.filter((name) => !drift.targets.some((t) => t.target === name));
  if (inputs.driftIssue) await keepIssue(inputs, run, drift, ctx, unjudged);
  return drift;
}

/** After the gates: a run whose gates passed but whose buckets are out of sync ends with status 3. */
export function settleDriftExit(drift: DriftReport, gatesPassed: boolean): void {
  if (!outOfSync(drift)) return;
  const line = `lifeguard: drift: ${driftHeadline(drift)} (${[...drift.drifted, ...drift.lagging, ...drift.unknown].join(', ')}); see the job summary`;
  if (!gatesPassed) {
    core.warning(line);
    return;
  }
  core.error(line);
  process.exitCode = DRIFT_EXIT_STATUS;
}

async function keepIssue(
  inputs: ActionInputs,
  run: RunContext,
  drift: DriftReport,
  ctx: DriftContext,
  unjudged: readonly string[],
): Promise<void> {
  if (!inputs.githubToken || !run.repo) {
    core.warning('lifeguard: drift-issue is set, but there is no github-token: no issue was opened or closed');
    return;
  }
  const open = outOfSync(drift) ? { title: driftIssueTitle(drift, ctx), body: renderDriftIssue(drift, ctx) } : undefined;
  // A check that could not judge every target is no evidence that the buckets match: an open issue stays open.
  if (!open && unjudged.length) {
    core.warning(
      `lifeguard: ${unjudged.length} target${unjudged.length === 1 ? ' was' : 's were'} not checked (${unjudged.join(', ')}): the drift issue, if open, was left open`,
    );
    return;
  }
  const client = makeClient(inputs.githubToken, run.apiUrl);
  try {
    const r = await syncDriftIssue(client, run.repo, DRIFT_ISSUE_MARKER, open, driftClosedComment(drift, ctx));
    core.setOutput('drift-issue', r.number === undefined ? '' : String(r.number));
    if (r.action !== 'none') core.info(`lifeguard: drift issue #${r.number} ${r.action}${r.url ? ` (${r.url})` : ''}`);
  } catch (err) {
    const hint = httpStatus(err) === 403 ? '; give the job permissions: issues: write' : '';
    core.warning(`lifeguard: the drift issue could not be ${open ? 'opened or updated' : 'closed'} (${describeGitHubError(err)})${hint}`);
  }
}

function context(run: RunContext): DriftContext {
  const payload = run.payload as { repository?: { default_branch?: unknown } } | undefined;
  const fromPayload = typeof payload?.repository?.default_branch === 'string' ? payload.repository.default_branch : undefined;
  const branch = fromPayload ?? (run.env.GITHUB_REF ?? '').replace(/^refs\/heads\//, '');
  return { branch: branch || 'the default branch', ...(run.runUrl ? { runUrl: run.runUrl } : {}) };
}
