/**
 * `command: apply`: after a merge, put the reviewed rules in their buckets. On a push to the
 * default branch the targets are those whose files the push changed (`git diff` of the push's
 * before and after commits) and the drift guard compares the buckets with the commit before the
 * push; `targets: all` or a list of names overrides the choice. Only from the default branch, whatever
 * the event (apply-ref.ts): what is applied must be what was merged.
 */
import * as core from '@actions/core';
import { Workspace } from '../workspace/workspace.js';
import { loadConfig, workspaceOf } from '../config/config.js';
import { pushOf } from '../github/push.js';
import { logBlock } from '../github/runner-log.js';
import { applyPlace } from './apply-ref.js';
import { plural } from '../lint/messages.js';
import { probeLiveAccess } from '../pipeline/live-access.js';
import { filesChangedBetween } from '../pipeline/pushed-files.js';
import { statusOf } from '../apply/outcome.js';
import { runApply } from '../pipeline/push-apply.js';
import { touchedTargets } from '../pipeline/targets.js';
import { renderApplySummary } from '../report/apply-summary.js';
import { configFailure, configProblemsReport } from './check.js';
import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import { annotate, fitSummary, setOutputs, writeReportJson } from './publish.js';

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

  let names: string[];
  let scope: string;
  if (inputs.targets === 'all') {
    names = config.targets.map((t) => t.name);
    scope = `Every target (targets: all): ${names.join(', ') || 'none'}.`;
  } else if (inputs.targets) {
    names = inputs.targets;
    scope = `The targets named in the input: ${names.join(', ')}.`;
  } else if (push?.before && push.after) {
    const changed = await filesChangedBetween(run.root, push.before, push.after);
    names = touchedTargets(config, changed, run.root).map((t) => t.target.name);
    const range = `${push.before.slice(0, 7)}..${push.after.slice(0, 7)}`;
    scope = names.length
      ? `The push ${range} to ${push.defaultBranch} changed the files of ${plural(names.length, 'target')}: ${names.join(', ')}.`
      : `The push ${range} to ${push.defaultBranch} changed no target's files (${plural(changed.length, 'file')} changed): nothing to apply.`;
  } else {
    throw new ApplyRefusal(
      push ? 'the push created the branch, so there is no earlier commit to compare with; set the input targets (all, or target names)' : `on a ${run.eventName || 'manual'} run, name the targets to apply with the input targets (all, or target names)`,
    );
  }

  const notices: string[] = [];
  if (names.length) {
    const live = await probeLiveAccess(run.env);
    if (live.kind !== 'found') throw new ApplyRefusal(`apply needs AWS credentials with write access: ${live.reason}; nothing was applied`);
  }
  const base = push?.before ? { ref: push.before } : undefined;
  if (!base) notices.push('Drift guard off: there is no commit before this run to compare the buckets with.');
  const results = await runApply({
    config,
    ...(loaded.doc ? { configDoc: loaded.doc } : {}),
    cwd: run.cwd,
    env: run.env,
    names,
    ...(base ? { base } : {}),
    onDrift: inputs.onDrift,
    deleteAll: inputs.deleteAll,
    now: () => new Date(),
  });

  for (const t of results) logBlock(`lifeguard: target ${t.target.name}: ${statusOf(t)}${t.execution ? `: ${t.execution.message}` : t.decision.action === 'refuse' || t.decision.action === 'none' ? `: ${t.decision.reason}` : ''}`);
  const diagnostics = results.flatMap((t) => t.plan.diagnostics);
  const bad = results.filter((t) => statusOf(t) === 'refused' || statusOf(t) === 'failed');
  const applied = results.filter((t) => statusOf(t) === 'applied').length;
  const display = (p: string) => workspaceOf(config).display(p);
  const reportJson = await writeReportJson(
    {
      version: 1,
      command: 'apply',
      verdict: bad.length ? 'fail' : 'pass',
      targets: results.map((t) => ({
        target: t.target.name,
        bucket: t.target.bucket,
        status: statusOf(t),
        message: t.execution?.message ?? ('reason' in t.decision ? t.decision.reason : undefined),
        verified: t.execution?.verified ?? false,
        backup: t.execution?.backup ? { ...(t.execution.backup.path ? { path: display(t.execution.backup.path) } : {}), restore: t.execution.backup.restore } : undefined,
        before: t.before,
        after: t.after,
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
    await core.summary.addRaw(fitSummary(renderApplySummary(results, { scope, display, notices }), reportJson ? `the JSON report (${reportJson})` : 'the log of this step')).write();
  } catch (err) {
    core.warning(`lifeguard: the job summary was not written: ${(err as Error).message}`);
  }
  if (bad.length) {
    core.setFailed(`lifeguard: ${bad.map((t) => `${t.target.name} ${statusOf(t)}: ${t.execution?.message ?? ('reason' in t.decision ? t.decision.reason : '')}`).join('; ')}.`);
  } else {
    core.info(`lifeguard: ${plural(applied, 'target')} applied and verified.`);
  }
}
