/**
 * The pull-request comment at scale (ADR 0145). With more than one target: an overview table first,
 * one row per target (verdict, rule changes, monthly cost change, data deleted), failing targets
 * first, then each target's details folded, failing ones first and open. A comment has a budget
 * (GitHub takes 65,536 characters): the verdict, the overview rows of every failing or unevaluated
 * target and the footer always fit; passing rows and details are added in order while they fit, and
 * what did not is counted, with a link to the job summary, which renders without a budget and so
 * holds every target in full. Pure.
 */
import type { GateResult } from '../gate/verdict.js';
import { formatBytes, usd } from '../gate/verdict.js';
import type { TargetSection } from './pr-types.js';

/** Characters a comment may take: GitHub's 65,536 less room for the hidden marker and a notice. */
export const COMMENT_BUDGET = 62_000;

export type TargetState = 'fail' | 'not-evaluated' | 'pass';

export interface TargetEntry {
  target: TargetSection;
  gates: GateResult[];
  state: TargetState;
}

const STATE_WORDS: Record<TargetState, string> = { fail: '❌ fail', 'not-evaluated': '⏸️ not evaluated', pass: '✅ pass' };
const ORDER: Record<TargetState, number> = { fail: 0, 'not-evaluated': 1, pass: 2 };

/** A target's own verdict: failed if any of its gates failed or it could not be checked at all. */
export function targetState(t: TargetSection, gates: readonly GateResult[]): TargetState {
  if (t.failure || gates.some((g) => g.status === 'fail')) return 'fail';
  if (gates.some((g) => g.status === 'not-evaluated')) return 'not-evaluated';
  return 'pass';
}

/** The targets with their gates, failing first, then not evaluated, then passing; the report's order within each. */
export function orderedTargets(targets: readonly TargetSection[], gates: readonly GateResult[]): TargetEntry[] {
  const entries = targets.map((t) => {
    const own = gates.filter((g) => g.target === t.name);
    return { target: t, gates: own, state: targetState(t, own) };
  });
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => ORDER[a.e.state] - ORDER[b.e.state] || a.i - b.i)
    .map((x) => x.e);
}

/** One overview row; `inert` makes text from files and buckets harmless in a table cell. */
export function overviewRow(e: TargetEntry, inert: (s: string) => string): string {
  const t = e.target;
  return `| ${inert(t.name)} | ${STATE_WORDS[e.state]} | ${ruleChanges(t)} | ${costChange(t)} | ${dataDeleted(t)} |`;
}

export const OVERVIEW_HEAD = ['| Target | Verdict | Rule changes | Monthly cost change | Data deleted |', '|---|---|---|---:|---:|'];

function ruleChanges(t: TargetSection): string {
  if (t.failure) return 'not checked';
  if (!t.diff) return 'not compared';
  if (t.diff.equal) return 'none';
  const n = (k: string) => t.diff!.changes.filter((c) => c.kind === k).length;
  const parts = [
    [n('added'), 'added'],
    [n('changed') + t.diff.settings.length, 'changed'],
    [n('removed'), 'removed'],
  ] as const;
  return parts
    .filter(([c]) => c > 0)
    .map(([c, w]) => `${c} ${w}`)
    .join(', ');
}

function costChange(t: TargetSection): string {
  if (!t.cost) return '—';
  const d = t.cost.first.proposedUsd - t.cost.first.currentUsd;
  return `${d > 0 ? '+' : d < 0 ? '−' : ''}${usd(Math.abs(d))}`;
}

function dataDeleted(t: TargetSection): string {
  if (!t.deleted) return '—';
  return t.deleted.objects === 0 ? 'nothing' : `⚠️ ${formatBytes(t.deleted.bytes)}`;
}

export interface BudgetedTargets {
  /** The overview table (with a last line counting the passing rows left out, if any). */
  overview: string[];
  /** Each target's folded details, in order, as many as fit. */
  details: string[][];
  /** Targets whose details are not in the comment. */
  omitted: TargetEntry[];
}

/**
 * Fits the overview and the folded details into `room` characters (Infinity: everything). Rows of
 * failing and unevaluated targets are always in; passing rows follow while they fit, then details
 * in the same order.
 */
export function budgetTargets(
  entries: readonly TargetEntry[],
  room: number,
  inert: (s: string) => string,
  detailsOf: (e: TargetEntry) => string[],
): BudgetedTargets {
  const size = (lines: readonly string[]) => lines.reduce((n, l) => n + l.length + 1, 0);
  // Kept back for the lines that count what was left out.
  let left = room - 400;
  const overview = [...OVERVIEW_HEAD];
  const rows = entries.map((e) => overviewRow(e, inert));
  let rowsLeftOut = 0;
  entries.forEach((e, i) => {
    const row = rows[i]!;
    if (e.state !== 'pass' || row.length + 1 <= left - size(overview)) overview.push(row);
    else rowsLeftOut++;
  });
  left -= size(overview);
  if (rowsLeftOut) overview.push('', `…and ${rowsLeftOut} more passing target${rowsLeftOut === 1 ? '' : 's'}.`);
  const details: string[][] = [];
  const omitted: TargetEntry[] = [];
  for (const e of entries) {
    const fold = folded(e, inert, detailsOf(e));
    const need = size(fold) + 1;
    if (omitted.length === 0 && need <= left) {
      details.push(fold);
      left -= need;
    } else omitted.push(e);
  }
  return { overview, details, omitted };
}

function folded(e: TargetEntry, inert: (s: string) => string, body: string[]): string[] {
  const open = e.state === 'pass' ? '' : ' open';
  return [`<details${open}><summary>${STATE_WORDS[e.state]} · ${inert(e.target.name)}</summary>`, '', ...body, '', '</details>'];
}

/** The line that says where the details left out are. */
export function omittedLine(omitted: readonly TargetEntry[], runUrl: string | undefined): string {
  const n = omitted.length;
  const failing = omitted.filter((e) => e.state !== 'pass').length;
  const which = failing ? ` (${failing} of them failing or not evaluated)` : '';
  const where = runUrl ? `the [job summary](${runUrl}) of this run` : 'the job summary of this run';
  return `The details of ${n} more target${n === 1 ? '' : 's'}${which} did not fit in this comment: ${where} has every target in full (and a SARIF file, when the workflow writes one, every finding).`;
}
