/**
 * The output boundary: pointers become lines and columns, using the parsed documents. This is the
 * only place that turns a Finding into a Diagnostic.
 */
import type { SourceDocument } from '../load/document.js';
import { docsUrl } from '../lint/docs-url.js';
import { locateFix } from '../fix/lines.js';
import { lineStartsOf } from '../load/json-locate.js';
import type { Finding } from '../lint/types.js';
import type { CheckReport, CheckedFile, Diagnostic } from './types.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function resolveFindings(findings: readonly Finding[], docs: ReadonlyMap<string, SourceDocument>): Diagnostic[] {
  const lineStarts = new Map<string, number[]>();
  const startsOf = (doc: SourceDocument): number[] => {
    let starts = lineStarts.get(doc.file);
    if (!starts) lineStarts.set(doc.file, (starts = lineStartsOf(doc.text)));
    return starts;
  };
  const out = findings.map((f): Diagnostic => {
    const doc = docs.get(f.file);
    const pos = f.position ?? doc?.locate(f.pointer, f.reportOnKey) ?? { line: 1, column: 1 };
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: pos.line,
      column: pos.column,
      endLine: pos.endLine ?? pos.line,
      endColumn: pos.endColumn ?? pos.column,
      pointer: f.pointer,
      docsUrl: docsUrl(f.ruleId),
      ...(f.messageId !== undefined ? { messageId: f.messageId } : {}),
      ...(f.data !== undefined ? { data: f.data } : {}),
      ...(f.aws !== undefined ? { aws: f.aws } : {}),
      ...(f.hint !== undefined ? { hint: f.hint } : {}),
      ...(f.fixes?.length && doc ? { fixes: f.fixes.map((x) => locateFix(x, startsOf(doc))) } : {}),
    };
  });
  return out.sort(compareDiagnostics);
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export function buildReport(files: CheckedFile[], diagnostics: Diagnostic[]): CheckReport {
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  return {
    version: 1,
    files,
    diagnostics,
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), files: files.length },
  };
}
