/**
 * Which listed objects each rule of a configuration would expire, and when: the part of a plan
 * that says "expire-tmp removes tmp/a and tmp/b; data/x stays". Pure: a listing, tags and a clock
 * in; a projection out. When S3 acts, and which of two rules that expire one object acts, come
 * from the one timing model (model/timing.ts); noncurrent versions count from their successor's creation.
 */
import type { CanonicalConfiguration, CanonicalRule } from '../model/canonical.js';
import { ruleName } from '../diff/describe.js';
import type { ListedObject, Listing } from '../s3/listing.js';
import { matches } from '../model/matching.js';
import { dateDueTime, dueTimeAfter, earliestDue } from '../model/timing.js';

export interface ExpiringObject {
  key: string;
  versionId?: string;
  size: number;
  /** ISO time from which S3 may act (it acts asynchronously, usually within a day). */
  dueAt: string;
}

export interface RuleExpiry {
  rule: string;
  action: 'Expiration' | 'NoncurrentVersionExpiration';
  /** What expiring means for these objects on this bucket. */
  effect: 'delete' | 'delete-marker' | 'delete-version';
  objects: ExpiringObject[];
  bytes: number;
  /** How many are due already (at the time of the plan). */
  dueNow: number;
  /** Objects the filter may select but whose tags were not read. */
  unknown: number;
}

export interface ExpiryProjection {
  /** Entries listed (versions and delete markers count). */
  listed: number;
  truncated: boolean;
  versions: boolean;
  rules: RuleExpiry[];
  /** Current objects no rule expires. */
  kept: { objects: number; bytes: number; keys: string[] };
  /** Current objects whose fate depends on tags that were not read. */
  undetermined: number;
}

export type TagLookup = (o: ListedObject) => ReadonlyMap<string, string> | undefined;

export function projectExpiry(
  config: CanonicalConfiguration,
  listing: Listing,
  tagsOf: TagLookup,
  now: Date,
  versioned: boolean,
): ExpiryProjection {
  const rules = config.rules.filter((r) => r.status === 'Enabled');
  const byRule = new Map<CanonicalRule, RuleExpiry>();
  const effect: RuleExpiry['effect'] = versioned ? 'delete-marker' : 'delete';
  const entry = (r: CanonicalRule): RuleExpiry => {
    let e = byRule.get(r);
    if (!e) {
      e = { rule: ruleName(r), action: 'Expiration', effect, objects: [], bytes: 0, dueNow: 0, unknown: 0 };
      byRule.set(r, e);
    }
    return e;
  };
  const currentRules = rules.filter((r) => r.expiration?.days !== undefined || r.expiration?.date !== undefined);
  const noncurrentRules = rules.filter((r) => r.noncurrentExpiration?.noncurrentDays !== undefined);
  const noncurrentEntries = new Map<CanonicalRule, RuleExpiry>();

  const kept = { objects: 0, bytes: 0, keys: [] as string[] };
  let undetermined = 0;
  for (const o of listing.objects) {
    if (!o.isLatest || o.deleteMarker) continue;
    let unsure = false;
    const selecting = currentRules.filter((r) => {
      const m = matches(r.selector, { key: o.key, size: o.size, tags: tagsOf(o) });
      if (m === 'unknown') {
        entry(r).unknown++;
        unsure = true;
      }
      return m === 'yes';
    });
    const best = earliestDue(selecting, (r) => currentDue(r, o.lastModified));
    if (best) add(entry(best.item), o, best.due, now);
    else if (unsure) undetermined++;
    else {
      kept.objects++;
      kept.bytes += o.size;
      kept.keys.push(o.key);
    }
  }

  if (noncurrentRules.length) {
    for (const [o, since, rank] of noncurrentVersions(listing.objects)) {
      const selecting = noncurrentRules.filter((r) => {
        const keep = r.noncurrentExpiration!.newerNoncurrentVersions;
        if (keep !== undefined && rank < keep) return false;
        const m = matches(r.selector, { key: o.key, size: o.size, tags: tagsOf(o) });
        if (m === 'unknown') noncurrentEntry(noncurrentEntries, r).unknown++;
        return m === 'yes';
      });
      const best = earliestDue(selecting, (r) => dueTimeAfter(since, r.noncurrentExpiration!.noncurrentDays!));
      if (best) add(noncurrentEntry(noncurrentEntries, best.item), o, best.due, now);
    }
  }

  const all = [...byRule.values(), ...noncurrentEntries.values()];
  for (const e of all)
    e.objects.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  all.sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.action < b.action ? -1 : 1));
  kept.keys.sort();
  return { listed: listing.objects.length, truncated: listing.truncated, versions: listing.versions, rules: all, kept, undetermined };
}

function noncurrentEntry(map: Map<CanonicalRule, RuleExpiry>, r: CanonicalRule): RuleExpiry {
  let e = map.get(r);
  if (!e) {
    e = {
      rule: ruleName(r),
      action: 'NoncurrentVersionExpiration',
      effect: 'delete-version',
      objects: [],
      bytes: 0,
      dueNow: 0,
      unknown: 0,
    };
    map.set(r, e);
  }
  return e;
}

function add(e: RuleExpiry, o: ListedObject, due: number, now: Date): void {
  e.objects.push({
    key: o.key,
    ...(o.versionId !== undefined ? { versionId: o.versionId } : {}),
    size: o.size,
    dueAt: new Date(due).toISOString(),
  });
  e.bytes += o.size;
  if (due <= now.getTime()) e.dueNow++;
}

function currentDue(r: CanonicalRule, created: Date): number {
  const e = r.expiration!;
  if (e.days !== undefined) return dueTimeAfter(created.getTime(), e.days);
  return dateDueTime(Date.parse(e.date!), created.getTime());
}

/**
 * Noncurrent object versions with the time they became noncurrent (their successor's creation) and
 * their rank among the key's noncurrent versions, newest first (for NewerNoncurrentVersions).
 */
function* noncurrentVersions(objects: readonly ListedObject[]): Generator<[ListedObject, number, number]> {
  const byKey = new Map<string, ListedObject[]>();
  for (const o of objects) byKey.set(o.key, [...(byKey.get(o.key) ?? []), o]);
  for (const versions of byKey.values()) {
    versions.sort((a, b) => Number(b.isLatest) - Number(a.isLatest) || b.lastModified.getTime() - a.lastModified.getTime());
    let rank = 0;
    for (let i = 1; i < versions.length; i++) {
      const v = versions[i]!;
      if (v.deleteMarker) continue;
      yield [v, versions[i - 1]!.lastModified.getTime(), rank++];
    }
  }
}
