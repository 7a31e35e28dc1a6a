/**
 * Sorting the objects under the artifact prefixes, the way the seed's garbage collector does but
 * with explicit meanings: referenced (by the registry), protected (a protect entry), too young
 * (under the minimum age: maybe not registered yet), already quarantined (in a batch of the
 * quarantine file), quarantined but referenced again (to release), and the orphans. Pure.
 */
import type { QuarantineRecord } from '../quarantine/record.js';
import { referenceIndex, referencesKey, type Reference } from '../model-registry/reference.js';
import { prefixFor } from './prefixes.js';
import { DAY_MS } from '../model/timing.js';

export interface StoredObject {
  key: string;
  size: number;
  lastModified: Date;
  storageClass: string;
  /** From the listing or the inventory, when known: compared again before tagging. */
  eTag?: string;
  /** The version tagged (versioned buckets), once it has been. */
  versionId?: string;
}

export interface Tally {
  objects: number;
  bytes: number;
}

export interface Classification {
  scanned: Tally;
  referenced: Tally;
  protected: Tally;
  young: Tally;
  quarantined: Tally;
  /** In a batch, and the registry (or a protect entry) references them again. */
  releasable: Array<{ object: StoredObject; batch: string; by: Reference }>;
  /** Unreferenced, unprotected by prefix, old enough, not yet quarantined. */
  orphans: StoredObject[];
  /** Protect entries that decide by tags and reach some orphan: their tags must be read. */
  tagProtect: Reference[];
}

export interface ClassifyInput {
  prefixes: readonly string[];
  registry: readonly Reference[];
  protect: readonly Reference[];
  record?: QuarantineRecord;
  minAgeDays: number;
  now: Date;
}

export function classify(objects: Iterable<StoredObject>, input: ClassifyInput): Classification {
  const out: Classification = {
    scanned: tally(),
    referenced: tally(),
    protected: tally(),
    young: tally(),
    quarantined: tally(),
    releasable: [],
    orphans: [],
    tagProtect: [],
  };
  const batchOf = new Map<string, string>();
  for (const b of input.record?.batches ?? []) for (const o of b.objects) batchOf.set(o.key, b.tag);
  const registryOf = referenceIndex(input.registry);
  const protectOf = referenceIndex(input.protect.filter((r) => !r.tags?.length));
  const byTags = input.protect.filter((r) => r.tags?.length);
  const tagProtect = new Set<Reference>();
  const cutoff = input.now.getTime() - input.minAgeDays * DAY_MS;
  for (const o of objects) {
    if (prefixFor(input.prefixes, o.key) === undefined) continue;
    add(out.scanned, o);
    const by = registryOf(o.key) ?? protectOf(o.key);
    const batch = batchOf.get(o.key);
    if (by) {
      add(by.protectedBy ? out.protected : out.referenced, o);
      if (batch !== undefined) out.releasable.push({ object: o, batch, by });
      continue;
    }
    if (batch !== undefined) {
      add(out.quarantined, o);
      continue;
    }
    if (o.lastModified.getTime() > cutoff) {
      add(out.young, o);
      continue;
    }
    for (const r of byTags) if (referencesKey(r, o.key)) tagProtect.add(r);
    out.orphans.push(o);
  }
  out.tagProtect = [...tagProtect];
  // Inventories come in no useful order; reports and batches list keys sorted.
  out.orphans.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return out;
}

function tally(): Tally {
  return { objects: 0, bytes: 0 };
}

export function add(t: Tally, o: { size: number }): void {
  t.objects++;
  t.bytes += o.size;
}
