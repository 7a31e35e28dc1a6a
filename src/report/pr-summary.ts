/**
 * The job summary of a pull-request run: the comment with every finding listed, then what only the
 * summary has room for: each bucket's state and which listed objects each proposed rule expires,
 * and where the comment is (or why there is none). Pure.
 */
import type { TargetPlan } from '../plan/types.js';
import { renderPullRequestComment } from './pr-comment.js';
import type { PullRequestReport } from './pr-types.js';
import { describeBucket, describeExpiry, describeKept, listingLine } from './plan-words.js';
import { codeSpan, inertSentence, inertText } from './inert-markdown.js';

export interface SummaryExtras {
  /** One line about the sticky comment: its link, or why it was not posted. */
  commentLine?: string;
}

const code = (s: string) => codeSpan(s);

export function renderPullRequestSummary(report: PullRequestReport, plans: readonly TargetPlan[], extras: SummaryExtras = {}): string {
  // The summary is the full record: no "and N more" in the findings tables.
  const out = [
    renderPullRequestComment(
      { ...report, runUrl: undefined },
      { maxFindingsPerTarget: Number.POSITIVE_INFINITY, maxChars: Number.POSITIVE_INFINITY },
    ).trimEnd(),
  ];
  const detailed = plans.filter((p) => p.bucketState || p.expiry);
  if (detailed.length) {
    out.push('', '### Plan details');
    for (const p of detailed) out.push('', ...planDetails(p));
  }
  // lifeguard's own sentence (the comment's link, or GitHub's refusal): links stay links.
  if (extras.commentLine) out.push('', `<sub>${extras.commentLine.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))}</sub>`);
  return out.join('\n') + '\n';
}

function planDetails(p: TargetPlan): string[] {
  const out = [`#### ${escape(p.target)} · ${code(p.bucket)}`, ''];
  if (p.bucketState) out.push(`Bucket: ${escape(describeBucket(p.bucketState))}.`, '');
  if (p.expiry) {
    out.push(`What the proposed rules expire, ${escape(listingLine(p.expiry))}:`, '');
    for (const e of p.expiry.rules) out.push(`- ${inertSentence((quote) => describeExpiry(e, quote))}`);
    out.push(`- ${inertSentence((quote) => describeKept(p.expiry!, quote))}`);
    if (p.expiry.undetermined) out.push(`- ${p.expiry.undetermined} more depend on tags that were not read`);
  }
  return out;
}

const escape = inertText;
