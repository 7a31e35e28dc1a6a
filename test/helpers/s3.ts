/**
 * Helpers for the integration tests on the real Ceph RGW: the server the global setup provides,
 * a client of its own for arranging buckets, uniquely named buckets, throwaway workspaces with a
 * .lifeguard.yml, and the CLI run in-process with the credentials in the environment (so lifeguard
 * finds them through the SDK's default chain, as it would in CI).
 */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectsCommand,
  GetBucketLifecycleConfigurationCommand,
  ListObjectVersionsCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  PutObjectLockConfigurationCommand,
  S3Client,
  type LifecycleRule,
} from '@aws-sdk/client-s3';
import { inject } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export function s3Server() {
  return inject('s3');
}

/** Puts the test server's keys where the default credential chain looks first. */
export function useServerCredentials(): void {
  const s = s3Server();
  process.env.AWS_ACCESS_KEY_ID = s.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = s.secretAccessKey;
  process.env.AWS_REGION = s.region;
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
}

export function testClient(): S3Client {
  const s = s3Server();
  return new S3Client({
    endpoint: s.endpoint,
    region: s.region,
    forcePathStyle: true,
    credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** A bucket name no other test (or other run) uses: lg-<label>-<time>-<random>. */
export function uniqueBucket(label: string): string {
  const suffix = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return `lg-${label}`.slice(0, 63 - suffix.length - 1).replace(/[^a-z0-9-]/g, '-') + '-' + suffix;
}

export interface BucketSetup {
  versioning?: boolean;
  /** Object Lock with a GOVERNANCE default retention of this many days. */
  objectLockDays?: number;
  rules?: LifecycleRule[];
}

export async function createBucket(client: S3Client, name: string, setup: BucketSetup = {}): Promise<string> {
  await client.send(
    new CreateBucketCommand({ Bucket: name, ...(setup.objectLockDays !== undefined ? { ObjectLockEnabledForBucket: true } : {}) }),
  );
  if (setup.versioning) await client.send(new PutBucketVersioningCommand({ Bucket: name, VersioningConfiguration: { Status: 'Enabled' } }));
  if (setup.objectLockDays !== undefined) {
    await client.send(
      new PutObjectLockConfigurationCommand({
        Bucket: name,
        ObjectLockConfiguration: {
          ObjectLockEnabled: 'Enabled',
          Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: setup.objectLockDays } },
        },
      }),
    );
  }
  if (setup.rules)
    await client.send(new PutBucketLifecycleConfigurationCommand({ Bucket: name, LifecycleConfiguration: { Rules: setup.rules } }));
  return name;
}

export async function putObject(
  client: S3Client,
  bucket: string,
  key: string,
  options: { body?: string; tags?: Record<string, string> } = {},
): Promise<void> {
  const tagging = options.tags ? new URLSearchParams(options.tags).toString() : undefined;
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: options.body ?? `body of ${key}`, Tagging: tagging }));
}

export async function liveRules(client: S3Client, bucket: string): Promise<LifecycleRule[] | undefined> {
  try {
    return (await client.send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket }))).Rules ?? [];
  } catch (err) {
    if ((err as Error).name === 'NoSuchLifecycleConfiguration') return undefined;
    throw err;
  }
}

/** Deletes every version and the bucket (buckets with Object Lock keep their locked versions). */
export async function removeBucket(client: S3Client, bucket: string): Promise<void> {
  try {
    for (;;) {
      const out = await client.send(new ListObjectVersionsCommand({ Bucket: bucket }));
      const items = [...(out.Versions ?? []), ...(out.DeleteMarkers ?? [])].map((v) => ({ Key: v.Key!, VersionId: v.VersionId }));
      if (items.length === 0) break;
      await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: items }, BypassGovernanceRetention: true }));
      if (!out.IsTruncated) break;
    }
    await client.send(new DeleteBucketCommand({ Bucket: bucket }));
  } catch {
    // Cleanup is best effort: a leftover bucket on a throwaway server harms no other test.
  }
}

/** A temporary folder holding the given files (paths relative to it). */
export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lifeguard-it-'));
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A .lifeguard.yml with one target per entry, all on the test server. */
export function lifeguardYml(targets: Array<{ name: string; bucket: string; lifecycle: string; extra?: string }>): string {
  const s = s3Server();
  const lines = ['targets:'];
  for (const t of targets) {
    lines.push(
      `  - name: ${t.name}`,
      `    bucket: ${t.bucket}`,
      `    endpoint: ${s.endpoint}`,
      `    source:`,
      `      lifecycle: ${t.lifecycle}`,
    );
    if (t.extra) lines.push(...t.extra.split('\n').map((l) => `    ${l}`));
  }
  return lines.join('\n') + '\n';
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], cwd: string, confirm?: (q: string) => Promise<boolean>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd,
    color: false,
    env: process.env,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    ...(confirm ? { confirm } : {}),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
