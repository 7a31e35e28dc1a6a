/** `lifeguard plan --format markdown`: the same plan for a pull request or a job summary. Pure. */
import type { PlanReport, TargetPlan } from '../plan/types.js';
import { summaryLine } from './plan-text.js';
import { describeSync } from '../model/sync-state.js';
import { describeBucket, describeExpiry, describeKept, listingLine } from './plan-words.js';
import { codeSpan, inertSentence, inertText } from './inert-markdown.js';

const code = (s: string) => codeSpan(s);

export function formatPlanMarkdown(report: PlanReport): string {
  const out = ['## lifeguard plan', '', escape(summaryLine(report))];
  for (const t of report.targets) out.push('', ...target(t));
  return out.join('\n') + '\n';
}

function target(t: TargetPlan): string[] {
  const out = [`### ${escape(t.target)} · ${code(t.bucket)}`, ''];
  if (t.source) out.push(`Rules from ${code(t.source)}.`, '');
  if (t.failure) out.push(`**Could not be planned:** ${escape(t.failure)}`, '');
  if (t.bucketState) out.push(`Bucket: ${escape(describeBucket(t.bucketState))}.`, '');
  if (t.sync) out.push(`${t.sync.state === 'in-sync' ? '✅' : '⚠️'} Against the branch's history: ${escape(describeSync(t.sync))}.`, '');
  if (t.diff) {
    if (t.diff.equal) out.push('**No change**: the bucket already has these rules.');
    else
      out.push(
        `**Changes**${t.live === null ? ' (the bucket has no lifecycle configuration yet)' : ''}:`,
        '',
        ...t.diff.sentences.map((s) => `- ${escape(s)}`),
      );
    out.push('');
  }
  if (t.expiry) {
    out.push(`Expiry, ${escape(listingLine(t.expiry))}:`, '');
    for (const e of t.expiry.rules) out.push(`- ${inertSentence((quote) => describeExpiry(e, quote))}`);
    out.push(`- ${inertSentence((quote) => describeKept(t.expiry!, quote))}`, '');
  }
  if (t.diagnostics.length) {
    out.push('| | Finding | Where | Rule |', '|---|---|---|---|');
    for (const d of t.diagnostics) {
      const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️';
      out.push(`| ${icon} | ${cell(d.message)} | ${codeSpan(`${d.file}:${d.line}:${d.column}`, true)} | [${d.ruleId}](${d.docsUrl}) |`);
    }
    out.push('');
  }
  for (const n of t.notices) out.push(`> ${escape(n)}`);
  return out;
}

/** Plans quote file and bucket content: inert prose and cells (report/inert-markdown.ts). */
const escape = inertText;
const cell = inertText;
