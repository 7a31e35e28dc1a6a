/**
 * S3 failures are told apart by the error's name and HTTP status, never by its message: RGW sends
 * empty messages (the SDK then says "UnknownError"). The errors here have the shape the SDK throws.
 */
import { describe, expect, it } from 'vitest';
import { describeS3Error, isS3Error } from '../../src/s3/errors.js';

const s3Error = (name: string, status?: number, message = 'UnknownError') =>
  Object.assign(new Error(message), { name, ...(status ? { $metadata: { httpStatusCode: status } } : {}) });

describe('describeS3Error', () => {
  it('names the IAM action a denied call needs', () => {
    expect(describeS3Error(s3Error('AccessDenied', 403), 'PutBucketLifecycleConfiguration', 'b').message).toBe(
      'PutBucketLifecycleConfiguration on bucket b: access denied; the role needs s3:PutLifecycleConfiguration on arn:aws:s3:::b',
    );
    expect(describeS3Error(s3Error('Forbidden', 403), 'ListObjectVersions', 'b').message).toContain('s3:ListBucketVersions');
  });

  it('turns missing buckets, missing credentials, refused keys, other regions and network failures into sentences', () => {
    expect(describeS3Error(s3Error('NoSuchBucket', 404), 'GetBucketVersioning', 'b').message).toBe(
      'bucket b does not exist (or not in this account and region)',
    );
    expect(
      describeS3Error(
        s3Error('CredentialsProviderError', undefined, 'Could not load credentials from any providers'),
        'GetBucketVersioning',
        'b',
      ).message,
    ).toMatch(/^no AWS credentials found/);
    expect(describeS3Error(s3Error('InvalidAccessKeyId', 403), 'GetBucketVersioning', 'b').message).toBe(
      'GetBucketVersioning on bucket b: the AWS credentials were refused (InvalidAccessKeyId)',
    );
    expect(describeS3Error(s3Error('PermanentRedirect', 301), 'GetBucketVersioning', 'b').message).toMatch(
      /in another region .* set the target's region/,
    );
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    Object.defineProperty(refused, '$endpoint', { value: 'http://127.0.0.1:1' });
    expect(describeS3Error(refused, 'GetBucketVersioning', 'b')).toMatchObject({
      code: 'ECONNREFUSED',
      message: 'GetBucketVersioning on bucket b: cannot reach the S3 endpoint http://127.0.0.1:1 (ECONNREFUSED)',
    });
    const timeout = Object.assign(new Error('Connection timed out after 30000 ms'), {
      name: 'TimeoutError',
      $metadata: { attempts: 5 },
      $endpoint: 'https://s3.eu-west-1.amazonaws.com',
    });
    expect(describeS3Error(timeout, 'GetBucketLifecycleConfiguration', 'b').message).toBe(
      'GetBucketLifecycleConfiguration on bucket b: the S3 endpoint https://s3.eu-west-1.amazonaws.com did not answer in time (5 attempts)',
    );
    expect(describeS3Error(s3Error('InternalError', 500), 'GetBucketVersioning', 'b').message).toBe(
      'GetBucketVersioning on bucket b: S3 kept failing after retries (InternalError)',
    );
  });

  it("shows AWS's message when there is one, and nothing of RGW's empty one", () => {
    expect(
      describeS3Error(
        s3Error('InvalidArgument', 400, "'Days' in Transition action must be greater than or equal to 30."),
        'PutBucketLifecycleConfiguration',
        'b',
      ).message,
    ).toBe(
      "PutBucketLifecycleConfiguration on bucket b failed: InvalidArgument (HTTP 400): 'Days' in Transition action must be greater than or equal to 30",
    );
    expect(describeS3Error(s3Error('InvalidArgument', 400), 'PutBucketLifecycleConfiguration', 'b').message).toBe(
      'PutBucketLifecycleConfiguration on bucket b failed: InvalidArgument (HTTP 400)',
    );
  });

  it('matches by name only', () => {
    expect(isS3Error(s3Error('NoSuchLifecycleConfiguration', 404), 'NoSuchLifecycleConfiguration')).toBe(true);
    expect(isS3Error(s3Error('NoSuchKey', 404, 'NoSuchLifecycleConfiguration'), 'NoSuchLifecycleConfiguration')).toBe(false);
  });
});
