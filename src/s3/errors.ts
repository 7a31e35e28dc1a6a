import { deadlinePassed, deadlineWords } from '../net/deadline.js';
import { NETWORK_CODES } from '../net/network-codes.js';

/**
 * S3 failures in the user's words. Branches on the error's name (and HTTP status), never on its
 * message: Ceph RGW sends empty messages, and AWS's wording is not a contract.
 */

export interface S3Failure {
  /** The error's name ("AccessDenied", "NoSuchBucket", …) or a Node error code. */
  code: string;
  status?: number;
  /** One sentence, without a trailing full stop. */
  message: string;
}

/** The IAM action each call needs, for "access denied" hints. */
const IAM_ACTION: Record<string, string> = {
  GetBucketLifecycleConfiguration: 's3:GetLifecycleConfiguration',
  PutBucketLifecycleConfiguration: 's3:PutLifecycleConfiguration',
  DeleteBucketLifecycle: 's3:PutLifecycleConfiguration',
  GetBucketVersioning: 's3:GetBucketVersioning',
  GetObjectLockConfiguration: 's3:GetBucketObjectLockConfiguration',
  ListObjectsV2: 's3:ListBucket',
  ListObjectVersions: 's3:ListBucketVersions',
  GetObjectTagging: 's3:GetObjectTagging',
  GetObjectVersionTagging: 's3:GetObjectVersionTagging',
  PutObjectTagging: 's3:PutObjectTagging',
  DeleteObjectTagging: 's3:DeleteObjectTagging',
  HeadObject: 's3:GetObject',
  GetObject: 's3:GetObject',
};

export function errorName(err: unknown): string {
  const e = err as { name?: unknown; code?: unknown };
  if (typeof e?.code === 'string' && NETWORK_CODES.has(e.code)) return e.code;
  return typeof e?.name === 'string' ? e.name : 'Error';
}

export function httpStatus(err: unknown): number | undefined {
  const status = (err as { $metadata?: { httpStatusCode?: unknown } })?.$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

/** True when `err` is the named S3 error (the SDK sets `name` to the S3 error code). */
export function isS3Error(err: unknown, ...names: string[]): boolean {
  return names.includes(errorName(err));
}

/** The endpoint a failed call talked to (set by the client, s3/client.ts). */
export function endpointOf(err: unknown): string {
  const e = (err as { $endpoint?: unknown })?.$endpoint;
  return typeof e === 'string' ? e : 'S3';
}

/** An error that says the call never got an answer: a timeout, a dropped connection, the deadline. */
export function isNoAnswer(err: unknown): boolean {
  // Errors the S3 edge already put in words (S3OperationError) keep the code they had.
  const code = (err as { failure?: S3Failure })?.failure?.code ?? errorName(err);
  return (
    NETWORK_CODES.has(code) ||
    code === 'TimeoutError' ||
    code === 'AbortError' ||
    code === 'DeadlineError' ||
    /socket hang up/i.test((err as Error)?.message ?? '')
  );
}

export function describeS3Error(err: unknown, operation: string, bucket: string): S3Failure {
  const code = errorName(err);
  const status = httpStatus(err);
  const what = `${operation} on bucket ${bucket}`;
  const say = (message: string): S3Failure => ({ code, status, message });
  const attempts = (err as { $metadata?: { attempts?: number } })?.$metadata?.attempts;
  const tries = attempts && attempts > 1 ? ` (${attempts} attempts)` : '';
  // The deadline aborts a call with AbortError (the SDK's name) whatever its reason.
  if (deadlinePassed() && (code === 'AbortError' || code === 'DeadlineError' || code === 'TimeoutError')) {
    return say(`${what}: stopped at ${deadlineWords()} while waiting for the S3 endpoint ${endpointOf(err)}`);
  }
  switch (code) {
    case 'TimeoutError':
      return say(`${what}: the S3 endpoint ${endpointOf(err)} did not answer in time${tries}`);
    case 'NoSuchBucket':
      return say(`bucket ${bucket} does not exist (or not in this account and region)`);
    case 'AccessDenied':
    case 'AllAccessDisabled':
      return say(`${what}: access denied; the role needs ${IAM_ACTION[operation] ?? 'permission for this call'} on arn:aws:s3:::${bucket}`);
    case 'CredentialsProviderError':
      return say(
        'no AWS credentials found (the default chain tried the environment, SSO, web identity, the shared files and instance metadata)',
      );
    case 'InvalidAccessKeyId':
    case 'SignatureDoesNotMatch':
    case 'ExpiredToken':
    case 'TokenRefreshRequired':
    case 'InvalidToken':
      return say(`${what}: the AWS credentials were refused (${code})`);
    case 'PermanentRedirect':
    case 'AuthorizationHeaderMalformed':
    case 'IllegalLocationConstraintException':
      return say(`${what}: the bucket is in another region than the one configured (${code}); set the target's region`);
    case 'SlowDown':
    case 'ServiceUnavailable':
    case 'InternalError':
    case 'RequestTimeout':
      return say(`${what}: S3 kept failing after retries (${code})`);
    default:
      if (NETWORK_CODES.has(code)) return say(`${what}: cannot reach the S3 endpoint ${endpointOf(err)} (${code})${tries}`);
      if (status === 403)
        return say(`${what}: access denied (${code}); the role needs ${IAM_ACTION[operation] ?? 'permission for this call'}`);
      if (status !== undefined && status >= 500) return say(`${what}: S3 answered HTTP ${status} (${code}) after retries`);
      return say(`${what} failed: ${code}${status ? ` (HTTP ${status})` : ''}${informative(err, code)}`);
  }
}

/** AWS messages help when present; RGW's are empty and the SDK then says "UnknownError". */
function informative(err: unknown, code: string): string {
  const m = (err as Error)?.message;
  if (typeof m !== 'string' || m === '' || m === code || m === 'UnknownError') return '';
  return `: ${m.replace(/\.$/, '')}`;
}

/** An error that already carries a user-facing sentence (thrown by the S3 edge, caught per target). */
export class S3OperationError extends Error {
  override name = 'S3OperationError';
  constructor(readonly failure: S3Failure) {
    super(failure.message);
  }
}

export function s3Failure(err: unknown, operation: string, bucket: string): S3OperationError {
  return err instanceof S3OperationError ? err : new S3OperationError(describeS3Error(err, operation, bucket));
}
