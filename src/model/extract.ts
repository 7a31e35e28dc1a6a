/**
 * Where the lifecycle configuration sits inside a file: the whole document (`{"Rules": …}`) or the
 * `LifecycleConfiguration` member of a full PutBucketLifecycleConfiguration request.
 */
import { isObj } from './values.js';

export interface Located {
  /** The LifecycleConfiguration object (empty when the file does not hold one). */
  config: Record<string, unknown>;
  /** Its pointer in the file. */
  base: string;
  /** True when the file is the request shape. */
  request: boolean;
  bucket?: string;
  /** TransitionDefaultMinimumObjectSize, wherever the file put it. */
  transitionDefaultMinimumObjectSize?: unknown;
}

export function locateConfiguration(data: unknown): Located {
  if (!isObj(data)) return { config: {}, base: '', request: false };
  if ('LifecycleConfiguration' in data) {
    const config = isObj(data.LifecycleConfiguration) ? data.LifecycleConfiguration : {};
    return {
      config,
      base: '/LifecycleConfiguration',
      request: true,
      bucket: typeof data.Bucket === 'string' ? data.Bucket : undefined,
      transitionDefaultMinimumObjectSize: data.TransitionDefaultMinimumObjectSize ?? config.TransitionDefaultMinimumObjectSize,
    };
  }
  return { config: data, base: '', request: false, transitionDefaultMinimumObjectSize: data.TransitionDefaultMinimumObjectSize };
}
