/**
 * The one table of storage-class facts. Lint rules, the policy compiler and the cost simulator all
 * read it; no other file may restate these numbers.
 *
 * Sources: shared/spec/s3-lifecycle-constraints.md §3b–§3d and §8, shared/spec/s3-pricing.md §3–§4
 * (AWS S3 User Guide, "Transitioning objects" and the S3 pricing page).
 */
import type { StorageClassName } from './lifecycle.js';

export const KIB = 1024;
/** Since September 2024 S3 does not transition objects under 128 KiB unless a size filter says so. */
export const DEFAULT_TRANSITION_MIN_OBJECT_BYTES = 128 * KIB;

export interface StorageClassFacts {
  readonly name: StorageClassName;
  readonly label: string;
  /** May be the target of a lifecycle Transition. */
  readonly lifecycleTarget: boolean;
  /**
   * Minimum `NoncurrentDays` of a NoncurrentVersionTransition into this class (3d.3). (Current-version
   * Transitions have no minimum in any class: `Days` "can be 0 or any positive integer", 3b.2, and AWS
   * dropped the 30-day minimum of the IA classes on 2026-07-16, 3b.3.)
   */
  readonly minNoncurrentTransitionDays: number;
  /** Minimum storage duration in days; leaving earlier is billed for the rest (pricing §3). */
  readonly minStorageDays: number;
  /** Days that must pass in this class before a later transition of the same rule (3b.6). */
  readonly nextTransitionGapDays: number;
  /**
   * Set when AWS changed a rule of this class and nobody has confirmed since that it still enforces
   * `nextTransitionGapDays` and `minNoncurrentTransitionDays`: the date of that change. Findings on
   * those limits are then warnings that say so, not errors (catalogue 3b.6, 3d.3, 3d.4).
   */
  readonly limitsUnconfirmedSince?: string;
  /** Objects smaller than this are billed as this size (pricing §4). */
  readonly minBillableBytes: number;
  /** Per-object archive metadata: bytes billed at this class's rate and at STANDARD's rate. */
  readonly archiveOverhead?: { readonly classBytes: number; readonly standardBytes: number };
  /** Under `varies_by_storage_class`, objects under 128 KiB still transition into this class. */
  readonly smallObjectsTransitionByDefault: boolean;
  /** Classes a lifecycle rule may move an object to from this class (3c, the "waterfall"). */
  readonly transitionsTo: readonly StorageClassName[];
  /** Intelligent-Tiering: smaller objects are not monitored (no fee) and stay in Frequent Access (pricing §4). */
  readonly autoTieringMinBytes?: number;
  /** Intelligent-Tiering: days without access after which a monitored object moves to the Infrequent and the Archive Instant Access tier (pricing §1a, S1). */
  readonly autoTierDays?: { readonly infrequent: number; readonly archiveInstant: number };
}

const row = (f: StorageClassFacts): StorageClassFacts => f;

/**
 * The day AWS's S3 model stopped requiring 30 days before a Transition to STANDARD_IA or ONEZONE_IA
 * ("Documentation update for removing the 30 day minimum restriction for transition to Standard-IA or
 * OneZone-IA storage classes", SDK release of 2026-07-16).
 */
export const IA_MINIMUM_REMOVED = '2026-07-16';

