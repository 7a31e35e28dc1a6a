/**
 * The canonical model: a lifecycle configuration in the S3 API's own JSON shape (what
 * `aws s3api get-bucket-lifecycle-configuration` prints and `put-bucket-lifecycle-configuration`
 * takes). Every front end (lifecycle files, retention policies, live buckets) produces this shape.
 *
 * Values read from user files are not trusted to match these types: the schema check reports shape
 * faults, and rules read through the guards in ./guards.ts.
 */

export type StorageClassName =
  'STANDARD' | 'REDUCED_REDUNDANCY' | 'STANDARD_IA' | 'ONEZONE_IA' | 'INTELLIGENT_TIERING' | 'GLACIER_IR' | 'GLACIER' | 'DEEP_ARCHIVE';

export type TransitionDefaultMinimumObjectSize = 'all_storage_classes_128K' | 'varies_by_storage_class';

export interface Tag {
  Key: string;
  Value: string;
}

export interface AndOperator {
  Prefix?: string;
  Tags?: Tag[];
  ObjectSizeGreaterThan?: number;
  ObjectSizeLessThan?: number;
}

export interface LifecycleFilter {
  Prefix?: string;
  Tag?: Tag;
  ObjectSizeGreaterThan?: number;
  ObjectSizeLessThan?: number;
  And?: AndOperator;
}

export interface Expiration {
  Days?: number;
  Date?: string;
  ExpiredObjectDeleteMarker?: boolean;
}

export interface Transition {
  Days?: number;
  Date?: string;
  StorageClass: StorageClassName;
}

export interface NoncurrentVersionTransition {
  NoncurrentDays?: number;
  NewerNoncurrentVersions?: number;
  StorageClass: StorageClassName;
}

export interface NoncurrentVersionExpiration {
  NoncurrentDays?: number;
  NewerNoncurrentVersions?: number;
}

export interface AbortIncompleteMultipartUpload {
  DaysAfterInitiation?: number;
}

/** One rule of a lifecycle configuration as the S3 API writes it (not a lint rule: that is src/lint/types.ts). */
export interface S3LifecycleRule {
  ID?: string;
  Status: 'Enabled' | 'Disabled';
  /** V2 selector. */
  Filter?: LifecycleFilter;
  /** V1 (deprecated) selector. */
  Prefix?: string;
  Expiration?: Expiration;
  Transitions?: Transition[];
  NoncurrentVersionTransitions?: NoncurrentVersionTransition[];
  NoncurrentVersionExpiration?: NoncurrentVersionExpiration;
  AbortIncompleteMultipartUpload?: AbortIncompleteMultipartUpload;
}

export interface LifecycleConfiguration {
  Rules: S3LifecycleRule[];
  TransitionDefaultMinimumObjectSize?: TransitionDefaultMinimumObjectSize;
}

/** The action elements of a rule, in the order the S3 API documents them. */
export const ACTION_KEYS = [
  'Expiration',
  'Transitions',
  'NoncurrentVersionTransitions',
  'NoncurrentVersionExpiration',
  'AbortIncompleteMultipartUpload',
] as const;

/** "You can specify up to 100 noncurrent versions to retain" (API reference); enforcement unverified. */
export const MAX_NEWER_NONCURRENT_VERSIONS = 100;
