/**
 * `command: check`: lint the `paths` with the CLI's pipeline, then publish the report in the log,
 * as annotations, in the job summary, as SARIF and JSON, and in the outputs. Every failure (bad
 * .lifeguard.yml, unreadable path, findings over `fail-on`) ends in one core.setFailed.
 */
import { relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { Workspace } from '../workspace/workspace.js';
import { loadConfig, type ConfigResult } from '../config/config.js';
import { logBlock } from '../github/runner-log.js';
import { plural } from '../lint/messages.js';
import { runCheck } from '../pipeline/check.js';
import { FORMATTERS } from '../report/index.js';
import { buildReport, resolveFindings } from '../findings/resolve.js';
import type { CheckReport, Diagnostic } from '../findings/types.js';
import { describeGitHubError, makeClient, type GitHubClient } from '../github/client.js';
import { changedPaths, listChangedFiles, MAX_LISTED_FILES } from '../github/changed-files.js';
import { pullRequestOf } from '../github/pull-request.js';
import { pullRequestTrust } from './trust.js';
import type { RunContext } from './context.js';
import { failsGate, type ActionInputs } from './inputs.js';
import { annotate, countLine, setOutputs, writeReportJson, writeSarif, writeSummary, type PublishContext } from './publish.js';

export async function checkCommand(inputs: ActionInputs, run: RunContext): Promise<void> {
  const { cwd } = run;
  // sarifFile is set once the file is written: the notices name only files that exist.
  const ctx: PublishContext = { cwd, root: run.root, env: run.env };
  const failures: string[] = [];
  const pr = pullRequestOf(run.eventName, run.payload);
  const client = pr && inputs.githubToken && run.repo ? makeClient(inputs.githubToken, run.apiUrl) : undefined;

  const loaded = await loadConfig(inputs.config, new Workspace(cwd, run.root));
  let report: CheckReport;
  let failOn = inputs.failOn ?? 'error';
  let ioNotes: string[] = [];
  if (!loaded.ok) {
    report = configProblemsReport(loaded);
    failures.push(configFailure(loaded));
  } else {
    // On a pull request the base commit's settings decide. What the head loosens is reported here as
    // a warning; the settings gate that asks for an approval is plan's (and the fork split's
    // privileged half's), which this lint-only check must not pre-empt.
    let config = loaded.config;
    let loosened: Diagnostic[] = [];
    if (pr) {
      const trust = await pullRequestTrust({
        head: { config, ...(loaded.doc ? { doc: loaded.doc } : {}) },
        baseSha: pr.baseSha,
        root: run.root,
        cwd,
        ...(inputs.config ? { configFile: inputs.config } : {}),
        ...(client ? { client } : {}),
        ...(run.repo ? { repo: run.repo } : {}),
      });
      config = trust.config;
      loosened = trust.loosened.diagnostics.map((d) => ({ ...d, severity: 'warning' as const }));
      failures.push(...trust.failures);
    }
    failOn = inputs.failOn ?? config.gates['fail-on'] ?? 'error';
    const result = await runCheck(inputs.paths.length ? inputs.paths : ['.'], config, cwd, { fixes: Boolean(inputs.sarifFile) });
    report = loosened.length ? buildReport(result.report.files, [...result.report.diagnostics, ...loosened]) : result.report;
    ioNotes = result.ioErrors.map((e) => `${e.path}: ${e.message}`);
    if (result.ioErrors.length) {
      failures.push(`the check is incomplete: ${plural(result.ioErrors.length, 'path')} could not be read (${ioNotes.join('; ')})`);
    }
    const format = FORMATTERS[inputs.format]!;
    // The log holds the whole report; `github` would only repeat the annotations below.
    if (inputs.format !== 'github') {
      core.startGroup(`lifeguard check: ${countLine(report)}`);
      logBlock(format(report, result.sources, { color: false, cwd, root: ctx.root }));
      core.endGroup();
    }
  }

  let sarifWritten = false;
  if (inputs.sarifFile) {
    try {
      await writeSarif(report, ctx, inputs.sarifFile);
      sarifWritten = true;
      ctx.sarifFile = inputs.sarifFile;
    } catch (err) {
      failures.push(`cannot write the SARIF file ${inputs.sarifFile}: ${(err as Error).message}`);
    }
  }
  if (loaded.ok && failsGate(failOn, report.summary)) failures.push(`${countLine(report)} (fail-on: ${failOn})`);
  const verdict = `${failures.length ? 'Failed' : 'Passed'} (fail-on: ${failOn}).`;
  let reportJson: string | undefined;
  try {
    reportJson = await writeReportJson(
      {
        version: 1,
        command: 'check',
        ...(pr?.headSha ? { pullRequest: { number: pr.number, headSha: pr.headSha, fromFork: pr.fromFork } } : {}),
        verdict: failures.length ? 'fail' : 'pass',
        failures,
        findings: report,
      },
      cwd,
      inputs.reportJson,
      run.runnerTemp,
    );
  } catch (err) {
    failures.push(`cannot write the JSON report: ${(err as Error).message}`);
  }
  setOutputs({
    verdict: failures.length ? 'fail' : 'pass',
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    ...(reportJson ? { reportJson } : {}),
    ...(sarifWritten ? { sarifFile: inputs.sarifFile } : {}),
  });

  // On a pull request, annotations go on the files it changes (the rest are in the summary and SARIF).
  const changed = pr && client ? await changedFiles(client, run, pr.number) : undefined;
  const annotated = changed
    ? report.diagnostics.filter((d) => changed.has(relative(run.root, resolve(cwd, d.file)).split(sep).join('/')))
    : report.diagnostics;
  annotate(annotated.length === report.diagnostics.length ? report : buildReport(report.files, annotated), ctx);
  const elsewhere = report.diagnostics.length - annotated.length;
  if (elsewhere)
    core.notice(
      `lifeguard: ${plural(elsewhere, 'finding')} in files this pull request does not change ${elsewhere === 1 ? 'is' : 'are'} not annotated; the job summary lists ${elsewhere === 1 ? 'it' : 'them'}.`,
    );
  try {
    await writeSummary(report, ctx, verdict, [...ioNotes.map((n) => `Could not read ${n}.`), ...(loaded.ok ? [] : failures)]);
  } catch (err) {
    // No summary file (a run outside GitHub): the log and annotations still carry the report.
    core.warning(`lifeguard: the job summary was not written: ${(err as Error).message}`);
  }
  if (failures.length) core.setFailed(`lifeguard: ${failures.join('; ')}.`);
  else core.info(`lifeguard: passed with ${countLine(report)} (fail-on: ${failOn}).`);
}

/** The pull request's changed files (pull-requests: read), or undefined (then every finding is annotated). */
async function changedFiles(client: GitHubClient, run: RunContext, number: number): Promise<Set<string> | undefined> {
  try {
    const paths = changedPaths(await listChangedFiles(client, run.repo!, number));
    if (paths) return new Set(paths);
    core.notice(
      `lifeguard: GitHub lists only the first ${MAX_LISTED_FILES.toLocaleString('en-US')} changed files of pull request #${number}, so findings in every file are annotated.`,
    );
    return undefined;
  } catch (err) {
    core.notice(
      `lifeguard: the changed files of pull request #${number} could not be listed (${describeGitHubError(err)}), so findings in every file are annotated; give the job permissions: pull-requests: read.`,
    );
    return undefined;
  }
}

/** A broken .lifeguard.yml, reported like findings (with positions). */
export function configProblemsReport(loaded: Extract<ConfigResult, { ok: false }>): CheckReport {
  const docs = new Map(loaded.doc ? [[loaded.doc.file, loaded.doc]] : []);
  return buildReport(loaded.doc ? [{ file: loaded.doc.file, kind: 'unreadable' }] : [], resolveFindings(loaded.findings, docs));
}

export function configFailure(loaded: Extract<ConfigResult, { ok: false }>): string {
  return loaded.ioError ?? `the configuration file has ${plural(loaded.findings.length, 'problem')}; nothing was checked`;
}
