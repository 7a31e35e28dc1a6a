/**
 * `lifeguard cost --format html`: one self-contained page (no script, no external file) that a CI
 * job can keep as an artifact: the headline, the monthly cost curve (current vs proposed), storage
 * cost stacked by class for both configurations, the month table, the rules, what was assumed and
 * what is not known. Pure; every text from the input (rule IDs, messages) is escaped.
 */
import type { StorageClassName } from '../../model/lifecycle.js';
import { STORAGE_CLASSES, STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';
import { escapeXml, lineChart, stackedBars, type Series } from './svg-chart.js';
import type { CostReport } from './types.js';

const CLASS_COLORS: Record<StorageClassName, string> = {
  STANDARD: '#0969da',
  REDUCED_REDUNDANCY: '#8c959f',
  STANDARD_IA: '#1a7f37',
  INTELLIGENT_TIERING: '#8250df',
  ONEZONE_IA: '#4ac26b',
  GLACIER_IR: '#bf8700',
  GLACIER: '#bc4c00',
  DEEP_ARCHIVE: '#6e7781',
};

const usd = (n: number) =>
  `${n < 0 ? '−' : ''}$${Math.abs(n) >= 100 ? Math.round(Math.abs(n)).toLocaleString('en-US') : Math.abs(n).toFixed(2)}`;

export interface HtmlParts {
  headline: readonly string[];
  ruleLines: readonly string[];
}

export function costHtml(r: CostReport, parts: HtmlParts): string {
  const e = escapeXml;
  const curve = lineChart(
    'Monthly cost: current vs proposed rules',
    [
      { name: 'current rules', color: '#cf222e', values: r.monthly.map((m) => m.current.totalUsd) },
      { name: 'proposed rules', color: '#0969da', values: r.monthly.map((m) => m.proposed.totalUsd), dashed: true },
    ],
    'cost-curve',
  );
  const stacked = (which: 'current' | 'proposed') => {
    const series: Series[] = STORAGE_CLASS_NAMES.filter((c) => r.monthly.some((m) => (m[which].storageByClassUsd[c] ?? 0) > 0)).map(
      (c) => ({
        name: STORAGE_CLASSES[c].label,
        color: CLASS_COLORS[c],
        values: r.monthly.map((m) => m[which].storageByClassUsd[c] ?? 0),
      }),
    );
    return stackedBars(`Storage cost by storage class: ${which} rules`, series, `by-class-${which}`);
  };
  const rows = r.monthly
    .map(
      (m) =>
        `<tr><td>${m.month}</td><td>${usd(m.current.totalUsd)}</td><td>${usd(m.proposed.totalUsd)}</td><td>${usd(m.proposed.totalUsd - m.current.totalUsd)}</td><td>${usd(m.proposed.transitionUsd)}</td><td>${usd(m.proposed.earlyDeleteUsd)}</td></tr>`,
    )
    .join('\n');
  const list = (items: readonly string[]) => (items.length ? `<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>` : '<p>None.</p>');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>lifeguard cost projection: ${e(r.region)}, ${e(r.asOf.slice(0, 10))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1f2328; margin: 24px auto; max-width: 820px; padding: 0 16px; }
h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #d0d7de; }
table { border-collapse: collapse; } td, th { border: 1px solid #d0d7de; padding: 3px 8px; text-align: right; } th { background: #f6f8fa; }
figure { margin: 16px 0; } svg { max-width: 100%; height: auto; } .note { color: #57606a; }
</style></head>
<body>
<h1>lifeguard cost projection</h1>
${list(parts.headline).replace('<ul>', '<ul class="headline">')}
<h2>Monthly cost</h2>
<figure>${curve}</figure>
<h2>Storage by class</h2>
<figure>${stacked('current')}</figure>
<figure>${stacked('proposed')}</figure>
<h2>Month by month</h2>
<table><thead><tr><th>Month</th><th>Current</th><th>Proposed</th><th>Difference</th><th>Transitions (proposed)</th><th>Early deletion (proposed)</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>Rules</h2>
${list(parts.ruleLines)}
<h2>Assumed</h2>
${list(r.assumptions.map((a) => a.message))}
<h2>Not known</h2>
${list(r.unknowns.map((u) => (u.needs ? `${u.message}. To price it: ${u.needs}` : u.message)))}
<p class="note">Prices: ${e(r.prices.source)}, ${e(r.prices.date)}. Months of 730 hours; storage in binary GB. Semantics: docs/cost-model.md.</p>
</body></html>
`;
}
