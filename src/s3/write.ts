/**
 * The only calls that change a bucket: PutBucketLifecycleConfiguration and DeleteBucketLifecycle.
 * The PUT always states TransitionDefaultMinimumObjectSize: S3 treats every PUT as a new
 * configuration, and a configuration that leaves it out gets today's default, so an old bucket's
 * `varies_by_storage_class` would silently switch.
 */
import type { TransitionDefaultMinimumObjectSize } from '../model/lifecycle.js';
import type { S3Access } from './client.js';
import { toSdkRules, type LifecycleJson } from './convert.js';
import { s3Failure } from './errors.js';
import { bucketInput, type BucketRef } from './state.js';

/** What S3 applies to configurations that do not say (since September 2024; catalogue 5.3). */
export const DEFAULT_TRANSITION_MINIMUM_OBJECT_SIZE: TransitionDefaultMinimumObjectSize = 'all_storage_classes_128K';

export function transitionDefaultFor(config: LifecycleJson): TransitionDefaultMinimumObjectSize {
  const v = config.TransitionDefaultMinimumObjectSize;
  return v === 'varies_by_storage_class' || v === 'all_storage_classes_128K' ? v : DEFAULT_TRANSITION_MINIMUM_OBJECT_SIZE;
}

export async function putLifecycle(s3: S3Access, ref: BucketRef, config: LifecycleJson): Promise<TransitionDefaultMinimumObjectSize> {
  const tdmos = transitionDefaultFor(config);
  try {
    await s3.client.send(
      new s3.sdk.PutBucketLifecycleConfigurationCommand({
        ...bucketInput(ref),
        LifecycleConfiguration: { Rules: toSdkRules(config.Rules) },
        TransitionDefaultMinimumObjectSize: tdmos,
      }),
    );
  } catch (err) {
    throw s3Failure(err, 'PutBucketLifecycleConfiguration', ref.bucket);
  }
  return tdmos;
}

export async function deleteLifecycle(s3: S3Access, ref: BucketRef): Promise<void> {
  try {
    await s3.client.send(new s3.sdk.DeleteBucketLifecycleCommand(bucketInput(ref)));
  } catch (err) {
    throw s3Failure(err, 'DeleteBucketLifecycle', ref.bucket);
  }
}
