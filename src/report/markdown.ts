/**
 * Markdown for people: a summary, then one table per file (severity, line, rule linked to its docs,
 * message). The action writes it as the job summary, where GitHub refuses more than 1 MiB, so a
 * byte budget can cut the list with a visible notice instead of losing the summary. Pure.
 */
import { plural } from '../lint/messages.js';
import { codeSpan, inertText } from './inert-markdown.js';
import type { CheckReport, Diagnostic } from '../findings/types.js';

export interface MarkdownOptions {
  /** Heading of the report. */
  title?: string;
  /** Largest output in UTF-8 bytes; rows past it are counted in a notice instead of listed. */
  maxBytes?: number;
  /** Where the whole list can be read when the budget cuts it. */
  restAt?: string;
  /** Link for a position, e.g. the file on GitHub at the commit; plain text when absent. */
  linkPosition?: (file: string, line: number) => string | undefined;
}

/**
 * Budget for a job summary: GitHub refuses a step's summary over 1 MiB, and content just under it
 * is dropped silently (actions/runner#4337), so we stay at half of it (about 2,000 findings).
 */
export const SUMMARY_BUDGET_BYTES = 512 * 1024;

const SEVERITY_LABEL = { error: 'error', warning: 'warning', info: 'info' } as const;
/** Room kept for the truncation notice itself. */
const NOTICE_RESERVE_BYTES = 600;

export function formatMarkdown(report: CheckReport, options: MarkdownOptions = {}): string {
  const { errors, warnings, infos, files } = report.summary;
  const head: string[] = [`## ${options.title ?? 'lifeguard check'}`, ''];
  if (report.diagnostics.length === 0) {
    head.push(`No problems in ${plural(files, 'file')}.`, '');
    return head.join('\n');
  }
  const withFindings = new Set(report.diagnostics.map((d) => d.file)).size;
  const counts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos ? [plural(infos, 'info', 'infos')] : [])];
  head.push(`**${counts.join(', ')}** in ${plural(withFindings, 'file')} (${plural(files, 'file')} checked).`, '');

  const budget = options.maxBytes ?? Infinity;
  const out = [...head];
  let bytes = byteLength(out.join('\n'));
  let listed = 0;
  let cut = false;
  for (const [file, diags] of groupByFile(report.diagnostics)) {
    const section = [`### ${codeSpan(file)}`, '', '| Severity | Line | Rule | Message |', '| --- | --- | --- | --- |'];
    const sectionBytes = byteLength(section.join('\n')) + 1;
    if (bytes + sectionBytes + NOTICE_RESERVE_BYTES > budget) {
      cut = true;
      break;
    }
    out.push(...section);
    bytes += sectionBytes;
    for (const d of diags) {
      const row = tableRow(d, options);
      const rowBytes = byteLength(row) + 1;
      if (bytes + rowBytes + NOTICE_RESERVE_BYTES > budget) {
        cut = true;
        break;
      }
      out.push(row);
      bytes += rowBytes;
      listed++;
    }
    out.push('');
    bytes += 1;
    if (cut) break;
  }
  if (cut) {
    const left = report.diagnostics.length - listed;
    const where = options.restAt ?? 'the output of `lifeguard check`';
    out.push(
      `> [!WARNING]`,
      `> **The list stops here: ${plural(left, 'more finding')} did not fit.** A job summary holds at most 1 MiB, so this one is kept under ${Math.floor(budget / 1024)} KiB. Every finding is in ${where}.`,
      '',
    );
  }
  return out.join('\n');
}

function tableRow(d: Diagnostic, options: MarkdownOptions): string {
  const position = `${d.line}:${d.column}`;
  const link = options.linkPosition?.(d.file, d.line);
  const where = link ? `[${position}](${link})` : position;
  return `| ${SEVERITY_LABEL[d.severity]} | ${where} | [${d.ruleId}](${d.docsUrl}) | ${cell(d.message)} |`;
}

function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  return byFile;
}

/** Text safe inside a table cell: inert, pipes escaped (report/inert-markdown.ts). */
export const cell = inertText;

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
