/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which the runner turns into
 * annotations on the files. GitHub shows at most 10 annotations per severity in a step and drops
 * the rest silently, so we choose which ones to show and say in one line how many were left out
 * and where to find them. Pure: the report in, command lines out.
 */
import { plural } from '../lint/messages.js';
import { detailLines } from './details.js';
import type { Severity } from '../lint/types.js';
import { annotationPath, type PathBase } from './locations.js';
import type { CheckReport, Diagnostic } from '../findings/types.js';

/** GitHub's cap: "10 warning annotations, 10 error annotations, and 10 notice annotations per step". */
export const MAX_ANNOTATIONS_PER_SEVERITY = 10;
/** GitHub's cap for a whole job (all steps); a single step of ours never reaches it. */
export const MAX_ANNOTATIONS_PER_JOB = 50;

export type AnnotationLevel = 'error' | 'warning' | 'notice';
export const ANNOTATION_LEVEL: Record<Severity, AnnotationLevel> = { error: 'error', warning: 'warning', info: 'notice' };

export interface GithubOptions extends PathBase {
  /** Slots per level kept for annotations made elsewhere (the action keeps one error for setFailed). */
  reserved?: Partial<Record<AnnotationLevel, number>>;
  /** Where the findings that were not annotated can be read, e.g. "the job summary". */
  restAt?: string;
}

export interface AnnotationPlan {
  shown: Diagnostic[];
  /** Findings left out, per level. */
  omitted: Record<AnnotationLevel, number>;
}

/**
 * Which findings become annotations: in report order (file, line), at most the cap per level less
 * the reserved slots; one notice slot is kept for the "N more" line when anything is left out.
 */
export function planAnnotations(diagnostics: readonly Diagnostic[], reserved: GithubOptions['reserved'] = {}): AnnotationPlan {
  const budget = (level: AnnotationLevel) => Math.max(0, MAX_ANNOTATIONS_PER_SEVERITY - (reserved[level] ?? 0));
  const count = (level: AnnotationLevel) => diagnostics.filter((d) => ANNOTATION_LEVEL[d.severity] === level).length;
  const overflow = (['error', 'warning', 'notice'] as const).some((l) => count(l) > budget(l));
  const limit: Record<AnnotationLevel, number> = {
    error: budget('error'),
    warning: budget('warning'),
    notice: Math.max(0, budget('notice') - (overflow ? 1 : 0)),
  };
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Diagnostic[] = [];
  for (const d of diagnostics) {
    const level = ANNOTATION_LEVEL[d.severity];
    if (used[level] < limit[level]) {
      used[level]++;
      shown.push(d);
    } else {
      omitted[level]++;
    }
  }
  return { shown, omitted };
}

export function formatGithub(report: CheckReport, options: GithubOptions = {}): string {
  const plan = planAnnotations(report.diagnostics, options.reserved);
  const lines = plan.shown.map((d) => annotationCommand(d, options));
  const rest = omittedLine(plan, report.diagnostics.length, options.restAt);
  if (rest) lines.push(workflowCommand('notice', { title: 'lifeguard' }, rest));
  const { errors, warnings, files } = report.summary;
  lines.push(`lifeguard: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}.`);
  return lines.join('\n') + '\n';
}

/** The one line that says how many findings are not annotated and where they are. */
export function omittedLine(
  plan: AnnotationPlan,
  total: number,
  restAt = 'the output of `lifeguard check` (any other --format)',
): string | undefined {
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((l) => plan.omitted[l] > 0)
    .map((l) => plural(plan.omitted[l], l === 'notice' ? 'info' : l, l === 'notice' ? 'infos' : undefined));
  if (!parts.length) return undefined;
  const left = plan.omitted.error + plan.omitted.warning + plan.omitted.notice;
  return `${left} of ${total} findings are not annotated (${parts.join(', ')}): GitHub shows at most ${MAX_ANNOTATIONS_PER_SEVERITY} annotations per severity in a step. All of them are in ${restAt}.`;
}

export function annotationCommand(d: Diagnostic, base: PathBase = {}): string {
  const sameLine = d.endLine === d.line;
  // GitHub refuses a column range that spans lines ("Cannot be sent when startLine and endLine are different").
  const props: Record<string, string | number | undefined> = {
    file: annotationPath(d.file, base),
    line: d.line,
    col: sameLine ? d.column : undefined,
    endLine: d.endLine,
    endColumn: sameLine ? d.endColumn : undefined,
    title: d.ruleId,
  };
  const details = detailLines(d)
    .map((x) => `${x.label}: ${x.text}\n`)
    .join('');
  return workflowCommand(ANNOTATION_LEVEL[d.severity], props, `${d.message}\n${details}${d.docsUrl}`);
}

export function workflowCommand(name: string, props: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${list ? ' ' + list : ''}::${escapeData(message)}`;
}

/** As @actions/core escapes a command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes a property value: the message escapes plus the separators `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
