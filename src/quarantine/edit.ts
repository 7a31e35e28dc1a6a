/**
 * Changes to a quarantine record, pure: a day's tagged objects join that day's batch (one tag value,
 * one batch), released objects leave theirs. The expiry day is the tagging time plus N days,
 * rounded up to the next 00:00 UTC (S3's own rounding for Days), so every object gets at least N
 * full days between tagging and deletion. A batch written here keeps its keys in a manifest file
 * (manifest.ts); an older inline batch that grows moves its keys there too.
 */
import { manifestName } from './manifest.js';
import { dueTimeAfter } from '../model/timing.js';
import type { QuarantinedObject, QuarantineRecord } from './record.js';

export function dayOf(t: Date): string {
  return t.toISOString().slice(0, 10);
}

export function expireOnFor(taggedAt: Date, days: number): string {
  return dayOf(new Date(dueTimeAfter(taggedAt.getTime(), days)));
}

export interface NewBatch {
  tag: string;
  expireOn: string;
  minAgeDays: number;
  prefixes: readonly string[];
  objects: readonly QuarantinedObject[];
}

export function addBatch(
  record: QuarantineRecord | undefined,
  target: { name: string; bucket: string },
  batch: NewBatch,
): QuarantineRecord {
  const out: QuarantineRecord = record ? structuredClone(record) : { target: target.name, bucket: target.bucket, batches: [] };
  if (!batch.objects.length) return out;
  let b = out.batches.find((x) => x.tag === batch.tag);
  if (!b) {
    b = { tag: batch.tag, expireOn: batch.expireOn, minAgeDays: batch.minAgeDays, prefixes: [], objects: [] };
    out.batches.push(b);
    out.batches.sort((x, y) => x.tag.localeCompare(y.tag));
  }
  // Objects already in the batch keep its day; a later run that asks for more time gets it for all.
  if (batch.expireOn > b.expireOn) b.expireOn = batch.expireOn;
  const used = batch.prefixes.filter((p) => batch.objects.some((o) => o.key.startsWith(p)));
  for (const p of used) if (!b.prefixes.includes(p)) b.prefixes.push(p);
  let bytes = b.manifest !== undefined ? (b.bytes ?? 0) : b.objects.reduce((n, o) => n + o.size, 0);
  const have = new Set(b.objects.map((o) => o.key));
  for (const o of batch.objects) {
    if (have.has(o.key)) continue;
    b.objects.push(o);
    bytes += o.size;
  }
  b.objects.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  Object.assign(b, { manifest: b.manifest ?? manifestName(target.name, b.tag), count: b.objects.length, bytes });
  return out;
}

/** Takes the keys out of their batches and notes them as released on `on`; `sizes` (from the listing) corrects a manifest batch's bytes. */
export function releaseKeys(
  record: QuarantineRecord,
  keys: ReadonlySet<string>,
  on: string,
  sizes: ReadonlyMap<string, number> = new Map(),
): QuarantineRecord {
  const out = structuredClone(record);
  for (const b of out.batches) {
    const leaving = b.objects.filter((o) => keys.has(o.key));
    if (!leaving.length) continue;
    b.objects = b.objects.filter((o) => !keys.has(o.key));
    b.released = [...(b.released ?? []), ...leaving.map((o) => ({ key: o.key, on }))];
    if (b.manifest !== undefined) {
      b.count = b.objects.length;
      b.bytes = Math.max(0, (b.bytes ?? 0) - leaving.reduce((n, o) => n + (sizes.get(o.key) ?? o.size), 0));
    }
  }
  return out;
}
