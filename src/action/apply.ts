/**
 * `command: apply` on the default branch: reconcile. Every target's rules at the run's commit are
 * compared with its bucket, and each that differs is applied, so a run that was cancelled while
 * pending, or failed, is repaired by the next (ADR 0140). The drift guard searches the branch's
 * history: a bucket holding an earlier commit's rules is lagging and applied, one holding rules no
 * commit had drifted and stops (unless on-drift: overwrite). `targets` narrows the run to some
 * targets. Only from the default branch, whatever the event (apply-ref.ts). With `dry-run`, nothing
 * is written: the job summary shows what would be, and what it deletes (the plan job a reviewer
 * reads before approving the protected environment). After a real apply, the pull requests that
 * introduced the applied rules get the outcome in their lifeguard comment (apply-outcome.ts).
 */
import * as core from '@actions/core';
import { Workspace } from '../workspace/workspace.js';
import { loadConfig, workspaceOf } from '../config/config.js';
import { pushOf } from '../github/push.js';
import { logBlock } from '../github/runner-log.js';
import { applyPlace } from './apply-ref.js';
import { plural } from '../lint/messages.js';
import { probeLiveAccess } from '../pipeline/live-access.js';
import { statusOf } from '../apply/outcome.js';
import { rulesOwner } from '../apply/apply.js';
import { runApply } from '../pipeline/push-apply.js';
import { renderApplySummary } from '../report/apply-summary.js';
import { configFailure, configProblemsReport } from './check.js';
import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import { annotate, fitSummary, setOutputs, writeReportJson } from './publish.js';
import { postApplyOutcomes } from './apply-outcome.js';

export class ApplyRefusal extends Error {
  override name = 'ApplyRefusal';
}

export async function applyCommand(inputs: ActionInputs, run: RunContext): Promise<void> {
  const place = await applyPlace(inputs, run);
  if (!place.ok) throw new ApplyRefusal(place.reason);
  const push = pushOf(run.eventName, run.payload);
  const loaded = await loadConfig(inputs.config, new Workspace(run.cwd, run.root));
  if (!loaded.ok) {
    annotate(configProblemsReport(loaded), { cwd: run.cwd, root: run.root, env: run.env });
    throw new ApplyRefusal(`${configFailure(loaded)}; nothing was applied`);
  }
  const config = loaded.config;
  const head = run.sha ?? push?.after ?? 'HEAD';
  const at = `${head === 'HEAD' ? 'HEAD' : head.slice(0, 7)} of ${place.ref.replace(/^refs\/heads\//, '')}`;
  const trigger = push?.before && push.after ? `push ${push.before.slice(0, 7)}..${push.after.slice(0, 7)}` : run.eventName || 'manual run';
  let names: string[];
  let scope: string;
  if (Array.isArray(inputs.targets)) {
    names = inputs.targets;
    scope = `${inputs.dryRun ? 'Dry run: what applying' : 'Applying'} the rules at ${at} would do to the targets named in the input (${trigger}): ${names.join(', ')}.`;
  } else {
    // Rules Terraform or CloudFormation own are applied by them: reconciling leaves those targets out (naming one refuses it).
    const owned = config.targets.filter((t) => rulesOwner(t) !== undefined).map((t) => t.name);
    names = config.targets.filter((t) => rulesOwner(t) === undefined).map((t) => t.name);
    scope = `${inputs.dryRun ? 'Dry run: reconciling' : 'Reconciling'} every target with its bucket at ${at} (${trigger}): ${plural(names.length, 'target')}. A bucket that already has the rules is left alone; one behind the branch is brought up to date.${owned.length ? ` Left out, their rules owned by Terraform or CloudFormation: ${owned.join(', ')}.` : ''}`;
  }

  const notices: string[] = [];
  if (names.length) {
    const live = await probeLiveAccess(run.env);
    if (live.kind !== 'found') throw new ApplyRefusal(`apply needs AWS credentials with write access: ${live.reason}; nothing was applied`);
  }
  const results = await runApply({
    config,
    ...(loaded.doc ? { configDoc: loaded.doc } : {}),
    cwd: run.cwd,
    env: run.env,
    names,
    history: { root: run.root, head, depth: inputs.historyDepth },
    onDrift: inputs.onDrift,
    overwriteHint: 'the input on-drift: overwrite',
    deleteAll: inputs.deleteAll,
    now: () => new Date(),
    ...(inputs.dryRun ? { dryRun: { maxObjects: inputs.maxObjects, horizonMonths: inputs.costMonths } } : {}),
  });

  for (const t of results)
    logBlock(
      `lifeguard: target ${t.target.name}: ${statusOf(t)}${t.execution ? `: ${t.execution.message}` : t.decision.action === 'refuse' || t.decision.action === 'none' ? `: ${t.decision.reason}` : ''}`,
    );
  const diagnostics = results.flatMap((t) => t.plan.diagnostics);
  const bad = results.filter((t) => statusOf(t) === 'refused' || statusOf(t) === 'failed');
  const applied = results.filter((t) => statusOf(t) === 'applied').length;
  const display = (p: string) => workspaceOf(config).display(p);
  const reportJson = await writeReportJson(
    {
      version: 1,
      command: 'apply',
      commit: head,
      dryRun: inputs.dryRun,
      verdict: bad.length ? 'fail' : 'pass',
      targets: results.map((t) => ({
        target: t.target.name,
        bucket: t.target.bucket,
        status: statusOf(t),
        message: t.execution?.message ?? ('reason' in t.decision ? t.decision.reason : undefined),
        verified: t.execution?.verified ?? false,
        backup: t.execution?.backup
          ? { ...(t.execution.backup.path ? { path: display(t.execution.backup.path) } : {}), restore: t.execution.backup.restore }
          : undefined,
        ...(t.decision.action !== 'none' && t.decision.sync ? { sync: t.decision.sync } : {}),
        before: t.before,
        ...(t.toWrite !== undefined ? { toWrite: t.toWrite } : {}),
        after: t.after,
        ...(t.deletion ? { deleted: t.deletion.deleted } : {}),
        changes: t.plan.diff?.sentences ?? [],
        diagnostics: t.plan.diagnostics,
      })),
    },
    run.cwd,
    inputs.reportJson,
    run.runnerTemp,
  );
  setOutputs({
    verdict: bad.length ? 'fail' : 'pass',
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    applied,
    ...(reportJson ? { reportJson } : {}),
  });
  try {
    await core.summary
      .addRaw(
        fitSummary(
          renderApplySummary(results, { scope, display, notices, dryRun: inputs.dryRun }),
          reportJson ? `the JSON report (${reportJson})` : 'the log of this step',
        ),
      )
      .write();
  } catch (err) {
    core.warning(`lifeguard: the job summary was not written: ${(err as Error).message}`);
  }
  if (!inputs.dryRun && inputs.comment !== 'off') {
    for (const line of await postApplyOutcomes({ inputs, run, results, head, branch: place.ref.replace(/^refs\/heads\//, '') }))
      core.info(`lifeguard: ${line}`);
  }
  if (bad.length) {
    core.setFailed(
      `lifeguard: ${bad.map((t) => `${t.target.name} ${statusOf(t)}: ${t.execution?.message ?? ('reason' in t.decision ? t.decision.reason : '')}`).join('; ')}.`,
    );
  } else if (inputs.dryRun) {
    core.info(
      `lifeguard: dry run: ${plural(results.filter((t) => statusOf(t) === 'would apply').length, 'target')} would be applied; nothing was written.`,
    );
  } else {
    core.info(`lifeguard: ${plural(applied, 'target')} applied and verified.`);
  }
}
