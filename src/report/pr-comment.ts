/**
 * The sticky pull-request comment (and the job summary, with every finding): verdict first, then per
 * target what changes, what it costs, what it deletes, and the findings, details folded. With more
 * than one target, an overview table comes first and the whole stays within a budget (pr-overview.ts).
 * Pure.
 */
import { describeRule } from '../diff/describe.js';
import { formatBytes, usd, type GateResult } from '../gate/verdict.js';
import { costChartMermaid } from '../cost/report/cost-chart.js';
import { codeSpan, inertText } from './inert-markdown.js';
import type { Diagnostic } from '../findings/types.js';
import type { ApprovalSummary, PullRequestReport, TargetSection } from './pr-types.js';
import { budgetTargets, COMMENT_BUDGET, omittedLine, orderedTargets } from './pr-overview.js';

export interface CommentOptions {
  /** Findings listed per target before "and N more" (the summary lists all). */
  maxFindingsPerTarget?: number;
  /** Characters the comment may take (default COMMENT_BUDGET; the job summary: Infinity). */
  maxChars?: number;
}

const STATUS_ICON: Record<GateResult['status'], string> = { pass: '✅', fail: '❌', 'not-evaluated': '⏸️' };
const RESULT_WORDS = { pass: '✅ pass', fail: '❌ fail', incomplete: '⏸️ incomplete' } as const;

export function renderPullRequestComment(report: PullRequestReport, options: CommentOptions = {}): string {
  const max = options.maxFindingsPerTarget ?? 20;
  const out: string[] = [];
  const v = report.verdict;
  const allowed = v.result === 'incomplete' && v.pass ? ' (allowed by the base settings: allow-incomplete)' : '';
  out.push(`## lifeguard: ${RESULT_WORDS[v.result]}${allowed}`);
  out.push('');
  out.push(v.result === 'pass' ? passLine(report) : `**${escapeMd(v.headline.replace(/^(fail|incomplete): /, ''))}**`);
  for (const n of report.notices) out.push('', `> [!NOTE]\n> ${escapeMd(n)}`);
  const labels = [...new Set(v.gates.filter((g) => g.status === 'fail' && g.approvalLabel).map((g) => g.approvalLabel!))];
  if (labels.length) {
    out.push(
      '',
      `To approve, someone with write access adds the label ${labels.map((l) => codeSpan(l)).join(', ')} to this pull request after its latest push, or approves it in a review of this commit.`,
    );
  }
  const approvals = report.approvals ? approvalLines(report.approvals) : [];
  if (approvals.length) out.push('', ...approvals);
  const runGates = v.gates.filter((g) => g.target === undefined);
  if (runGates.length) out.push('', ...gatesTable(runGates));
  const single = report.targets.length <= 1;
  if (single)
    for (const t of report.targets)
      out.push(
        '',
        ...renderTarget(
          t,
          v.gates.filter((g) => g.target === t.name),
          max,
        ),
      );
  const rest: string[] = [];
  if (report.otherDiagnostics.length) {
    rest.push('', '### Other files', '', ...findingsTable(report.otherDiagnostics, max));
  }
  const prices = report.targets.find((t) => t.cost)?.cost?.prices;
  const foot: string[] = [];
  if (prices) foot.push(`Prices: ${prices.source}, ${prices.date}.`);
  if (report.settingsSource) foot.push(`Settings: ${escapeMd(report.settingsSource)}.`);
  if (report.runUrl) foot.push(`Every finding: [job summary](${report.runUrl}).`);
  if (foot.length) rest.push('', `<sub>${foot.join(' ')}</sub>`);
  if (!single) {
    // Many targets: the overview first, failing targets first, details folded, within the budget.
    const room = (options.maxChars ?? COMMENT_BUDGET) - (out.join('\n').length + rest.join('\n').length + 2);
    const entries = orderedTargets(report.targets, v.gates);
    const fit = budgetTargets(entries, room, escapeCell, (e) => renderTarget(e.target, e.gates, max));
    out.push('', ...fit.overview);
    for (const d of fit.details) out.push('', ...d);
    if (fit.omitted.length) out.push('', `> [!NOTE]\n> ${omittedLine(fit.omitted, report.runUrl)}`);
  }
  return [...out, ...rest].join('\n') + '\n';
}

