/**
 * What a rule change deletes earlier than the current rules would, as plain data: measured by the
 * pipeline (pipeline/deletion.ts from a listing, the cost engine from an inventory) and read by
 * gates, apply outcomes and the formatters, so it sits in the core below all of them.
 */

export interface DeletionSummary {
  /** Entries the proposed rules remove within the horizon, earlier than the current rules would (later or never). */
  objects: number;
  bytes: number;
  /** Bytes × days earlier, summed (up to the horizon's end): how much sooner the data goes. */
  byteDays: number;
  topPrefixes: Array<{ prefix: string; objects: number; bytes: number }>;
  horizonMonths: number;
  /** The evidence: the live listing, or an S3 Inventory report (which can only add to the listing's count). */
  basis: 'listing' | 'inventory';
  /** Entries listed (listing-based projections). */
  listed?: number;
  /** The listing stopped before the end of the bucket: a lower bound. */
  partial?: boolean;
}

export interface DeletionProjection {
  deleted: DeletionSummary;
  /** Entries whose fate under the proposed rules depends on tags that were not read. */
  undetermined: number;
  /** The listing stopped before the end of the bucket: the figures are a lower bound. */
  partial: boolean;
}
