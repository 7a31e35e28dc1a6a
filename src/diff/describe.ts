/** Plain words for canonical rules and their parts, used by diffs, plans and comments. */
import type { CanonicalNoncurrentTransition, CanonicalRule, CanonicalSelector, CanonicalTransition } from '../model/canonical.js';

export function ruleName(rule: CanonicalRule): string {
  return rule.id ? rule.id : `(rule without ID on ${describeSelector(rule.selector)})`;
}

export function describeSelector(s: CanonicalSelector): string {
  const parts: string[] = [];
  if (s.prefix) parts.push(`prefix ${s.prefix}`);
  for (const t of s.tags) parts.push(`tag ${t.key}=${t.value}`);
  if (s.sizeGreaterThan !== undefined) parts.push(`size > ${s.sizeGreaterThan} B`);
  if (s.sizeLessThan !== undefined) parts.push(`size < ${s.sizeLessThan} B`);
  return parts.length ? parts.join(' and ') : 'the whole bucket';
}

export function when(days: number | undefined, date: string | undefined, unit = 'days'): string {
  if (days !== undefined) return `${days} ${days === 1 ? unit.replace(/s$/, '') : unit}`;
  if (date !== undefined) return `on ${date.slice(0, 10)}`;
  return '(no time given)';
}

export function describeTransition(t: CanonicalTransition): string {
  return `to ${t.storageClass} ${t.days !== undefined ? `at ${t.days} days` : when(undefined, t.date)}`;
}

export function describeNoncurrentTransition(t: CanonicalNoncurrentTransition): string {
  const keep = t.newerNoncurrentVersions !== undefined ? ` (beyond the ${t.newerNoncurrentVersions} newest)` : '';
  return `noncurrent versions to ${t.storageClass} after ${when(t.noncurrentDays, undefined)}${keep}`;
}

/** One line per action: "expire after 30 days; to GLACIER at 90 days; abort uploads after 7 days". */
export function describeActions(rule: CanonicalRule): string {
  const parts: string[] = [];
  const e = rule.expiration;
  if (e?.days !== undefined || e?.date !== undefined)
    parts.push(`expire ${e.days !== undefined ? `after ${when(e.days, undefined)}` : when(undefined, e.date)}`);
  if (e?.expiredObjectDeleteMarker) parts.push('remove expired delete markers');
  for (const t of rule.transitions) parts.push(describeTransition(t));
  for (const t of rule.noncurrentTransitions) parts.push(describeNoncurrentTransition(t));
  const n = rule.noncurrentExpiration;
  if (n) {
    const keep = n.newerNoncurrentVersions !== undefined ? `, keeping the ${n.newerNoncurrentVersions} newest` : '';
    parts.push(`delete noncurrent versions after ${when(n.noncurrentDays, undefined)}${keep}`);
  }
  if (rule.abortIncompleteMultipartUpload)
    parts.push(`abort incomplete uploads after ${when(rule.abortIncompleteMultipartUpload.daysAfterInitiation, undefined)}`);
  return parts.length ? parts.join('; ') : 'no actions';
}

export function describeRule(rule: CanonicalRule): string {
  const status = rule.status === 'Enabled' ? '' : ` [${rule.status || 'no status'}]`;
  return `${describeSelector(rule.selector)}: ${describeActions(rule)}${status}`;
}
