/** The tracking report as text, Markdown (the job summary) or JSON. Pure. */
import { STORAGE_CLASSES } from '../../model/storage-classes.js';
import { formatBytes } from '../../model/units.js';
import { usd } from '../report/format.js';
import type { Amount, TrackReport } from './track.js';

export const TRACK_FORMATS = ['stylish', 'json', 'markdown'] as const;
export type TrackFormat = (typeof TRACK_FORMATS)[number];

const count = (n: number) => Math.round(n).toLocaleString('en-US');
const cell = (a: Amount) => `${count(a.objects)} / ${formatBytes(a.bytes)} / ${usd(a.usdPerMonth)}`;
const diff = (p: Amount, a: Amount) =>
  Math.round(a.objects - p.objects) === 0 && Math.round((a.bytes - p.bytes) / 1024) === 0
    ? 'as projected'
    : `${a.bytes >= p.bytes ? '+' : '−'}${formatBytes(Math.abs(a.bytes - p.bytes))}, ${a.usdPerMonth >= p.usdPerMonth ? '+' : '−'}${usd(Math.abs(a.usdPerMonth - p.usdPerMonth))}/month`;

function rows(r: TrackReport): Array<[string, Amount, Amount]> {
  return [
    ['total', r.totals.projected, r.totals.actual],
    ...r.byClass.map((c) => [STORAGE_CLASSES[c.storageClass].label, c.projected, c.actual] as [string, Amount, Amount]),
  ];
}

export function formatTrack(r: TrackReport, format: TrackFormat): string {
  if (format === 'json') return `${JSON.stringify(r, null, 2)}\n`;
  const head = `Tracking ${r.region}: projected from ${r.baselineAsOf}, compared on ${r.asOf} (objects / bytes / storage a month)`;
  const explained = r.explanations.length ? r.explanations : ['nothing outside the projection: actual equals projected'];
  if (format === 'markdown') {
    const out = [`**${head}**`, '', '| | Projected | Actual | Difference |', '|---|---:|---:|---|'];
    for (const [name, p, a] of rows(r)) out.push(`| ${name} | ${cell(p)} | ${cell(a)} | ${diff(p, a)} |`);
    out.push('', '| Rule | Projected | Actual | Difference |', '|---|---:|---:|---|');
    for (const x of r.byRule)
      out.push(`| \`${x.rule.replace(/[`|<>]/g, '_')}\` | ${cell(x.projected)} | ${cell(x.actual)} | ${diff(x.projected, x.actual)} |`);
    out.push('', '**Differences**', '', ...explained.map((e) => `- ${e.replace(/[<>]/g, '_')}`));
    return `${out.join('\n')}\n`;
  }
  const out = [head, ''];
  for (const [name, p, a] of rows(r))
    out.push(`  ${name.padEnd(32)} projected ${cell(p).padEnd(34)} actual ${cell(a).padEnd(34)} ${diff(p, a)}`);
  out.push('', 'Rules:');
  for (const x of r.byRule)
    out.push(`  ${x.rule}: projected ${cell(x.projected)}, actual ${cell(x.actual)}: ${diff(x.projected, x.actual)}`);
  out.push('', 'Differences:', ...explained.map((e) => `  - ${e}`));
  return `${out.join('\n')}\n`;
}
