/**
 * Which Price List SKU each catalog figure is read from: the whole specification of the live source.
 * A SKU is found by service code, the usagetype *suffix* after the region prefix (matched exactly:
 * `Tables-TimedStorage-ByteHrs` also ends in `TimedStorage-ByteHrs`), and the operation, because
 * one usagetype can carry several prices told apart only by operation (shared/spec/s3-pricing.md §5:
 * `Requests-Tier3` is RestoreObject $0.00005, S3-GlacierTransition $0.00003 and S3-GDATransition
 * $0.00005; `Requests-Tier4` is $0.01 for Standard-IA, One Zone-IA and Intelligent-Tiering but
 * $0.02 for Glacier Instant Retrieval).
 */
import type { StorageClassName } from '../../model/lifecycle.js';

export const SERVICE_S3 = 'AmazonS3';
/** Deep Archive storage is published under its own offer, not under AmazonS3 (spec §5). */
export const SERVICE_DEEP_ARCHIVE = 'AmazonS3GlacierDeepArchive';
export const SERVICE_CODES = [SERVICE_S3, SERVICE_DEEP_ARCHIVE] as const;
export type ServiceCode = (typeof SERVICE_CODES)[number];

export interface SkuQuery {
  service: ServiceCode;
  /** usagetype without the region prefix, matched exactly. */
  usagetype: string;
  /**
   * Operations to accept, tried in order; '' means "no operation attribute, or empty". 'any' takes
   * every SKU of the usagetype, and they must then agree on one price.
   */
  operations: readonly string[] | 'any';
  /** When the product publishes a volumeType, it must be this one. */
  volumeType?: string;
}

/** The suffix the region prefix is derived from: S3 Standard storage (spec §5, S17). */
export const STANDARD_STORAGE_USAGETYPE = 'TimedStorage-ByteHrs';

const storage = (usagetype: string, extra: Partial<SkuQuery> = {}): SkuQuery => ({
  service: SERVICE_S3,
  usagetype,
  // Storage SKUs have no operation; overhead SKUs on the same usagetype do (INTAAS3ObjectOverhead).
  operations: [''],
  ...extra,
});

export const STORAGE_SKUS: Readonly<Record<StorageClassName, SkuQuery>> = {
  STANDARD: storage(STANDARD_STORAGE_USAGETYPE, { volumeType: 'Standard' }),
  REDUCED_REDUNDANCY: storage('TimedStorage-RRS-ByteHrs'),
  STANDARD_IA: storage('TimedStorage-SIA-ByteHrs'),
  ONEZONE_IA: storage('TimedStorage-ZIA-ByteHrs'),
  // The Frequent Access tier: where an object lands and stays while it is being read.
  INTELLIGENT_TIERING: storage('TimedStorage-INT-FA-ByteHrs'),
  GLACIER_IR: storage('TimedStorage-GIR-ByteHrs'),
  GLACIER: storage('TimedStorage-GlacierByteHrs'),
  // Not TimedStorage-GDA-Staging (AmazonS3, $0.021: the staging charge, 21x the storage rate).
  DEEP_ARCHIVE: { service: SERVICE_DEEP_ARCHIVE, usagetype: 'TimedStorage-GDA-ByteHrs', operations: 'any' },
};

const tier4 = (classOperation: string): SkuQuery => ({
  service: SERVICE_S3,
  usagetype: 'Requests-Tier4',
  // Billing names the class's own operation; the Price List has been seen with the $0.01 SKU
  // under an empty operation (Infracost). Either is accepted; Glacier IR's is never empty.
  operations: [classOperation, ''],
});

export const TRANSITION_SKUS: Readonly<Partial<Record<StorageClassName, SkuQuery>>> = {
  STANDARD_IA: tier4('S3-SIATransition'),
  ONEZONE_IA: tier4('S3-ZIATransition'),
  INTELLIGENT_TIERING: tier4('S3-INTTransition'),
  GLACIER_IR: { service: SERVICE_S3, usagetype: 'Requests-Tier4', operations: ['S3-GIRTransition'] },
  // Requests-Tier3 also carries RestoreObject, which is the price of a restore, not of a transition.
  GLACIER: { service: SERVICE_S3, usagetype: 'Requests-Tier3', operations: ['S3-GlacierTransition'] },
  DEEP_ARCHIVE: { service: SERVICE_S3, usagetype: 'Requests-Tier3', operations: ['S3-GDATransition'] },
};

/** Intelligent-Tiering's lower tiers, where monitored objects go after 30 and 90 days without access. */
export const IT_TIER_SKUS = {
  infrequent: storage('TimedStorage-INT-IA-ByteHrs'),
  archiveInstant: storage('TimedStorage-INT-AIA-ByteHrs'),
} as const;

export const MONITORING_SKU: SkuQuery = { service: SERVICE_S3, usagetype: 'Monitoring-Automation-INT', operations: 'any' };

export function describeQuery(q: SkuQuery): string {
  const op = q.operations === 'any' ? '' : ` operation ${q.operations.map((o) => (o === '' ? '(none)' : o)).join(' or ')}`;
  return `${q.service} ${q.usagetype}${op}`;
}
