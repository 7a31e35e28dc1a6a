/**
 * Objects one at a time (from a listing, a Parquet inventory or a test) into cohorts. The CSV reader
 * has its own byte-level path for speed and shares everything after the parse with this one.
 */
import { isStorageClass } from '../../model/storage-classes.js';
import { dayOf } from '../time.js';
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
 * them): a noncurrent version became noncurrent when the next newer one was created.
 */
export class VersionTracker {
  private key: string | undefined;
  private newerDay = 0;
  private noncurrentSeen = 0;

  /** Fills the version fields of `o` for a record of `key` (call in input order). */
  track(o: ObjectFacts, key: string, isLatest: boolean, isDeleteMarker: boolean, day: number, cap: number): void {
    if (key !== this.key) {
      this.key = key;
      this.noncurrentSeen = 0;
      this.newerDay = day;
    }
    o.current = isLatest;
    if (!isLatest) {
      // Without a newer version in sight, the version's own date is the earliest it can have become noncurrent.
      o.noncurrentSinceDay = Math.max(this.newerDay, day);
      o.newerVersions = Math.min(this.noncurrentSeen, cap);
      if (!isDeleteMarker) this.noncurrentSeen++;
    } else {
      o.noncurrentSinceDay = 0;
      o.newerVersions = 0;
    }
    this.newerDay = day;
  }
}

export function newFacts(): ObjectFacts {
  return { signature: 0, classIndex: 0, createdDay: 0, size: 0, current: true, noncurrentSinceDay: 0, newerVersions: 0, lockedUntilDay: 0 };
}

export class RecordFolder {
  readonly builder = new CohortBuilder();
  private readonly facts = newFacts();
  private readonly versions = new VersionTracker();
  versioned = false;

  constructor(
    private readonly matcher: SelectorMatcher,
    /** Ranks of noncurrent versions above this behave alike (largest NewerNoncurrentVersions + 1). */
    private readonly rankCap: number,
  ) {}

  add(r: InventoryRecord): void {
    const o = this.facts;
    const day = dayOf(r.lastModifiedMs);
    if (r.isLatest !== undefined) {
      this.versioned = true;
      this.versions.track(o, r.key, r.isLatest, !!r.isDeleteMarker, day, this.rankCap);
    } else {
      o.current = true;
      o.noncurrentSinceDay = 0;
      o.newerVersions = 0;
    }
    // Delete markers hold no data; they only mark their key's older versions noncurrent.
    if (r.isDeleteMarker || !Number.isFinite(day) || !isStorageClass(r.storageClass)) {
      this.builder.skip();
      return;
    }
    o.size = r.size;
    o.createdDay = day;
    o.classIndex = CLASS_INDEX[r.storageClass]!;
    o.signature = this.matcher.signature(this.matcher.prefixGroupOfString(r.key), this.matcher.sizeBand(r.size));
    o.lockedUntilDay = r.legalHold ? Infinity : r.lockRetainUntilMs !== undefined && r.lockRetainUntilMs > 0 ? dayOf(r.lockRetainUntilMs - 1) : 0;
    this.builder.add(o);
  }
}
