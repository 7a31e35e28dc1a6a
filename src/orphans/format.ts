/** `lifeguard orphans` reports: stylish (terminal), json (the OrphanReport), markdown. Pure. */
import { docsUrl } from '../lint/docs-url.js';
import type { OrphanReport } from './report.js';
import {
  actionLines,
  batchText,
  breakdown,
  bytes,
  count,
  heading,
  orphansText,
  prefixesText,
  registryText,
  tallyText,
  usd,
} from './words.js';

export const ORPHAN_FORMATS = ['stylish', 'json', 'markdown'] as const;
export type OrphanFormat = (typeof ORPHAN_FORMATS)[number];

/** `file` is the quarantine file's display path, for sentences about it. */
export function formatOrphans(r: OrphanReport, format: OrphanFormat, file: string, color = false): string {
  if (format === 'json') return `${JSON.stringify(r, null, 2)}\n`;
  return format === 'markdown' ? markdown(r, file) : stylish(r, file, color);
}

function stylish(r: OrphanReport, file: string, color: boolean): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out = [
    paint(1, heading(r)),
    `  artifact prefixes: ${prefixesText(r)}`,
    `  registry: ${registryText(r)}`,
    `  under the prefixes: ${tallyText(r.scanned)}`,
  ];
  for (const [label, t] of breakdown(r)) out.push(`    ${label}: ${tallyText(t)}`);
  out.push(`  ${orphansText(r)}`);
  if (r.orphans.objects) {
    const width = Math.max(...r.orphans.topPrefixes.map((p) => p.prefix.length));
    for (const p of r.orphans.topPrefixes)
      out.push(
        `    ${p.prefix.padEnd(width)}  ${count(p.objects, 'object').padStart(14)}  ${bytes(p.bytes).padStart(10)}  ${usd(p.monthlyUsd)}/month`,
      );
    out.push(`    e.g. ${r.orphans.sample.slice(0, 5).join(', ')}${r.orphans.objects > 5 ? ', …' : ''}`);
  }
  if (r.batches.length) {
    out.push(`  quarantine batches (${file}):`);
    for (const b of r.batches) out.push(`    ${batchText(b)}`);
  }
  for (const l of actionLines(r, file)) out.push(`  ${l.startsWith('failed') || l.startsWith('quarantine refused') ? paint(31, l) : l}`);
  for (const d of r.diagnostics) {
    const sev = d.severity === 'error' ? paint(31, 'error') : d.severity === 'warning' ? paint(33, 'warning') : 'info';
    out.push(`  ${d.file}:${d.line}:${d.column}  ${sev}  ${d.message}  ${paint(2, d.ruleId)}`);
  }
  for (const n of [...r.notices, ...(r.prices?.notes ?? [])]) out.push(`  ${paint(2, `note: ${n}`)}`);
  return out.join('\n') + '\n';
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
const esc = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');

function markdown(r: OrphanReport, file: string): string {
  const out = [`## ${esc(heading(r))}`, '', `Artifact prefixes: ${esc(prefixesText(r))}. Registry: ${esc(registryText(r))}.`, ''];
  out.push(
    '| Under the prefixes | Objects | Bytes |',
    '|---|---:|---:|',
    `| all | ${r.scanned.objects.toLocaleString('en-US')} | ${bytes(r.scanned.bytes)} |`,
  );
  for (const [label, t] of breakdown(r)) out.push(`| ${esc(label)} | ${t.objects.toLocaleString('en-US')} | ${bytes(t.bytes)} |`);
  out.push(
    `| **orphans** | **${r.orphans.objects.toLocaleString('en-US')}** | **${bytes(r.orphans.bytes)}** |`,
    '',
    `**${esc(orphansText(r))}**`,
    '',
  );
  if (r.orphans.objects) {
    out.push('| Prefix | Objects | Bytes | Per month |', '|---|---:|---:|---:|');
    for (const p of r.orphans.topPrefixes)
      out.push(`| ${code(p.prefix)} | ${p.objects.toLocaleString('en-US')} | ${bytes(p.bytes)} | ${usd(p.monthlyUsd)} |`);
    out.push('');
  }
  if (r.batches.length) out.push(`Quarantine batches (${code(file)}):`, '', ...r.batches.map((b) => `- ${esc(batchText(b))}`), '');
  for (const l of actionLines(r, file)) out.push(`> ${esc(l)}`);
  if (r.diagnostics.length) {
    out.push('', '| | Finding | Where | Rule |', '|---|---|---|---|');
    for (const d of r.diagnostics) {
      const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️';
      out.push(`| ${icon} | ${esc(d.message)} | ${code(`${d.file}:${d.line}:${d.column}`)} | [${d.ruleId}](${docsUrl(d.ruleId)}) |`);
    }
  }
  const notes = [...r.notices, ...(r.prices?.notes ?? [])];
  if (notes.length) out.push('', ...notes.map((n) => `- ${esc(n)}`));
  return out.join('\n') + '\n';
}
