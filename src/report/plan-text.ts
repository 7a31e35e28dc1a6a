/**
 * `lifeguard plan` for a terminal: per target, the bucket's state, what changes in plain words,
 * which objects the rules would expire, the findings; then one summary line. Pure.
 */
import type { ConfigurationDiff } from '../diff/diff.js';
import type { PlanReport, TargetPlan } from '../plan/types.js';
import { describeBucket, describeExpiry, describeKept, listingLine } from './plan-words.js';
import { showControls } from '../text/log-safe.js';
import type { Diagnostic } from '../findings/types.js';
import { describeSync } from '../model/sync-state.js';

export interface PlanTextOptions {
  color?: boolean;
}

const ANSI = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 } as const;
const OUR_SGR = /(\u001b\[(?:31|32|33|34|2|1|0)m)/;

export function formatPlanText(report: PlanReport, options: PlanTextOptions = {}): string {
  const paint = (code: keyof typeof ANSI, s: string) => (options.color ? `\u001b[${ANSI[code]}m${s}\u001b[0m` : s);
  const out: string[] = [];
  // Plans quote file content (rule IDs, prefixes): controls escaped, only the colours we add kept.
  const safe = (line: string) =>
    options.color
      ? line
          .split(OUR_SGR)
          .map((part, i) => (i % 2 ? part : showControls(part)))
          .join('')
      : showControls(line);
  for (const t of report.targets) out.push(...target(t, paint).map(safe), '');
  out.push(paint('bold', summaryLine(report)));
  return out.join('\n') + '\n';
}

type Paint = (code: keyof typeof ANSI, s: string) => string;

function target(t: TargetPlan, paint: Paint): string[] {
  const out = [paint('bold', `target ${t.target}: bucket ${t.bucket}${t.source ? ` from ${t.source}` : ''}`)];
  if (t.failure) out.push(`  ${paint('red', 'could not be planned')}: ${t.failure}`);
  if (t.bucketState) out.push(`  bucket: ${describeBucket(t.bucketState)}`);
  if (t.sync) out.push(`  ${t.sync.state === 'in-sync' ? paint('green', 'history') : paint('red', 'history')}: ${describeSync(t.sync)}`);
  if (t.diff) out.push(...changeLines(t.diff, t.live === null, paint).map((l) => `  ${l}`));
  if (t.expiry) {
    out.push(`  expiry, ${listingLine(t.expiry)}:`);
    for (const e of t.expiry.rules) out.push(`    ${describeExpiry(e)}`);
    out.push(`    ${describeKept(t.expiry)}`);
    if (t.expiry.undetermined) out.push(`    ${t.expiry.undetermined} more depend on tags that were not read`);
  }
  if (t.diagnostics.length) {
    out.push('  findings:');
    for (const d of t.diagnostics) out.push(`    ${findingLine(d, paint)}`);
  }
  for (const n of t.notices) out.push(`  ${paint('dim', `note: ${n}`)}`);
  return out;
}

export function changeLines(diff: ConfigurationDiff, noLive: boolean, paint: Paint = (_c, s) => s): string[] {
  if (diff.equal) return [paint('green', 'no change: the bucket already has these rules')];
  const out = [noLive ? 'changes (the bucket has no lifecycle configuration yet):' : 'changes:'];
  for (const c of diff.changes) {
    const mark = c.kind === 'added' ? paint('green', '+') : c.kind === 'removed' ? paint('red', '-') : paint('yellow', '~');
    const sentence = diff.sentences[diff.changes.indexOf(c)]!;
    out.push(`  ${mark} ${sentence}`);
  }
  for (const s of diff.settings) out.push(`  ${paint('yellow', '~')} ${s}`);
  return out;
}

function findingLine(d: Diagnostic, paint: Paint): string {
  const sev =
    d.severity === 'error' ? paint('red', 'error') : d.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info');
  return `${showControls(d.file)}:${d.line}:${d.column}  ${sev}  ${showControls(d.message)}  ${paint('dim', d.ruleId)}`;
}

export function summaryLine(report: PlanReport): string {
  const s = report.summary;
  const parts = [`${s.targets} target${s.targets === 1 ? '' : 's'}: ${s.changed} to change, ${s.unchanged} unchanged`];
  if (s.failed) parts[0] += `, ${s.failed} failed`;
  parts.push(`${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}`);
  return `${parts.join('; ')}.`;
}
