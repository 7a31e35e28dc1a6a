/**
 * The set-up the action's integration tests share: an S3 client of the RGW test server, buckets
 * removed after the file, and a fresh GitHub API stand-in per test. Call at the top of a test file.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { configurationsEqual } from '../../src/diff/diff.js';
import { toJson } from '../../src/s3/convert.js';
import { startGitHubServer, type GitHubTestServer } from './github-server.js';
import { liveRules, removeBucket, testClient } from './s3.js';

export interface ActionFixture {
  s3: S3Client;
  gh: GitHubTestServer;
  /** Buckets to remove after the file. */
  buckets: string[];
  /** Whether the bucket's live rules equal `config`. */
  holds(bucket: string, config: unknown): Promise<boolean>;
}

export function actionFixture(): ActionFixture {
  const f = { buckets: [] as string[] } as unknown as ActionFixture;
  f.holds = async (bucket, config) => configurationsEqual({ Rules: toJson(await liveRules(f.s3, bucket)) }, config);
  beforeAll(() => {
    f.s3 = testClient();
  });
  afterAll(async () => {
    for (const b of f.buckets) await removeBucket(f.s3, b);
  });
  beforeEach(async () => {
    f.gh = await startGitHubServer();
  });
  afterEach(async () => {
    await f.gh.close();
  });
  return f;
}

/** A lifecycle file that keeps logs/ `days` days and aborts uploads after 7, as the tests commit it. */
export function expireLogs(days: number) {
  return {
    TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K',
    Rules: [
      { ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: days } },
      { ID: 'abort-uploads', Status: 'Enabled', Filter: {}, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
    ],
  };
}

export const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
