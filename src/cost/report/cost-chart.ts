/**
 * The monthly cost curve of a target as a Mermaid `xychart-beta` block, which GitHub renders as a
 * chart in comments and job summaries. xychart has no legend, so the two series are told apart by
 * kind, and the title says which is which: bars for the current rules, a line for the proposed.
 * Only numbers and fixed words reach the block. Pure.
 */

export interface MonthlyPoint {
  currentUsd: number;
  proposedUsd: number;
}

/** Markdown lines of the chart; none for fewer than two months (a table says it better). */
export function costChartMermaid(monthly: readonly MonthlyPoint[]): string[] {
  if (monthly.length < 2) return [];
  const values = monthly.flatMap((m) => [m.currentUsd, m.proposedUsd]).filter(Number.isFinite);
  const top = niceCeiling(Math.max(0, ...values));
  const fmt = (n: number) => (Number.isFinite(n) ? String(Math.round(n * 100) / 100) : '0');
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Monthly cost, USD (bars: current rules, line: proposed)"',
    `    x-axis "Month" [${monthly.map((_, i) => i + 1).join(', ')}]`,
    `    y-axis "USD per month" 0 --> ${top}`,
    `    bar [${monthly.map((m) => fmt(m.currentUsd)).join(', ')}]`,
    `    line [${monthly.map((m) => fmt(m.proposedUsd)).join(', ')}]`,
    '```',
  ];
}

/** A round axis top at or above `n`: 1, 2, 2.5 or 5 × a power of ten. */
export function niceCeiling(n: number): number {
  if (n <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * p >= n) return f * p;
  return 10 * p;
}
