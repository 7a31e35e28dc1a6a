/**
 * What a parsed file is, by its content rather than its name: a lifecycle configuration (the S3 API
 * shape, bare or as a full PutBucketLifecycleConfiguration request), a retention policy, or neither.
 */
export type DocumentKind = 'lifecycle' | 'policy' | 'unknown';

const REQUEST_KEYS = new Set(['Bucket', 'LifecycleConfiguration', 'ExpectedBucketOwner', 'ChecksumAlgorithm', 'TransitionDefaultMinimumObjectSize']);

export function detectKind(data: unknown): DocumentKind {
  if (!isObject(data)) return 'unknown';
  if (data.kind === 'RetentionPolicy' || (typeof data.apiVersion === 'string' && data.apiVersion.startsWith('lifeguard/'))) {
    return 'policy';
  }
  if ('Rules' in data) return 'lifecycle';
  if (isObject(data.LifecycleConfiguration)) return 'lifecycle';
  if ('LifecycleConfiguration' in data && Object.keys(data).every((k) => REQUEST_KEYS.has(k))) return 'lifecycle';
  return 'unknown';
}

/** For files that do not even parse: does the text look like something we should report on? */
export function looksRelevant(text: string): boolean {
  return /\b(Rules|LifecycleConfiguration|RetentionPolicy|lifeguard\/v\d)\b/.test(text);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