function passLine(report: PullRequestReport): string {
  const total = report.targets.length;
  if (total === 0) return 'No lifecycle target is touched by this pull request.';
  // A target not compared with its bucket changed in the pull request: never counted as unchanged.
  const compared = report.targets.filter((t) => t.diff);
  const changed = compared.filter((t) => !t.diff!.equal).length;
  const parts: string[] = [];
  if (compared.length)
    parts.push(
      `${changed} of ${compared.length} target${compared.length === 1 ? '' : 's'} compared with ${compared.length === 1 ? 'its bucket' : 'their buckets'} ${changed === 1 ? 'changes' : 'change'}`,
    );
  const unread = total - compared.length;
  if (unread)
    parts.push(
      `${unread} touched target${unread === 1 ? ' was' : 's were'} checked without ${unread === 1 ? 'its bucket' : 'their buckets'}`,
    );
  return `${parts.join('; ')}; every gate passes.`;
}

function renderTarget(t: TargetSection, gates: GateResult[], max: number): string[] {
  const out = [`### ${escapeMd(t.name)} · ${codeSpan(t.bucket)}`, '', `Rules from ${codeSpan(t.source)}.`];
  if (t.failure) out.push('', `❌ Could not be checked: ${escapeMd(t.failure)}`);
  if (gates.length) out.push('', ...gatesTable(gates));
  if (t.diff) {
    if (t.diff.equal) out.push('', 'No change to the live rules.');
    else {
      out.push('', '| Change | Rule | Details |', '|---|---|---|');
      for (const c of t.diff.changes) {
        const details =
          c.kind === 'changed'
            ? c.details.join('; ')
            : c.kind === 'added'
              ? describeRule(c.after!)
              : `deleted (was: ${describeRule(c.before!)})`;
        out.push(`| ${c.kind} | ${codeSpan(c.name, true)} | ${escapeCell(details)} |`);
      }
      for (const s of t.diff.settings) out.push(`| changed | (configuration) | ${escapeCell(s)} |`);
    }
  } else if (t.liveSkipped) out.push('', `Live rules not compared: ${escapeMd(t.liveSkipped)}.`);
  if (t.cost) {
    const c = t.cost;
    out.push(
      '',
      '| Monthly cost | Now | After | Change |',
      '|---|---:|---:|---:|',
      `| month 1 | ${usd(c.first.currentUsd)} | ${usd(c.first.proposedUsd)} | ${signed(c.first.proposedUsd - c.first.currentUsd)} |`,
      `| month ${c.months} | ${usd(c.last.currentUsd)} | ${usd(c.last.proposedUsd)} | ${signed(c.last.proposedUsd - c.last.currentUsd)} |`,
      '',
      `Over ${c.months} months the change ${c.savingsUsd >= 0 ? `saves **${usd(c.savingsUsd)}**` : `costs **${usd(-c.savingsUsd)}** more`}.`,
    );
    for (const n of c.notices) out.push(`> ${escapeMd(n)}`);
    if (c.monthly) out.push('', ...costChartMermaid(c.monthly));
    for (const a of c.assumptions ?? []) out.push('', `<sub>${escapeMd(a)}</sub>`);
  }
  if (t.deleted && t.deleted.objects === 0) out.push('', deletionSentence(t.deleted, 'nothing'));
  if (t.deleted && t.deleted.objects > 0) {
    const d = t.deleted;
    out.push(
      '',
      `⚠️ ${deletionSentence(d, `**${d.objects.toLocaleString('en-US')} object${d.objects === 1 ? '' : 's'} (${formatBytes(d.bytes)})**`)}`,
    );
    out.push('', `That is ${byteDaysWords(d.byteDays)} of data gone sooner.`);
    if (d.topPrefixes.length) {
      out.push('', '<details><summary>Where</summary>', '', '| Prefix | Objects | Size |', '|---|---:|---:|');
      for (const p of d.topPrefixes)
        out.push(`| ${codeSpan(p.prefix, true)} | ${p.objects.toLocaleString('en-US')} | ${formatBytes(p.bytes)} |`);
      out.push('', '</details>');
    }
  }
  if (t.unknowns.length)
    out.push('', '<details><summary>Not known</summary>', '', ...t.unknowns.map((u) => `- ${escapeMd(u)}`), '', '</details>');
  if (t.diagnostics.length) {
    const e = t.diagnostics.filter((d) => d.severity === 'error').length;
    const w = t.diagnostics.length - e;
    out.push(
      '',
      `<details${e ? ' open' : ''}><summary>Findings: ${e} error${e === 1 ? '' : 's'}, ${w} other</summary>`,
      '',
      ...findingsTable(t.diagnostics, max),
      '',
      '</details>',
    );
  }
  return out;
}

