/**
 * Two SVG charts for the HTML report, drawn without any script: monthly cost as lines (current vs
 * proposed) and storage cost stacked by class. Both have labelled axes, ticks and a legend. Pure:
 * numbers and fixed labels in, SVG text out (labels are escaped).
 */

export interface Series {
  name: string;
  color: string;
  values: readonly number[];
  /** Dashed line. */
  dashed?: boolean;
}

const W = 760;
const H = 320;
const PAD = { left: 72, right: 16, top: 28, bottom: 64 };

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function niceTop(n: number): number {
  if (n <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * p >= n) return f * p;
  return 10 * p;
}

const money = (n: number) => (n >= 1000 ? `$${Math.round(n).toLocaleString('en-US')}` : n >= 10 ? `$${n.toFixed(0)}` : `$${n.toFixed(2)}`);

interface Frame {
  parts: string[];
  x: (i: number) => number;
  y: (v: number) => number;
  step: number;
}

/** Axes, grid, tick labels and axis titles for `months` months and values up to `max`. */
function frame(title: string, months: number, max: number, id: string): Frame {
  const top = niceTop(max);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / months;
  const x = (i: number) => PAD.left + step * (i + 0.5);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" role="img" aria-label="${escapeXml(title)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<text x="${W / 2}" y="16" text-anchor="middle" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  for (let k = 0; k <= 4; k++) {
    const v = (top * k) / 4;
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#d0d7de" stroke-width="1"/>`);
    parts.push(`<text class="y-tick" x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end">${money(v)}</text>`);
  }
  const every = Math.max(1, Math.ceil(months / 24));
  for (let i = 0; i < months; i += every)
    parts.push(`<text class="x-tick" x="${x(i)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${i + 1}</text>`);
  parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(0)}" y2="${y(0)}" stroke="#57606a"/>`);
  parts.push(`<line x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${y(0)}" stroke="#57606a"/>`);
  parts.push(
    `<text class="x-label" x="${PAD.left + plotW / 2}" y="${H - PAD.bottom + 34}" text-anchor="middle">Month of the projection</text>`,
  );
  parts.push(
    `<text class="y-label" transform="translate(16 ${PAD.top + plotH / 2}) rotate(-90)" text-anchor="middle">USD per month</text>`,
  );
  return { parts, x, y, step };
}

function legend(series: readonly Series[]): string[] {
  const out: string[] = [];
  let lx = PAD.left;
  for (const s of series) {
    out.push(`<rect x="${lx}" y="${H - 16}" width="12" height="12" fill="${s.color}"/>`);
    out.push(`<text class="legend" x="${lx + 16}" y="${H - 6}">${escapeXml(s.name)}</text>`);
    lx += 24 + s.name.length * 7;
  }
  return out;
}

export function lineChart(title: string, series: readonly Series[], id: string): string {
  const months = Math.max(1, ...series.map((s) => s.values.length));
  const f = frame(title, months, Math.max(0, ...series.flatMap((s) => s.values)), id);
  for (const s of series) {
    const points = s.values.map((v, i) => `${f.x(i).toFixed(1)},${f.y(v).toFixed(1)}`).join(' ');
    f.parts.push(
      `<polyline class="series" data-series="${escapeXml(s.name)}" fill="none" stroke="${s.color}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="6 4"' : ''} points="${points}"/>`,
    );
    s.values.forEach((v, i) =>
      f.parts.push(
        `<circle cx="${f.x(i).toFixed(1)}" cy="${f.y(v).toFixed(1)}" r="3" fill="${s.color}"><title>${escapeXml(s.name)}, month ${i + 1}: ${money(v)}</title></circle>`,
      ),
    );
  }
  return [...f.parts, ...legend(series), '</svg>'].join('\n');
}

export function stackedBars(title: string, series: readonly Series[], id: string): string {
  const months = Math.max(1, ...series.map((s) => s.values.length));
  const totals = Array.from({ length: months }, (_, i) => series.reduce((a, s) => a + (s.values[i] ?? 0), 0));
  const f = frame(title, months, Math.max(0, ...totals), id);
  const bw = Math.max(2, f.step * 0.7);
  for (let i = 0; i < months; i++) {
    let base = 0;
    for (const s of series) {
      const v = s.values[i] ?? 0;
      if (v <= 0) continue;
      const y0 = f.y(base);
      const y1 = f.y(base + v);
      f.parts.push(
        `<rect class="bar" data-series="${escapeXml(s.name)}" x="${(f.x(i) - bw / 2).toFixed(1)}" y="${y1.toFixed(1)}" width="${bw.toFixed(1)}" height="${(y0 - y1).toFixed(1)}" fill="${s.color}"><title>${escapeXml(s.name)}, month ${i + 1}: ${money(v)}</title></rect>`,
      );
      base += v;
    }
  }
  return [...f.parts, ...legend(series), '</svg>'].join('\n');
}
