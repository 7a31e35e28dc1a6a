/** Cost report formatters: pure functions of the report. JSON is the contract; the others read it. */
import { costChartMermaid } from './cost-chart.js';
import { costHtml } from './html.js';
import type { CostReport, RuleReport, Unknown } from './types.js';
import { formatBytes } from '../../model/units.js';

export const COST_FORMATS = ['stylish', 'json', 'markdown', 'html'] as const;
export type CostFormat = (typeof COST_FORMATS)[number];

export function formatCost(report: CostReport, format: CostFormat): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'html') return costHtml(report, { headline: headline(report), ruleLines: report.byRule.map(ruleLine) });
  return format === 'markdown' ? markdown(report) : stylish(report);
}

export function usd(n: number): string {
  const abs = Math.abs(n);
  const text =
    abs >= 100 ? abs.toLocaleString('en-US', { maximumFractionDigits: 0 }) : abs >= 0.01 || abs === 0 ? abs.toFixed(2) : abs.toPrecision(2);
  return `${n < 0 ? '−' : ''}$${text}`;
}

/** Binary units, shared with every other report. */
export const bytes = formatBytes;

function percent(current: number, proposed: number): string {
  if (current === 0) return proposed === 0 ? '0%' : 'n/a';
  const p = ((current - proposed) / current) * 100;
  return `${p >= 0 ? '' : '+'}${Math.abs(p).toFixed(1)}%${p >= 0 ? ' less' : ' more'}`;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

function headline(r: CostReport): string[] {
  const t = r.totals;
  const first = r.monthly[0];
  const last = r.monthly.at(-1);
  return [
    `Projection for ${r.region} over ${r.months} month${r.months === 1 ? '' : 's'} from ${r.asOf} (prices: ${r.prices.source}, ${r.prices.date}; 730-hour months, binary GB)`,
    `Total: current ${usd(t.currentUsd)}, proposed ${usd(t.proposedUsd)}: ${t.savingsUsd >= 0 ? 'saves' : 'costs'} ${usd(Math.abs(t.savingsUsd))} (${percent(t.currentUsd, t.proposedUsd)})`,
    first && last
      ? `Month 1: ${usd(first.current.totalUsd)} → ${usd(first.proposed.totalUsd)}; month ${last.month}: ${usd(last.current.totalUsd)} → ${usd(last.proposed.totalUsd)}`
      : '',
    `Deleted within the horizon: current ${count(r.deleted.current.objects, 'object')} (${bytes(r.deleted.current.bytes)}), proposed ${count(r.deleted.proposed.objects, 'object')} (${bytes(r.deleted.proposed.bytes)})`,
  ].filter(Boolean);
}

function ruleLine(x: RuleReport): string {
  const parts = [`matches ${count(x.matched.objects, 'object')} (${bytes(x.matched.bytes)})`];
  if (x.transitions.objects) parts.push(`moves ${x.transitions.objects.toLocaleString('en-US')} (${usd(x.transitions.usd)} in requests)`);
  if (x.deleted.objects) parts.push(`deletes ${x.deleted.objects.toLocaleString('en-US')} (${bytes(x.deleted.bytes)})`);
  if (x.deleteMarkers) parts.push(`adds ${x.deleteMarkers.toLocaleString('en-US')} delete markers`);
  if (x.earlyDeleteUsd) parts.push(`${usd(x.earlyDeleteUsd)} of minimum-duration charges`);
  return `${x.configuration} ${x.rule}: ${parts.join(', ')}`;
}

function stylish(r: CostReport): string {
  const lines = headline(r);
  lines.push('', 'month   current      proposed     difference');
  for (const m of r.monthly) {
    const d = m.proposed.totalUsd - m.current.totalUsd;
    lines.push(
      `${String(m.month).padStart(5)}   ${usd(m.current.totalUsd).padEnd(12)} ${usd(m.proposed.totalUsd).padEnd(12)} ${d > 0 ? '+' : ''}${usd(d)}`,
    );
  }
  if (r.byRule.length) lines.push('', 'Rules:', ...r.byRule.map((x) => `  ${ruleLine(x)}`));
  if (r.assumptions.length) lines.push('', 'Assumed:', ...r.assumptions.map((a) => `  - ${a.message}`));
  if (r.unknowns.length) lines.push('', 'Not known:', ...r.unknowns.map((u) => `  - ${unknownText(u)}`));
  return `${lines.join('\n')}\n`;
}

function unknownText(u: Unknown): string {
  return u.needs ? `${u.message}; to price it: ${u.needs}` : u.message;
}

function markdown(r: CostReport): string {
  const lines = headline(r).map((l, i) => (i === 0 ? `**${l}**` : l));
  const out = [
    lines[0]!,
    '',
    ...lines.slice(1).map((l) => `- ${l}`),
    '',
    '| Month | Current | Proposed | Storage (proposed) | Transitions (proposed) | Early deletion (proposed) |',
    '|---:|---:|---:|---:|---:|---:|',
  ];
  for (const m of r.monthly) {
    out.push(
      `| ${m.month} | ${usd(m.current.totalUsd)} | ${usd(m.proposed.totalUsd)} | ${usd(m.proposed.storageUsd)} | ${usd(m.proposed.transitionUsd)} | ${usd(m.proposed.earlyDeleteUsd)} |`,
    );
  }
  const chart = costChartMermaid(r.monthly.map((m) => ({ currentUsd: m.current.totalUsd, proposedUsd: m.proposed.totalUsd })));
  if (chart.length) out.push('', ...chart);
  if (r.byRule.length) out.push('', '**Rules**', '', ...r.byRule.map((x) => `- ${ruleLine(x).replace(/'/g, '`')}`));
  if (r.assumptions.length) out.push('', '**Assumed**', '', ...r.assumptions.map((a) => `- ${a.message}`));
  if (r.unknowns.length) out.push('', '**Not known**', '', ...r.unknowns.map((u) => `- ${unknownText(u)}`));
  return `${out.join('\n')}\n`;
}
