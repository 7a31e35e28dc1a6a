/**
 * The action's output channels for one report: annotations (capped by GitHub), the job summary
 * (every finding, within a byte budget), the SARIF file and the step outputs. Each channel is
 * written from the pure formatters; only the writing happens here.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import { plural } from '../lint/messages.js';
import { formatGithub } from '../report/github.js';
import { rootRelative, type PathBase } from '../report/locations.js';
import { SUMMARY_BUDGET_BYTES, formatMarkdown } from '../report/markdown.js';
import { formatSarif } from '../report/sarif.js';
import type { CheckReport } from '../report/types.js';

export interface PublishContext extends Required<PathBase> {
  env: NodeJS.ProcessEnv;
  /** Absolute path of the SARIF file once written. */
  sarifPath?: string;
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
  const head = [`**${verdict}**`, ...notes.map((n) => `> ${n}`)].join('\n\n') + '\n';
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

/** Links to the file at the commit under test, when the runner tells us which. */
function blobLinker(ctx: PublishContext): ((file: string, line: number) => string | undefined) | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = ctx.env;
  if (!server || !repo || !sha) return undefined;
  return (file, line) => {
    const rel = rootRelative(file, ctx);
    return rel === undefined ? undefined : `${server}/${repo}/blob/${sha}/${rel.split('/').map(encodeURIComponent).join('/')}#L${line}`;
  };
}

export function setOutputs(report: CheckReport, sarifPath: string | undefined): void {
  core.setOutput('errors', report.summary.errors);
  core.setOutput('warnings', report.summary.warnings);
  core.setOutput('sarif-file', sarifPath ?? '');
}

export function countLine(report: CheckReport): string {
  const { errors, warnings, files } = report.summary;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}