export const STORAGE_CLASSES: Readonly<Record<StorageClassName, StorageClassFacts>> = {
  STANDARD: row({
    name: 'STANDARD',
    label: 'S3 Standard',
    lifecycleTarget: false,
    minNoncurrentTransitionDays: 0,
    minStorageDays: 0,
    nextTransitionGapDays: 0,
    minBillableBytes: 0,
    smallObjectsTransitionByDefault: false,
    transitionsTo: ['STANDARD_IA', 'INTELLIGENT_TIERING', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
  }),
  REDUCED_REDUNDANCY: row({
    name: 'REDUCED_REDUNDANCY',
    label: 'S3 Reduced Redundancy',
    lifecycleTarget: false,
    minNoncurrentTransitionDays: 0,
    minStorageDays: 0,
    nextTransitionGapDays: 0,
    minBillableBytes: 0,
    smallObjectsTransitionByDefault: false,
    transitionsTo: ['STANDARD_IA', 'INTELLIGENT_TIERING', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
  }),
  STANDARD_IA: row({
    name: 'STANDARD_IA',
    label: 'S3 Standard-IA',
    lifecycleTarget: true,
    minNoncurrentTransitionDays: 30,
    minStorageDays: 30,
    nextTransitionGapDays: 30,
    // The 30-day limits below rested on the rule AWS dropped on 2026-07-16 (IA from day 30): unconfirmed since.
    limitsUnconfirmedSince: IA_MINIMUM_REMOVED,
    minBillableBytes: 128 * KIB,
    smallObjectsTransitionByDefault: false,
    transitionsTo: ['INTELLIGENT_TIERING', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
  }),
  INTELLIGENT_TIERING: row({
    name: 'INTELLIGENT_TIERING',
    label: 'S3 Intelligent-Tiering',
    lifecycleTarget: true,
    // No minimum duration since 2021 (pricing S8); no known gap before a later transition [UNVERIFIED].
    minNoncurrentTransitionDays: 0,
    minStorageDays: 0,
    nextTransitionGapDays: 0,
    minBillableBytes: 0,
    smallObjectsTransitionByDefault: false,
    transitionsTo: ['ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
    autoTieringMinBytes: 128 * KIB,
    autoTierDays: { infrequent: 30, archiveInstant: 90 },
  }),
  ONEZONE_IA: row({
    name: 'ONEZONE_IA',
    label: 'S3 One Zone-IA',
    lifecycleTarget: true,
    minNoncurrentTransitionDays: 30,
    minStorageDays: 30,
    nextTransitionGapDays: 30,
    limitsUnconfirmedSince: IA_MINIMUM_REMOVED,
    minBillableBytes: 128 * KIB,
    smallObjectsTransitionByDefault: false,
    transitionsTo: ['GLACIER', 'DEEP_ARCHIVE'],
  }),
  GLACIER_IR: row({
    name: 'GLACIER_IR',
    label: 'S3 Glacier Instant Retrieval',
    lifecycleTarget: true,
    // The 90-day gap after GLACIER_IR rests on one paraphrased AWS log (catalogue 3b.6).
    minNoncurrentTransitionDays: 0,
    minStorageDays: 90,
    nextTransitionGapDays: 90,
    minBillableBytes: 128 * KIB,
    smallObjectsTransitionByDefault: false,
    transitionsTo: ['GLACIER', 'DEEP_ARCHIVE'],
  }),
  GLACIER: row({
    name: 'GLACIER',
    label: 'S3 Glacier Flexible Retrieval',
    lifecycleTarget: true,
    minNoncurrentTransitionDays: 0,
    minStorageDays: 90,
    nextTransitionGapDays: 90,
    minBillableBytes: 0,
    archiveOverhead: { classBytes: 32 * KIB, standardBytes: 8 * KIB },
    smallObjectsTransitionByDefault: true,
    transitionsTo: ['DEEP_ARCHIVE'],
  }),
  DEEP_ARCHIVE: row({
    name: 'DEEP_ARCHIVE',
    label: 'S3 Glacier Deep Archive',
    lifecycleTarget: true,
    minNoncurrentTransitionDays: 0,
    minStorageDays: 180,
    nextTransitionGapDays: 0,
    minBillableBytes: 0,
    archiveOverhead: { classBytes: 32 * KIB, standardBytes: 8 * KIB },
    smallObjectsTransitionByDefault: true,
    transitionsTo: [],
  }),
};

/**
 * Which target S3 Lifecycle picks when transitions of overlapping rules fall due together, most
 * preferred first (UG "How Amazon S3 handles conflicts in lifecycle configurations"): the lower-cost
 * class, except that Intelligent-Tiering is favoured over every class but GLACIER and DEEP_ARCHIVE.
 */
export const TRANSITION_CONFLICT_PREFERENCE: readonly StorageClassName[] = [
  'DEEP_ARCHIVE',
  'GLACIER',
  'INTELLIGENT_TIERING',
  'GLACIER_IR',
  'ONEZONE_IA',
  'STANDARD_IA',
];

export const STORAGE_CLASS_NAMES = Object.keys(STORAGE_CLASSES) as StorageClassName[];
export const TRANSITION_TARGETS = STORAGE_CLASS_NAMES.filter((n) => STORAGE_CLASSES[n].lifecycleTarget);

export function isStorageClass(value: unknown): value is StorageClassName {
  return typeof value === 'string' && Object.hasOwn(STORAGE_CLASSES, value);
}

/** Whether a lifecycle rule may move an object from `from` to `to` (catalogue §3c). */
export function canTransition(from: StorageClassName, to: StorageClassName): boolean {
  return STORAGE_CLASSES[from].transitionsTo.includes(to);
}

/** The setting S3 assumes for configurations written since September 2024 (catalogue 5.3). */
export const DEFAULT_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE = 'all_storage_classes_128K' as const;

/**
 * When rules overlap, S3 favours Intelligent-Tiering over every class except these (catalogue §7,
 * "S3 Intelligent-Tiering is favored … aside from S3 Glacier Flexible Retrieval and Deep Archive").
 */
export const FAVOURED_OVER_INTELLIGENT_TIERING: readonly StorageClassName[] = ['GLACIER', 'DEEP_ARCHIVE'];
