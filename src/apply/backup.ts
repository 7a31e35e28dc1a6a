/**
 * Before a bucket's lifecycle configuration is replaced or deleted, the previous one is written to
 * a file in the exact shape `aws s3api put-bucket-lifecycle-configuration --cli-input-json` reads,
 * together with the command that restores it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LifecycleJson } from '../s3/convert.js';
import type { S3Location } from '../s3/client.js';
import type { BucketRef } from '../s3/state.js';

/** Relative to the folder of .lifeguard.yml. */
export const BACKUP_DIR = join('.lifeguard', 'backups');

export interface Backup {
  /** Absolute path of the backup file; undefined when there was nothing to back up. */
  path?: string;
  /** The shell command that puts the previous state back. */
  restore: string;
}

export async function writeBackup(
  dir: string,
  ref: BucketRef,
  location: S3Location,
  live: LifecycleJson | undefined,
  now: Date,
  display: (p: string) => string,
): Promise<Backup> {
  const where = [
    ...(location.region ? [`--region ${location.region}`] : []),
    ...(location.endpoint ? [`--endpoint-url ${location.endpoint}`] : []),
  ].join(' ');
  const owner = ref.expectedBucketOwner ? ` --expected-bucket-owner ${ref.expectedBucketOwner}` : '';
  if (!live) {
    // Nothing to keep: going back means removing what apply put there.
    return { restore: `aws s3api delete-bucket-lifecycle --bucket ${ref.bucket}${owner}${where ? ` ${where}` : ''}` };
  }
  const request = {
    Bucket: ref.bucket,
    ...(ref.expectedBucketOwner ? { ExpectedBucketOwner: ref.expectedBucketOwner } : {}),
    ...(live.TransitionDefaultMinimumObjectSize ? { TransitionDefaultMinimumObjectSize: live.TransitionDefaultMinimumObjectSize } : {}),
    LifecycleConfiguration: { Rules: live.Rules },
  };
  const folder = join(dir, BACKUP_DIR);
  await mkdir(folder, { recursive: true });
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const text = JSON.stringify(request, null, 2) + '\n';
  for (let n = 1; ; n++) {
    const path = join(folder, `${ref.bucket}-${stamp}${n > 1 ? `-${n}` : ''}.json`);
    try {
      await writeFile(path, text, { flag: 'wx' });
      return {
        path,
        restore: `aws s3api put-bucket-lifecycle-configuration --cli-input-json file://${display(path)}${where ? ` ${where}` : ''}`,
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}
