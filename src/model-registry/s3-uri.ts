/**
 * `s3://bucket/key` as the AWS CLI and SDKs write it: the key is everything after the bucket's
 * slash, taken literally. `?`, `#` and `%` are characters of the key, not a query, a fragment or an
 * escape, because S3 keys may hold them and a registry that wrote `what?.pt` means that object. A
 * version is given in its own field (`versionId`), never in the URI. The `s3a://` and `s3n://`
 * spellings (Hadoop) and `arn:aws:s3:::bucket/key` read the same way.
 */

export interface S3Location {
  bucket: string;
  /** The key or key prefix, exactly as written (may be empty: the whole bucket). */
  key: string;
}

const URI = /^(?:s3a?|s3n):\/\/([^/]*)(?:\/([\s\S]*))?$/i;
const ARN = /^arn:aws[a-z-]*:s3:::([^/]+)(?:\/([\s\S]*))?$/;

/** undefined when the value is not an s3:// URI or an S3 ARN. */
export function parseS3Location(value: string): S3Location | undefined {
  const m = URI.exec(value) ?? ARN.exec(value);
  return m ? { bucket: m[1]!, key: m[2] ?? '' } : undefined;
}

/** Any other URL scheme (https://, gs://): not something lifeguard can resolve to a key. */
export function isOtherUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
}
