/**
 * The semantic diff of two lifecycle configurations, rule by rule, in plain words:
 * "expire-logs: Expiration 30 → 14 days", "rule tmp-cleanup removed". Rules pair by ID; rules
 * without an ID (S3 generates one on PUT) pair with a live rule of the same content.
 */
import {
  describeActions,
  describeNoncurrentTransition,
  describeRule,
  describeSelector,
  describeTransition,
  ruleName,
  when,
} from './describe.js';
import { canonicalJson, normalizeConfiguration, type CanonicalConfiguration, type CanonicalRule } from '../model/canonical.js';

export interface RuleChange {
  kind: 'added' | 'removed' | 'changed';
  /** The rule's ID (or a description when it has none). */
  name: string;
  before?: CanonicalRule;
  after?: CanonicalRule;
  /** What changed, one phrase per difference (empty for added/removed). */
  details: string[];
}

export interface ConfigurationDiff {
  equal: boolean;
  changes: RuleChange[];
  /** Configuration-level differences (TransitionDefaultMinimumObjectSize). */
  settings: string[];
  /** Every change as a sentence, in a stable order. */
  sentences: string[];
}

/** `live` undefined means the bucket has no lifecycle configuration. */
export function diffConfigurations(live: unknown, proposed: unknown): ConfigurationDiff {
  const a = live === undefined ? { rules: [] } : normalizeConfiguration(live);
  const b = proposed === undefined ? { rules: [] } : normalizeConfiguration(proposed);
  return diffCanonical(a, b);
}

export function configurationsEqual(a: unknown, b: unknown): boolean {
  return diffConfigurations(a, b).equal;
}

export function diffCanonical(live: CanonicalConfiguration, proposed: CanonicalConfiguration): ConfigurationDiff {
  const changes: RuleChange[] = [];
  const liveById = new Map(live.rules.filter((r) => r.id).map((r) => [r.id, r]));
  const unmatchedLive = new Set(live.rules);
  const unmatchedProposed: CanonicalRule[] = [];
  for (const p of proposed.rules) {
    const l = p.id ? liveById.get(p.id) : undefined;
    if (!l) {
      unmatchedProposed.push(p);
      continue;
    }
    unmatchedLive.delete(l);
    const details = ruleDetails(l, p);
    if (details.length) changes.push({ kind: 'changed', name: p.id, before: l, after: p, details });
  }
  for (const p of unmatchedProposed) {
    // A rule without ID matches a live rule whose content is the same (its ID was generated).
    const twin = [...unmatchedLive].find((l) => sameContent(l, p) && (!p.id || !l.id));
    if (twin) {
      unmatchedLive.delete(twin);
      continue;
    }
    changes.push({ kind: 'added', name: ruleName(p), after: p, details: [] });
  }
  for (const l of unmatchedLive) changes.push({ kind: 'removed', name: ruleName(l), before: l, details: [] });
  changes.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));

  const settings: string[] = [];
  const lt = live.transitionDefaultMinimumObjectSize;
  const pt = proposed.transitionDefaultMinimumObjectSize;
  // A side that does not state it (RGW never reports it) is unknown, not different.
  if (lt !== undefined && pt !== undefined && lt !== pt) settings.push(`TransitionDefaultMinimumObjectSize ${lt} → ${pt}`);

  const sentences = [...changes.map(sentence), ...settings];
  return { equal: changes.length === 0 && settings.length === 0, changes, settings, sentences };
}

function sentence(c: RuleChange): string {
  if (c.kind === 'added') return `rule ${c.name} added: ${describeRule(c.after!)}`;
  if (c.kind === 'removed') return `rule ${c.name} removed (was: ${describeRule(c.before!)})`;
  return `${c.name}: ${c.details.join('; ')}`;
}

function sameContent(a: CanonicalRule, b: CanonicalRule): boolean {
  return canonicalJson({ ...a, id: '' }) === canonicalJson({ ...b, id: '' });
}

