/**
 * What a bucket is now, read in one go: its lifecycle configuration, versioning (with MFA delete)
 * and Object Lock. "None" answers are states, not errors: NoSuchLifecycleConfiguration means no
 * lifecycle configuration, ObjectLockConfigurationNotFoundError means no Object Lock.
 */
import type { S3Access } from './client.js';
import { toJson, type LifecycleJson } from './convert.js';
import { isS3Error, s3Failure } from './errors.js';

export type VersioningState = 'Enabled' | 'Suspended' | 'Never';

export interface DefaultRetention {
  mode?: string;
  days?: number;
  years?: number;
}

export interface BucketState {
  bucket: string;
  /** undefined: the bucket has no lifecycle configuration. */
  lifecycle?: LifecycleJson;
  versioning: VersioningState;
  mfaDelete: boolean;
  objectLock: { enabled: boolean; defaultRetention?: DefaultRetention };
}

export interface BucketRef {
  bucket: string;
  expectedBucketOwner?: string;
}

export async function readBucketState(s3: S3Access, ref: BucketRef): Promise<BucketState> {
  const [lifecycle, versioning, objectLock] = await Promise.all([readLifecycle(s3, ref), readVersioning(s3, ref), readObjectLock(s3, ref)]);
  return { bucket: ref.bucket, lifecycle, ...versioning, objectLock };
}

export async function readLifecycle(s3: S3Access, ref: BucketRef): Promise<LifecycleJson | undefined> {
  try {
    const out = await s3.client.send(new s3.sdk.GetBucketLifecycleConfigurationCommand(input(ref)));
    const json: LifecycleJson = { Rules: toJson(out.Rules ?? []) as unknown[] };
    if (out.TransitionDefaultMinimumObjectSize) json.TransitionDefaultMinimumObjectSize = out.TransitionDefaultMinimumObjectSize;
    return json;
  } catch (err) {
    if (isS3Error(err, 'NoSuchLifecycleConfiguration')) return undefined;
    throw s3Failure(err, 'GetBucketLifecycleConfiguration', ref.bucket);
  }
}

async function readVersioning(s3: S3Access, ref: BucketRef): Promise<{ versioning: VersioningState; mfaDelete: boolean }> {
  try {
    const out = await s3.client.send(new s3.sdk.GetBucketVersioningCommand(input(ref)));
    const versioning: VersioningState = out.Status === 'Enabled' ? 'Enabled' : out.Status === 'Suspended' ? 'Suspended' : 'Never';
    return { versioning, mfaDelete: out.MFADelete === 'Enabled' };
  } catch (err) {
    throw s3Failure(err, 'GetBucketVersioning', ref.bucket);
  }
}

async function readObjectLock(s3: S3Access, ref: BucketRef): Promise<BucketState['objectLock']> {
  try {
    const out = await s3.client.send(new s3.sdk.GetObjectLockConfigurationCommand(input(ref)));
    const c = out.ObjectLockConfiguration;
    const r = c?.Rule?.DefaultRetention;
    const enabled = c?.ObjectLockEnabled === 'Enabled';
    if (!r) return { enabled };
    const retention: DefaultRetention = {};
    if (r.Mode) retention.mode = r.Mode;
    if (r.Days !== undefined) retention.days = r.Days;
    if (r.Years !== undefined) retention.years = r.Years;
    return { enabled, defaultRetention: retention };
  } catch (err) {
    if (isS3Error(err, 'ObjectLockConfigurationNotFoundError')) return { enabled: false };
    throw s3Failure(err, 'GetObjectLockConfiguration', ref.bucket);
  }
}

function input(ref: BucketRef): { Bucket: string; ExpectedBucketOwner?: string } {
  return ref.expectedBucketOwner ? { Bucket: ref.bucket, ExpectedBucketOwner: ref.expectedBucketOwner } : { Bucket: ref.bucket };
}

export { input as bucketInput };
