/**
 * The default terminal format: findings grouped by file, each with a short code frame, then a
 * summary line. Colour only when asked (the CLI asks when stdout is a TTY).
 */
import { detailLines } from './details.js';
import { showControls } from '../text/log-safe.js';
import type { CheckReport, Diagnostic, SourceTexts } from '../findings/types.js';

export interface StylishOptions {
  color?: boolean;
  /** Lines of context above and below the offending line. */
  context?: number;
}

const ANSI = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4 } as const;

export function formatStylish(report: CheckReport, sources: SourceTexts, options: StylishOptions = {}): string {
  const paint = (code: keyof typeof ANSI, s: string) => (options.color ? `\u001b[${ANSI[code]}m${s}\u001b[0m` : s);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    // push, not a spread per finding: the spread made a file with N findings cost N² (issue 12).
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const out: string[] = [];
  for (const [name, diags] of byFile) {
    // Names and messages carry file content (rule IDs, prefixes): shown on one line, controls escaped.
    const file = showControls(name);
    out.push(paint('underline', file));
    const lines = sources.get(name)?.split(/\r?\n/);
    for (const d of diags) {
      const sev =
        d.severity === 'error' ? paint('red', 'error') : d.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info');
      // file:line:column, so each finding is one self-contained line that terminals and editors link.
      out.push(`  ${file}:${d.line}:${d.column}  ${sev}  ${showControls(d.message)}  ${paint('dim', showControls(d.ruleId))}`);
      for (const x of detailLines(d)) out.push(`      ${paint('dim', `${x.label}:`)} ${showControls(x.text)}`);
      if (lines) out.push(...codeFrame(lines, d, options.context ?? 1).map((l) => paint('dim', l)));
    }
    out.push('');
  }
  const { errors, warnings } = report.summary;
  const total = errors + warnings + report.summary.infos;
  // A file that could not be read at all (named on standard error) was not checked.
  const unread = report.files.filter((f) => f.kind === 'unreadable' && !byFile.has(f.file)).length;
  const files = report.summary.files - unread;
  const fileWord = `${files} file${files === 1 ? '' : 's'}`;
  const unreadNote = unread ? ` (${unread} more could not be read)` : '';
  if (total === 0) {
    out.push(`${fileWord} checked: no problems${unreadNote}.`);
  } else {
    const summary = `${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${report.summary.infos ? `, ${report.summary.infos} info` : ''}) in ${fileWord}${unreadNote}.`;
    out.push(errors > 0 ? paint('bold', paint('red', summary)) : paint('bold', paint('yellow', summary)));
  }
  return out.join('\n') + '\n';
}

/** Characters of a source line shown in a frame; a longer line shows a window around the column. */
const FRAME_WIDTH = 160;

function codeFrame(lines: readonly string[], d: Diagnostic, context: number): string[] {
  const from = Math.max(1, d.line - context);
  const to = Math.min(lines.length, d.line + context);
  const width = String(to).length;
  // One window for every line of the frame, so the caret stays under its column (a minified file is
  // one line of megabytes: neither the line nor the caret's indent may be printed whole).
  const start = d.column - 1 > FRAME_WIDTH - 20 ? d.column - 1 - 40 : 0;
  const frame: string[] = [];
  for (let n = from; n <= to; n++) {
    const raw = lines[n - 1] ?? '';
    const cut = raw.slice(start, start + FRAME_WIDTH - 3);
    const text = showControls(
      `${start > 0 && raw.length > start ? '...' : ''}${cut}${raw.length > start + FRAME_WIDTH - 3 ? '...' : ''}`.replace(/\t/g, ' '),
    );
    const marker = n === d.line ? '>' : ' ';
    frame.push(`    ${marker} ${String(n).padStart(width)} | ${text}`);
    if (n === d.line) {
      const span = d.endLine === d.line ? Math.max(1, Math.min(d.endColumn - d.column, 80)) : 1;
      const indent = d.column - 1 - start + (start > 0 ? 3 : 0);
      frame.push(`      ${' '.repeat(width)} | ${' '.repeat(Math.max(0, indent))}${'^'.repeat(span)}`);
    }
  }
  return frame;
}