function ruleDetails(l: CanonicalRule, p: CanonicalRule): string[] {
  const d: string[] = [];
  if (l.status !== p.status) d.push(`Status ${l.status} → ${p.status}`);
  const ls = describeSelector(l.selector);
  const ps = describeSelector(p.selector);
  if (canonicalJson(l.selector) !== canonicalJson(p.selector)) d.push(`filter ${ls} → ${ps}`);

  const le = l.expiration;
  const pe = p.expiration;
  const expWhen = (e: typeof le) => (e && (e.days !== undefined || e.date !== undefined) ? when(e.days, e.date) : undefined);
  const lw = expWhen(le);
  const pw = expWhen(pe);
  if (lw !== pw) {
    if (lw && pw)
      d.push(le?.days !== undefined && pe?.days !== undefined ? `Expiration ${le.days} → ${pe.days} days` : `Expiration ${lw} → ${pw}`);
    else if (pw) d.push(`Expiration added: after ${pw}`);
    else d.push(`Expiration removed (was ${lw})`);
  }
  if (!!le?.expiredObjectDeleteMarker !== !!pe?.expiredObjectDeleteMarker) {
    d.push(pe?.expiredObjectDeleteMarker ? 'now removes expired delete markers' : 'no longer removes expired delete markers');
  }

  d.push(
    ...listDiff(
      'Transition',
      l.transitions,
      p.transitions,
      (t) => t.storageClass,
      (t) => when(t.days, t.date),
      describeTransition,
    ),
  );
  d.push(
    ...listDiff(
      'NoncurrentVersionTransition',
      l.noncurrentTransitions,
      p.noncurrentTransitions,
      (t) => t.storageClass,
      (t) =>
        `${when(t.noncurrentDays, undefined)}${t.newerNoncurrentVersions !== undefined ? ` beyond ${t.newerNoncurrentVersions} newest` : ''}`,
      describeNoncurrentTransition,
    ),
  );

  const ln = l.noncurrentExpiration;
  const pn = p.noncurrentExpiration;
  if (!ln && pn)
    d.push(
      `NoncurrentVersionExpiration added: ${describeActions({ ...p, expiration: undefined, transitions: [], noncurrentTransitions: [], abortIncompleteMultipartUpload: undefined })}`,
    );
  else if (ln && !pn) d.push(`NoncurrentVersionExpiration removed (was after ${when(ln.noncurrentDays, undefined)})`);
  else if (ln && pn) {
    if (ln.noncurrentDays !== pn.noncurrentDays)
      d.push(`NoncurrentVersionExpiration ${ln.noncurrentDays ?? '?'} → ${pn.noncurrentDays ?? '?'} days`);
    if (ln.newerNoncurrentVersions !== pn.newerNoncurrentVersions) {
      d.push(`newer noncurrent versions kept ${ln.newerNoncurrentVersions ?? 'none'} → ${pn.newerNoncurrentVersions ?? 'none'}`);
    }
  }
  const la = l.abortIncompleteMultipartUpload?.daysAfterInitiation;
  const pa = p.abortIncompleteMultipartUpload?.daysAfterInitiation;
  const hasLa = l.abortIncompleteMultipartUpload !== undefined;
  const hasPa = p.abortIncompleteMultipartUpload !== undefined;
  if (hasLa && hasPa && la !== pa) d.push(`AbortIncompleteMultipartUpload ${la ?? '?'} → ${pa ?? '?'} days`);
  else if (!hasLa && hasPa) d.push(`AbortIncompleteMultipartUpload added: after ${when(pa, undefined)}`);
  else if (hasLa && !hasPa) d.push(`AbortIncompleteMultipartUpload removed (was ${when(la, undefined)})`);
  return d;
}

/** Items keyed by storage class: changed timing, added, removed. */
function listDiff<T>(
  label: string,
  before: T[],
  after: T[],
  key: (t: T) => string,
  timing: (t: T) => string,
  describe: (t: T) => string,
): string[] {
  const out: string[] = [];
  const b = new Map(before.map((t) => [key(t), t]));
  const a = new Map(after.map((t) => [key(t), t]));
  for (const [k, t] of a) {
    const old = b.get(k);
    if (!old) out.push(`${label} ${describe(t)} added`);
    else if (timing(old) !== timing(t)) out.push(`${label} to ${k} ${timing(old)} → ${timing(t)}`);
  }
  for (const [k, t] of b) if (!a.has(k)) out.push(`${label} ${describe(t)} removed`);
  return out;
}
