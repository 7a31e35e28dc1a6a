/**
 * The drift check in words: a job-summary section and the body of the one issue that lists the
 * targets out of sync with the default branch, with what to do about each. Pure.
 */
import { commitWords, describeSync } from '../model/sync-state.js';
import type { DriftReport, TargetDrift } from '../model/sync-state.js';
import { codeSpan, inertText } from './inert-markdown.js';

export const DRIFT_ISSUE_MARKER = '<!-- lifeguard:drift-issue -->';

export interface DriftContext {
  /** The default branch. */
  branch: string;
  runUrl?: string;
}

const ICON = { 'in-sync': '✅', lagging: '⏳', drifted: '❌', unknown: '❔' } as const;

export function driftHeadline(d: DriftReport): string {
  const parts = [
    d.drifted.length && `${d.drifted.length} drifted`,
    d.lagging.length && `${d.lagging.length} lagging`,
    d.unknown.length && `${d.unknown.length} not known`,
  ].filter(Boolean);
  return parts.length
    ? `${parts.join(', ')} of ${d.targets.length} target${d.targets.length === 1 ? '' : 's'}`
    : `every target in sync (${d.targets.length})`;
}

export function renderDriftSummary(d: DriftReport, ctx: DriftContext): string {
  const out = [
    `## lifeguard drift check: ${d.drifted.length || d.unknown.length ? '❌' : d.lagging.length ? '⏳' : '✅'} ${inertText(driftHeadline(d))}`,
    '',
  ];
  out.push(
    `The live rules of each bucket against the rules of ${inertText(ctx.branch)} at \`${d.head.slice(0, 7)}\` and their history.`,
    '',
  );
  if (d.targets.length) out.push(...table(d.targets), '');
  out.push(...advice(d));
  return out.join('\n') + '\n';
}

export function driftIssueTitle(d: DriftReport, ctx: DriftContext): string {
  const n = d.drifted.length + d.lagging.length + d.unknown.length;
  return `lifeguard: ${n} bucket${n === 1 ? '' : 's'} out of sync with ${ctx.branch}`;
}

export function renderDriftIssue(d: DriftReport, ctx: DriftContext): string {
  const out = [
    `lifeguard's drift check found buckets whose lifecycle rules are not the rules of ${inertText(ctx.branch)} at \`${d.head.slice(0, 7)}\`${ctx.runUrl ? ` ([run](${ctx.runUrl}))` : ''}. This issue is kept up to date by the check and closed when every bucket matches again.`,
    '',
    ...table(d.targets.filter((t) => t.sync.state !== 'in-sync')),
    '',
    ...advice(d),
    '',
    DRIFT_ISSUE_MARKER,
  ];
  return out.join('\n') + '\n';
}

export function driftClosedComment(d: DriftReport, ctx: DriftContext): string {
  return `Every bucket matches ${inertText(ctx.branch)} at \`${d.head.slice(0, 7)}\` again (${d.targets.length} target${d.targets.length === 1 ? '' : 's'} checked${ctx.runUrl ? `, [run](${ctx.runUrl})` : ''}). Closing.`;
}

function table(targets: readonly TargetDrift[]): string[] {
  const out = ['| Target | Bucket | State | Details |', '|---|---|---|---|'];
  for (const t of targets)
    out.push(`| ${inertText(t.target)} | ${codeSpan(t.bucket, true)} | ${ICON[t.sync.state]} ${t.sync.state} | ${inertText(details(t))} |`);
  return out;
}

function details(t: TargetDrift): string {
  const s = t.sync;
  if (s.state === 'lagging') return `holds the rules of ${commitWords(s.since)}; the apply of the later commits did not happen`;
  return s.state === 'in-sync' ? '' : describeSync(s);
}

function advice(d: DriftReport): string[] {
  const out: string[] = [];
  if (d.lagging.length)
    out.push(
      `- **Lagging** (${d.lagging.map((n) => inertText(n)).join(', ')}): an apply was skipped, cancelled or failed. Run the apply workflow (workflow_dispatch): it reconciles every target with the branch.`,
    );
  if (d.drifted.length) {
    out.push(
      `- **Drifted** (${d.drifted.map((n) => inertText(n)).join(', ')}): the rules were changed outside git. Either put the branch's rules back (run the apply workflow with \`on-drift: overwrite\`), or, if the change was right, commit it through a pull request.`,
    );
  }
  if (d.unknown.length)
    out.push(`- **Not known** (${d.unknown.map((n) => inertText(n)).join(', ')}): the history could not be searched; see the details.`);
  return out;
}
