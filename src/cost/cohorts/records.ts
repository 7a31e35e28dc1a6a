/**
 * Objects one at a time (from a listing, a Parquet inventory or a test) into cohorts. The CSV reader
 * has its own byte-level path for speed and shares everything after the parse with this one.
 */
import { isStorageClass } from '../../model/storage-classes.js';
import { dayOf } from '../../model/timing.js';
import { CLASS_INDEX, CohortBuilder, type ObjectFacts } from './cohort.js';
import type { SelectorMatcher } from './matcher.js';

export interface InventoryRecord {
  key: string;
  size: number;
  lastModifiedMs: number;
  storageClass: string;
  /** Absent: the listing has no versions (every object is current). */
  isLatest?: boolean;
  isDeleteMarker?: boolean;
  lockRetainUntilMs?: number;
  legalHold?: boolean;
  /** The object's ETag, when the report has it (read only for commands that need keys). */
  eTag?: string;
}

/**
 * Versions of a key arrive together, newest first (how S3 Inventory and ListObjectVersions order
 * them): a noncurrent version became noncurrent when the next newer one was created, and ranks
 * below the key's current version (the head), whose expiry or overwrite will rank it one lower.
 */
export class VersionTracker {
  private key: string | undefined;
  private newerDay = 0;
  private noncurrentSeen = 0;
  private headSignature = -1;
  private headDay = 0;

  /** Fills the version fields of `o` for a record of `key` (call in input order; `signature` is -1 for a delete marker). */
  track(o: ObjectFacts, key: string, isLatest: boolean, isDeleteMarker: boolean, day: number, cap: number, signature: number): void {
    if (key !== this.key) {
      this.key = key;
      this.noncurrentSeen = 0;
      this.newerDay = day;
      // A key whose newest listed row is not its latest has no head in sight: nothing will rank it lower.
      this.headSignature = isLatest && !isDeleteMarker ? signature : -1;
      this.headDay = day;
    }
    o.current = isLatest;
    o.overwritten = false;
    if (!isLatest) {
      // Without a newer version in sight, the version's own date is the earliest it can have become noncurrent.
      o.noncurrentSinceDay = Math.max(this.newerDay, day);
      o.newerVersions = Math.min(this.noncurrentSeen, cap);
      o.headSignature = this.headSignature;
      o.headCreatedDay = this.headDay;
      if (!isDeleteMarker) this.noncurrentSeen++;
    } else {
      o.noncurrentSinceDay = 0;
      o.newerVersions = 0;
    }
    this.newerDay = day;
  }
}

export function newFacts(): ObjectFacts {
  return {
    signature: 0,
    classIndex: 0,
    createdDay: 0,
    size: 0,
    current: true,
    noncurrentSinceDay: 0,
    newerVersions: 0,
    lockedUntilDay: 0,
    headSignature: -1,
    headCreatedDay: 0,
    overwritten: false,
  };
}

export class RecordFolder {
  readonly builder = new CohortBuilder();
  private readonly facts = newFacts();
  private readonly versions = new VersionTracker();
  /** A current version held back until the next row tells whether its key has older data versions. */
  private pending: { facts: ObjectFacts; key: string } | undefined;
  versioned = false;

  constructor(
    private readonly matcher: SelectorMatcher,
    /** Ranks of noncurrent versions above this behave alike (largest NewerNoncurrentVersions + 1). */
    private readonly rankCap: number,
  ) {}

  add(r: InventoryRecord): void {
    const o = this.facts;
    const day = dayOf(r.lastModifiedMs);
    const readable = !r.isDeleteMarker && Number.isFinite(day) && isStorageClass(r.storageClass);
    const signature = readable ? this.matcher.signature(this.matcher.prefixGroupOfString(r.key), this.matcher.sizeBand(r.size)) : -1;
    if (r.isLatest !== undefined) {
      this.versioned = true;
      // A held-back current version learns from the next row whether its key has older data versions.
      if (this.pending && (this.pending.key !== r.key || r.isLatest || !r.isDeleteMarker))
        this.flush(this.pending.key === r.key && !r.isLatest && !r.isDeleteMarker);
      this.versions.track(o, r.key, r.isLatest, !!r.isDeleteMarker, day, this.rankCap, signature);
    } else {
      o.current = true;
      o.noncurrentSinceDay = 0;
      o.newerVersions = 0;
      o.overwritten = false;
    }
    // Delete markers hold no data; they only mark their key's older versions noncurrent.
    if (!readable) {
      this.builder.skip();
      return;
    }
    o.size = r.size;
    o.createdDay = day;
    o.classIndex = CLASS_INDEX[r.storageClass]!;
    o.signature = signature;
    o.lockedUntilDay = r.legalHold
      ? Infinity
      : r.lockRetainUntilMs !== undefined && r.lockRetainUntilMs > 0
        ? dayOf(r.lockRetainUntilMs - 1)
        : 0;
    if (r.isLatest === true) {
      this.pending = { facts: { ...o }, key: r.key };
      return;
    }
    this.builder.add(o);
  }

  /** Folds the last held-back current version; call once after the last record. */
  finish(): void {
    if (this.pending) this.flush(false);
  }

  private flush(overwritten: boolean): void {
    const p = this.pending!;
    this.pending = undefined;
    p.facts.overwritten = overwritten;
    this.builder.add(p.facts);
  }
}
