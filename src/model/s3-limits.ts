/**
 * The limits S3 puts on a lifecycle configuration that are not storage-class facts (those live in
 * storage-classes.ts). Lint rules, and later the policy compiler, read them from here.
 *
 * Source: shared/spec/s3-lifecycle-constraints.md §1–§2, checked against the S3 User Guide and the
 * API reference (see docs/rules/<rule>.md for what each page says).
 */

export const TIB = 1024 ** 4;

/**
 * Days and counts are `Integer` in the S3 API (a 32-bit signed xsd:int); object sizes are `Long`.
 * A value outside the type, or written with a fraction or an exponent, fails the schema (1.10).
 */
export const MAX_S3_INTEGER = 2_147_483_647;

/** AWS's text for a request that fails its XML schema (catalogue 1.10). */
export const MALFORMED_XML_TEXT = 'The XML you provided was not well-formed or did not validate against our published schema';

/** "You can have up to 1,000 rules. This limit is not adjustable." (1.2) */
export const MAX_LIFECYCLE_RULES = 1000;

/** A rule's ID "cannot be longer than 255 characters" (1.5). */
export const MAX_RULE_ID_CHARS = 255;

/** A filter tag's Key is 1–128 characters and its Value 0–256 (2.4). */
export const TAG_KEY_CHARS = { min: 1, max: 128 } as const;
export const TAG_VALUE_CHARS = { min: 0, max: 256 } as const;

/** An object holds at most 10 tags, so a filter naming more can never match (2.8). */
export const MAX_TAGS_PER_OBJECT = 10;

/** Object keys are at most 1,024 bytes of UTF-8, so a longer prefix matches nothing (2.7). */
export const MAX_OBJECT_KEY_BYTES = 1024;

/**
 * Object-size filter bounds in bytes (2.5): the ranges S3's recorded answers name
 * ("'ObjectSizeGreaterThan' should be between 0 and 1099511627776000.").
 */
export const OBJECT_SIZE_FILTER_BOUNDS = {
  ObjectSizeGreaterThan: { min: 0, max: 1000 * TIB },
  ObjectSizeLessThan: { min: 1, max: 1000 * TIB },
} as const;

/**
 * The User Guide's "Maximum filter size": 5 TB until S3 raised the object size limit, 50 TB in the
 * current page (intro-lifecycle-filters). Which bound AWS enforces is unverified (catalogue 2.5), so
 * values between this and the recorded bound are warnings. See docs/adr/0010-object-size-filter-bound.md.
 */
export const DOCUMENTED_MAX_FILTER_SIZE_BYTES = 50 * TIB;