/** What the change deletes, with how far the figure reaches and where it comes from. */
function deletionSentence(d: NonNullable<TargetSection['deleted']>, what: string): string {
  const basis =
    d.basis === 'inventory'
      ? 'projected over the S3 Inventory'
      : `from a listing of ${d.listed?.toLocaleString('en-US') ?? 0} object${d.listed === 1 ? '' : 's'}${d.partial ? ', stopped at max-objects: a lower bound' : ''}`;
  return `Within ${d.horizonMonths} months the change deletes ${what} earlier than the current rules would (${basis}).`;
}

/** "4.2 GiB-days": bytes × days earlier, in the unit that reads best. */
function byteDaysWords(byteDays: number): string {
  return `${formatBytes(byteDays)}-days`;
}

function approvalLines(a: ApprovalSummary): string[] {
  const commit = (sha: string) => `\`${sha.slice(0, 7)}\``;
  const via = (x: { via: 'label' | 'review' }) => (x.via === 'label' ? 'label' : 'review');
  const lines = [
    ...a.counted.map(
      (x) =>
        `- ${escapeMd(`@${x.by}`)}: ${via(x)} on ${commit(x.commit)} (${escapeMd(x.authority)})${x.carried ? `, kept for ${commit(a.head)}: it deletes and costs no more` : ''}`,
    ),
  ];
  for (const x of a.stale)
    lines.push(`- ${escapeMd(`@${x.by}`)}: ${via(x)} on ${commit(x.commit)}, not ${commit(a.head)}: ${escapeMd(x.why)}`);
  for (const x of a.ignored) lines.push(`- ${escapeMd(`@${x.by}`)}: ${via(x)} ignored: ${escapeMd(x.reason)}`);
  for (const n of a.notes) lines.push(`- ${escapeMd(n)}`);
  return lines.length ? [`**Approvals** for ${commit(a.head)}:`, '', ...lines] : [];
}

function gatesTable(gates: readonly GateResult[]): string[] {
  return ['| Gate | Result |', '|---|---|', ...gates.map((g) => `| ${g.gate} | ${iconOf(g)} ${escapeCell(g.reason)} |`)];
}

function iconOf(g: GateResult): string {
  if (g.status === 'pass' && g.approvedBy?.length) return '☑️';
  if (g.status === 'pass' && g.warned) return '⚠️';
  return STATUS_ICON[g.status];
}

function findingsTable(diags: readonly Diagnostic[], max: number): string[] {
  const rows = ['| | Where | Rule | Message |', '|---|---|---|---|'];
  for (const d of diags.slice(0, max)) {
    const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️';
    rows.push(`| ${icon} | ${codeSpan(`${d.file}:${d.line}`, true)} | [${d.ruleId}](${d.docsUrl}) | ${escapeCell(d.message)} |`);
  }
  if (diags.length > max) rows.push('', `…and ${diags.length - max} more in the job summary.`);
  return rows;
}

function signed(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : ''}${usd(Math.abs(n))}`;
}

/** Text from files and from the bucket, inert (report/inert-markdown.ts); cells keep their pipes escaped. */
const escapeMd = inertText;
const escapeCell = inertText;
