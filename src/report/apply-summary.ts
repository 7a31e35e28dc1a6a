/**
 * The job summary of an apply run: per bucket what was done (applied and verified, unchanged,
 * refused, failed) and why, the changes in plain words, the configuration before and after, and
 * where the backup of the previous configuration is with the command that restores it. Pure.
 */
import type { Decision } from '../apply/apply.js';
import { formatBytes } from '../gate/verdict.js';
import { plural } from '../lint/messages.js';
import { statusOf, type ApplyStatus, type TargetApplication } from '../apply/outcome.js';
import type { LifecycleJson } from '../s3/convert.js';
import { codeSpan, inertText } from './inert-markdown.js';

export interface ApplySummaryContext {
  /** One sentence on what was applied and why, e.g. "Push a1b2c3 → d4e5f6 to main changed …". */
  scope: string;
  /** Path of a backup as the reader should look for it (relative to the workspace). */
  display: (path: string) => string;
  notices: readonly string[];
  /** Nothing was written: the summary says what would be, and what it deletes. */
  dryRun?: boolean;
}

const ICON: Record<ApplyStatus, string> = { applied: '✅', unchanged: '➖', refused: '❌', failed: '❌', 'would apply': '⏳' };

export function renderApplySummary(targets: readonly TargetApplication[], ctx: ApplySummaryContext): string {
  const counts = (['applied', 'would apply', 'unchanged', 'refused', 'failed'] as const).map(
    (s) => [s, targets.filter((t) => statusOf(t) === s).length] as const,
  );
  const bad = counts.some(([s, n]) => (s === 'refused' || s === 'failed') && n > 0);
  const lead = ctx.dryRun ? 'would apply' : 'applied';
  const title = ctx.dryRun ? 'lifeguard apply (dry run, nothing written)' : 'lifeguard apply';
  const out = [
    `## ${title}: ${bad ? '❌' : '✅'} ${counts
      .filter(([s, n]) => n > 0 || s === lead)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ')}`,
    '',
    escape(ctx.scope),
  ];
  for (const n of ctx.notices) out.push('', `> [!NOTE]\n> ${escape(n)}`);
  if (targets.length) {
    out.push('', '| Target | Bucket | Result |', '|---|---|---|');
    for (const t of targets)
      out.push(`| ${escape(t.target.name)} | ${codeSpan(t.target.bucket, true)} | ${ICON[statusOf(t)]} ${statusOf(t)} |`);
  }
  for (const t of targets) out.push('', ...targetSection(t, ctx));
  return out.join('\n') + '\n';
}

function targetSection(t: TargetApplication, ctx: ApplySummaryContext): string[] {
  const out = [`### ${escape(t.target.name)} · ${codeSpan(t.target.bucket)}`, ''];
  if (t.plan.source) out.push(`Rules from ${codeSpan(t.plan.source)}.`, '');
  out.push(`${ICON[statusOf(t)]} **${headline(t)}**`);
  if (t.plan.diff && !t.plan.diff.equal) out.push('', ...t.plan.diff.sentences.map((s) => `- ${escape(s)}`));
  if (t.decision.action === 'refuse' && t.decision.drift) {
    out.push('', 'How the bucket differs from the rules of the branch:', '', ...t.decision.drift.sentences.map((s) => `- ${escape(s)}`));
  }
  if (!t.execution && t.toWrite !== undefined) out.push('', ...toWrite(t));
  const backup = t.execution?.backup;
  if (backup) {
    out.push('');
    if (backup.path)
      out.push(
        `Previous configuration saved to ${codeSpan(ctx.display(backup.path))} on the runner (upload \`.lifeguard/backups/\` as an artifact to keep it).`,
        '',
      );
    out.push('To restore it:', '', '```sh', backup.restore, '```');
  }
  for (const n of t.decision.notes) out.push('', `<sub>${escape(n)}</sub>`);
  const errors = t.plan.diagnostics.filter((d) => d.severity === 'error');
  if (t.plan.diagnostics.length) {
    out.push(
      '',
      `<details${errors.length ? ' open' : ''}><summary>Findings: ${plural(errors.length, 'error')}, ${t.plan.diagnostics.length - errors.length} other</summary>`,
      '',
      '| | Where | Rule | Message |',
      '|---|---|---|---|',
    );
    for (const d of t.plan.diagnostics) {
      const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️';
      out.push(`| ${icon} | ${codeSpan(`${d.file}:${d.line}`, true)} | [${d.ruleId}](${d.docsUrl}) | ${cell(d.message)} |`);
    }
    out.push('', '</details>');
  }
  if (t.before !== undefined) out.push('', ...folded('Before', t.before));
  if (t.after !== undefined) out.push('', ...folded('After (read back and verified)', t.after));
  return out;
}

/** What a dry run would send, exactly, and what that deletes earlier than the live rules would. */
function toWrite(t: TargetApplication): string[] {
  const out: string[] = [];
  const d = t.deletion?.deleted;
  if (d) {
    const basis = `from a listing of ${d.listed?.toLocaleString('en-US') ?? 0} entries${t.deletion!.partial ? ', stopped at max-objects: a lower bound' : ''}`;
    out.push(
      d.objects
        ? `⚠️ Within ${d.horizonMonths} months this deletes **${d.objects.toLocaleString('en-US')} object${d.objects === 1 ? '' : 's'} (${formatBytes(d.bytes)})** earlier than the live rules would (${basis}).`
        : `Within ${d.horizonMonths} months this deletes nothing earlier than the live rules would (${basis}).`,
      '',
    );
  }
  if (t.toWrite === null)
    return [...out, '**To be written:** `DeleteBucketLifecycle` (the bucket is left with no lifecycle configuration).'];
  return [
    ...out,
    "<details open><summary>To be written: the PutBucketLifecycleConfiguration request's configuration, exactly</summary>",
    '',
    '```json',
    JSON.stringify(t.toWrite, null, 2),
    '```',
    '',
    '</details>',
  ];
}

function headline(t: TargetApplication): string {
  if (t.execution) return t.execution.ok ? capital(t.execution.message) + '.' : `Failed: ${escape(t.execution.message)}.`;
  const d: Decision = t.decision;
  if (d.action === 'none') return `Nothing to do: ${escape(d.reason)}.`;
  if (d.action === 'refuse') return `Refused, nothing written: ${escape(d.reason)}.`;
  return d.action === 'delete' ? 'Would delete the lifecycle configuration (dry run).' : 'Would apply these rules (dry run).';
}

function folded(title: string, config: LifecycleJson | null): string[] {
  const body = config === null ? 'no lifecycle configuration' : JSON.stringify(config, null, 2);
  return [`<details><summary>${title}</summary>`, '', config === null ? `_${body}_` : '```json\n' + body + '\n```', '', '</details>'];
}

function capital(s: string): string {
  return escape(s.charAt(0).toUpperCase() + s.slice(1));
}

/** Names, messages and S3's answers are untrusted text: inert (report/inert-markdown.ts). */
const escape = inertText;
const cell = inertText;
