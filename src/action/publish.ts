/**
 * The action's output channels: annotations (capped by GitHub), the job summary (within a byte
 * budget), the SARIF file, the JSON report and the step outputs. Each is written from the pure
 * formatters; only the writing happens here.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { plural } from '../lint/messages.js';
import { closeOpenBlocks, cutAtParagraph } from '../text/markdown-cut.js';
import { formatGithub } from '../report/github.js';
import { inertText } from '../report/inert-markdown.js';
import { rootRelative, type PathBase } from '../report/locations.js';
import { SUMMARY_BUDGET_BYTES, formatMarkdown } from '../report/markdown.js';
import { formatSarif } from '../report/sarif.js';
import type { CheckReport } from '../findings/types.js';

export interface PublishContext extends Required<PathBase> {
  env: NodeJS.ProcessEnv;
  sarifFile?: string;
}

/** Annotations for the first findings, one error slot kept for core.setFailed. */
export function annotate(report: CheckReport, ctx: PublishContext): void {
  const restAt = ctx.sarifFile ? `the job summary and in ${ctx.sarifFile}` : 'the job summary of this run';
  const text = formatGithub(report, { cwd: ctx.cwd, root: ctx.root, reserved: { error: 1 }, restAt });
  // The formatter's last line is a plain summary for the log; the commands before it are the annotations.
  process.stdout.write(text);
}

export async function writeSarif(report: CheckReport, ctx: PublishContext, file: string): Promise<string> {
  const target = resolve(ctx.cwd, file);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, formatSarif(report, { cwd: ctx.cwd, root: ctx.root }));
  return target;
}

/** Every finding in the job summary, cut with a notice past the budget; the verdict goes first. */
export async function writeSummary(report: CheckReport, ctx: PublishContext, verdict: string, notes: readonly string[]): Promise<void> {
  // Notes quote paths and error text from the checkout (a pull request's file names): shown, never rendered.
  const head = [`**${verdict}**`, ...notes.map((n) => `> ${inertText(n)}`)].join('\n\n') + '\n';
  const restAt = ctx.sarifFile ? `the SARIF file \`${ctx.sarifFile}\` and in the log of this step` : 'the log of this step';
  const body = formatMarkdown(report, {
    maxBytes: SUMMARY_BUDGET_BYTES - Buffer.byteLength(head) - 2,
    restAt,
    linkPosition: blobLinker(ctx),
  });
  // The verdict sits under the report's heading, before the counts and tables.
  const cut = body.indexOf('\n\n') + 2;
  await core.summary.addRaw(body.slice(0, cut) + head + '\n' + body.slice(cut)).write();
}

/**
 * Markdown cut to the summary budget at a paragraph break, with a visible notice: GitHub refuses a
 * step summary over 1 MiB and drops one just under it (actions/runner#4337).
 */
export function fitSummary(markdown: string, restAt: string, maxBytes = SUMMARY_BUDGET_BYTES): string {
  if (Buffer.byteLength(markdown) <= maxBytes) return markdown;
  const notice = `\n\n> [!WARNING]\n> **The summary stops here:** a job summary holds at most 1 MiB, so this one is kept under ${Math.floor(maxBytes / 1024)} KiB. Everything is in ${restAt}.\n`;
  // Room for the closing fence and </details> lines closeOpenBlocks may add.
  const room = maxBytes - Buffer.byteLength(notice) - 400;
  return closeOpenBlocks(cutAtParagraph(markdown, room, Buffer.byteLength)) + notice;
}

/** Links to the file at the commit under test, when the runner tells us which. */
export function blobLinker(ctx: PublishContext): ((file: string, line: number) => string | undefined) | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = ctx.env;
  if (!server || !repo || !sha) return undefined;
  return (file, line) => {
    const rel = rootRelative(file, ctx);
    return rel === undefined ? undefined : `${server}/${repo}/blob/${sha}/${rel.split('/').map(encodeURIComponent).join('/')}#L${line}`;
  };
}

export interface ActionOutputs {
  /** pass, fail, or incomplete (a gate could not be evaluated). */
  verdict: 'pass' | 'fail' | 'incomplete';
  errors: number;
  warnings: number;
  monthlyDeltaUsd?: number;
  deletedBytes?: number;
  reportJson?: string;
  sarifFile?: string;
  applied?: number;
}

/** Every output is set on every run (empty when it does not apply), so workflows can rely on them. */
export function setOutputs(o: ActionOutputs): void {
  core.setOutput('verdict', o.verdict);
  core.setOutput('errors', o.errors);
  core.setOutput('warnings', o.warnings);
  core.setOutput('monthly-delta-usd', o.monthlyDeltaUsd === undefined ? '' : o.monthlyDeltaUsd.toFixed(2));
  core.setOutput('deleted-bytes', o.deletedBytes === undefined ? '' : String(o.deletedBytes));
  core.setOutput('report-json', o.reportJson ?? '');
  core.setOutput('sarif-file', o.sarifFile ?? '');
  core.setOutput('applied', o.applied === undefined ? '' : String(o.applied));
}

/** The machine-readable report of the run: the input file, or lifeguard-report.json in RUNNER_TEMP. */
export async function writeReportJson(
  report: unknown,
  cwd: string,
  file: string | undefined,
  runnerTemp: string | undefined,
): Promise<string | undefined> {
  const target = file ? resolve(cwd, file) : runnerTemp ? join(runnerTemp, 'lifeguard-report.json') : undefined;
  if (!target) return undefined;
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, JSON.stringify(report, null, 2) + '\n');
  return file ?? target;
}

export function countLine(report: CheckReport): string {
  const { errors, warnings, files } = report.summary;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}
