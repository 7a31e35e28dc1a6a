/**
 * What a change deletes earlier than the current rules would, from one listing of the bucket: the
 * live and the proposed rules are projected over the same objects (and the same tags), and an entry
 * counts when the proposed rules remove it within the horizon and before the live rules do (later,
 * or never). Two figures: the bytes so removed, and bytes × how many days earlier (up to the
 * horizon's end), so that shortening an expiry from 365 to 180 days is 185 days of every object,
 * not nothing. The definition is in docs/action.md. Pure.
 *
 * Every removal counts, a delete marker included: on a versioned bucket it hides the object from
 * every reader, which is what the person approving the change needs to know. An object whose fate
 * under the live rules depends on tags that were not read counts as kept by them (so the change is
 * charged with it: the gate errs on the side of asking).
 */
import { normalizeConfiguration } from '../model/canonical.js';
import { projectExpiry, type ExpiryProjection, type TagLookup } from '../plan/expiry.js';
import type { DeletionProjection, DeletionSummary } from '../model/deletion.js';
import type { LifecycleJson } from '../s3/convert.js';
import type { Listing } from '../s3/listing.js';
import { DAY_MS } from '../model/timing.js';

/** Prefixes listed under "Where" in the comment. */
export const TOP_PREFIXES = 5;
/** A month as the cost model counts it (730 hours), so both projections share one horizon. */
export const HORIZON_MONTH_MS = 730 * 3_600_000;

export type { DeletionProjection } from '../model/deletion.js';

export function deletedEarlier(
  listing: Listing,
  tagsOf: TagLookup,
  live: LifecycleJson | null | undefined,
  proposed: LifecycleJson,
  now: Date,
  versioned: boolean,
  horizonMonths: number,
): DeletionProjection {
  const project = (config: LifecycleJson) => projectExpiry(normalizeConfiguration(config), listing, tagsOf, now, versioned);
  const before = dueTimes(project(live ?? { Rules: [] }));
  const after = project(proposed);
  const start = now.getTime();
  const end = start + horizonMonths * HORIZON_MONTH_MS;
  const deleted: DeletionSummary = {
    objects: 0,
    bytes: 0,
    byteDays: 0,
    topPrefixes: [],
    horizonMonths,
    basis: 'listing',
    listed: listing.objects.length,
    ...(listing.truncated ? { partial: true } : {}),
  };
  const byPrefix = new Map<string, { objects: number; bytes: number }>();
  for (const rule of after.rules) {
    for (const o of rule.objects) {
      // Anything already due goes at the next lifecycle run, under either rules.
      const then = Math.max(Date.parse(o.dueAt), start);
      if (then > end) continue;
      const was = before.get(entryKey(o.key, o.versionId));
      const wasAt = was === undefined ? Infinity : Math.max(was, start);
      if (wasAt <= then) continue;
      deleted.objects++;
      deleted.bytes += o.size;
      deleted.byteDays += o.size * ((Math.min(wasAt, end) - then) / DAY_MS);
      const p = prefixOf(o.key);
      const acc = byPrefix.get(p) ?? { objects: 0, bytes: 0 };
      acc.objects++;
      acc.bytes += o.size;
      byPrefix.set(p, acc);
    }
  }
  deleted.byteDays = Math.round(deleted.byteDays);
  deleted.topPrefixes = [...byPrefix]
    .map(([prefix, v]) => ({ prefix, ...v }))
    .sort((a, b) => b.bytes - a.bytes || b.objects - a.objects || (a.prefix < b.prefix ? -1 : 1))
    .slice(0, TOP_PREFIXES);
  const undetermined = after.undetermined + after.rules.reduce((n, r) => n + r.unknown, 0);
  return { deleted, undetermined, partial: listing.truncated };
}

function dueTimes(p: ExpiryProjection): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of p.rules) for (const o of r.objects) out.set(entryKey(o.key, o.versionId), Date.parse(o.dueAt));
  return out;
}

function entryKey(key: string, versionId: string | undefined): string {
  return `${versionId ?? ''}\u0000${key}`;
}

/** The first two levels of a key ("runs/2026/"), enough to say where the data is. */
export function prefixOf(key: string): string {
  const parts = key.split('/');
  if (parts.length === 1) return '(top level)';
  return parts.slice(0, Math.min(2, parts.length - 1)).join('/') + '/';
}
