/**
 * The GitHub Action: read inputs once, run the same pipeline as the CLI, then publish: the report
 * in the log, annotations, the job summary, a SARIF file and the step outputs. Every failure (bad
 * input, bad .lifeguard.yml, unreadable path, findings over `fail-on`) ends in one core.setFailed,
 * never in a green step.
 */
import * as core from '@actions/core';
import { loadConfig } from '../config/config.js';
import { plural } from '../lint/messages.js';
import { runCheck } from '../pipeline/check.js';
import { FORMATTERS } from '../report/index.js';
import { buildReport, resolveFindings } from '../report/resolve.js';
import type { CheckReport } from '../report/types.js';
import { failsGate, readInputs, type ActionInputs } from './inputs.js';
import { annotate, countLine, setOutputs, writeSarif, writeSummary, type PublishContext } from './publish.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    await check(inputs, env);
  } catch (err) {
    core.setFailed(`lifeguard: ${(err as Error).message ?? String(err)}`);
  }
}

async function check(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const cwd = process.cwd();
  const ctx: PublishContext = { cwd, root: env.GITHUB_WORKSPACE || cwd, env, sarifFile: inputs.sarifFile };
  const failures: string[] = [];

  const loaded = await loadConfig(inputs.config, cwd);
  let report: CheckReport;
  let failOn = inputs.failOn ?? 'error';
  let ioNotes: string[] = [];
  if (!loaded.ok) {
    // A broken .lifeguard.yml is reported like findings (with positions), and fails the step.
    const docs = new Map(loaded.doc ? [[loaded.doc.file, loaded.doc]] : []);
    report = buildReport(loaded.doc ? [{ file: loaded.doc.file, kind: 'unreadable' }] : [], resolveFindings(loaded.findings, docs));
    failures.push(loaded.ioError ?? `the configuration file has ${plural(loaded.findings.length, 'problem')}; nothing was checked`);
  } else {
    failOn = inputs.failOn ?? loaded.config.gates['fail-on'] ?? 'error';
    const result = await runCheck(inputs.paths.length ? inputs.paths : ['.'], loaded.config, cwd);
    report = result.report;
    ioNotes = result.ioErrors.map((e) => `${e.path}: ${e.message}`);
    if (result.ioErrors.length) {
      failures.push(`the check is incomplete: ${plural(result.ioErrors.length, 'path')} could not be read (${ioNotes.join('; ')})`);
    }
    const format = FORMATTERS[inputs.format]!;
    // The log holds the whole report; `github` would only repeat the annotations below.
    if (inputs.format !== 'github') {
      core.startGroup(`lifeguard check: ${countLine(report)}`);
      core.info(format(report, result.sources, { color: false, cwd, root: ctx.root }));
      core.endGroup();
    }
  }

  let sarifPath: string | undefined;
  if (inputs.sarifFile) {
    try {
      sarifPath = await writeSarif(report, ctx, inputs.sarifFile);
    } catch (err) {
      failures.push(`cannot write the SARIF file ${inputs.sarifFile}: ${(err as Error).message}`);
    }
  }
  setOutputs(report, sarifPath ? inputs.sarifFile : undefined);

  if (loaded.ok && failsGate(failOn, report.summary)) failures.push(`${countLine(report)} (fail-on: ${failOn})`);
  const verdict = `${failures.length ? 'Failed' : 'Passed'} (fail-on: ${failOn}).`;

  annotate(report, ctx);
  try {
    await writeSummary(report, ctx, verdict, [...ioNotes.map((n) => `Could not read ${n}.`), ...(loaded.ok ? [] : failures)]);
  } catch (err) {
    // No summary file (a run outside GitHub): the log and annotations still carry the report.
    core.warning(`lifeguard: the job summary was not written: ${(err as Error).message}`);
  }
  if (failures.length) core.setFailed(`lifeguard: ${failures.join('; ')}.`);
  else core.info(`lifeguard: passed with ${countLine(report)} (fail-on: ${failOn}).`);
}
