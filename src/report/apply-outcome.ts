/**
 * The apply outcome as a block of a pull request's lifeguard comment: after the merge, per target
 * the pull request changed, whether its rules were applied and verified, at which commit, or why
 * not. The block sits at the top of the comment between markers, so a later run (one that applied
 * what a cancelled run did not) replaces it rather than adding another. Pure.
 */

import { codeSpan, inertText } from './inert-markdown.js';

export const OUTCOME_START = '<!-- lifeguard:apply-outcome -->';
export const OUTCOME_END = '<!-- /lifeguard:apply-outcome -->';

export interface TargetOutcomeLine {
  target: string;
  bucket: string;
  status: 'applied' | 'unchanged' | 'refused' | 'failed' | 'would apply';
  /** One sentence: what happened, or why not. */
  message: string;
}

export interface OutcomeContext {
  /** The commit the run applied (its rules). */
  head: string;
  /** Link to the run (its job summary has the details and the backups' restore commands). */
  runUrl?: string;
  /** The branch applied from. */
  branch: string;
}

const ICON: Record<TargetOutcomeLine['status'], string> = {
  applied: '✅',
  unchanged: '➖',
  refused: '❌',
  failed: '❌',
  'would apply': '⏳',
};

export function renderApplyOutcome(lines: readonly TargetOutcomeLine[], ctx: OutcomeContext): string {
  const bad = lines.some((l) => l.status === 'refused' || l.status === 'failed');
  const commit = `\`${ctx.head.slice(0, 7)}\``;
  const out = [
    OUTCOME_START,
    `### After the merge: ${bad ? '❌ not everything was applied' : '✅ applied and verified'}`,
    '',
    `lifeguard apply on ${inertText(ctx.branch)} at ${commit}${ctx.runUrl ? ` ([run](${ctx.runUrl}))` : ''}:`,
    '',
    '| Target | Bucket | Outcome |',
    '|---|---|---|',
  ];
  for (const l of lines)
    out.push(`| ${inertText(l.target)} | ${codeSpan(l.bucket, true)} | ${ICON[l.status]} ${outcomeWords(l, commit)} |`);
  out.push(OUTCOME_END, '');
  return out.join('\n');
}

function outcomeWords(l: TargetOutcomeLine, commit: string): string {
  switch (l.status) {
    case 'applied':
      return `applied and verified at ${commit}`;
    case 'unchanged':
      return `already had these rules at ${commit}`;
    case 'would apply':
      return `not applied yet: ${inertText(l.message)}`;
    default:
      return `${l.status}, nothing written: ${inertText(l.message)}`;
  }
}

/** The comment with the block at its top, replacing an earlier block. */
export function withApplyOutcome(body: string, block: string): string {
  return block + '\n' + withoutApplyOutcome(body).replace(/^\n+/, '');
}

export function withoutApplyOutcome(body: string): string {
  const start = body.indexOf(OUTCOME_START);
  const end = body.indexOf(OUTCOME_END);
  if (start < 0 || end < start) return body;
  return body.slice(0, start) + body.slice(end + OUTCOME_END.length).replace(/^\n/, '');
}
