/**
 * A quarantine batch's key list, in a file of its own beside the quarantine file: one object per
 * line, `bucket,key` or `bucket,key,versionId`, keys URL-encoded. That is the CSV manifest S3 Batch
 * Operations reads (format S3BatchOperations_CSV_20180820, fields Bucket, Key[, VersionId]), so a
 * batch can also be handed to a Batch Operations job; and one object per line keeps a review diff
 * readable. The quarantine file holds the batch's day, expiry, prefixes, count and bytes, and the
 * manifest's path, relative to its own folder and confined to it.
 */
import { createReadStream } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';

/** Longest manifest line read: a 1,024-byte key URL-encoded is at most 3,072 bytes, plus bucket and version. */
const MAX_LINE = 8192;

/** One object of a quarantine batch (record.ts re-exports it). */
export interface QuarantinedObject {
  key: string;
  /** Bytes; 0 when read from a manifest (the batch's `bytes` holds the total). */
  size: number;
  lastModified?: string;
  storageClass?: string;
  /** The version tagged, on versioned buckets. */
  versionId?: string;
  /** Line in the batch's manifest, for findings (in memory only). */
  line?: number;
}

export interface ManifestProblem {
  line: number;
  message: string;
}

/** Where a batch's manifest goes: `<target>/<tag>.csv` beside the quarantine file. */
export function manifestName(target: string, tag: string): string {
  return `${target}/${tag}.csv`;
}

/** The manifest's absolute path, or undefined when `name` leaves the quarantine file's folder or is not a .csv file. */
export function manifestPath(quarantineFile: string, name: string): string | undefined {
  if (!/^[\w.-]+(\/[\w.-]+)*\.csv$/.test(name) || name.split('/').includes('..')) return undefined;
  const dir = dirname(quarantineFile);
  const path = resolve(dir, ...name.split('/'));
  const rel = relative(dir, path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? path : undefined;
}

export function renderManifest(bucket: string, objects: readonly QuarantinedObject[]): string {
  // Batch Operations wants version IDs on every line or on none; an unversioned object on a versioned bucket is "null".
  const versioned = objects.some((o) => o.versionId !== undefined);
  let out = '';
  for (const o of objects) out += `${bucket},${encodeURIComponent(o.key)}${versioned ? `,${o.versionId ?? 'null'}` : ''}\n`;
  return out;
}

/** Writes the manifest through a temporary file, so a crash never leaves half a list. */
export async function writeManifest(path: string, bucket: string, objects: readonly QuarantinedObject[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${Date.now()}-${process.pid}.tmp`);
  await writeFile(temp, renderManifest(bucket, objects));
  await rename(temp, path);
}

/** Reads a manifest line by line (it may hold millions of keys); objects carry their line. */
export async function readManifest(path: string, bucket: string): Promise<{ objects: QuarantinedObject[]; problems: ManifestProblem[] }> {
  const objects: QuarantinedObject[] = [];
  const problems: ManifestProblem[] = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    n++;
    if (text === '') continue;
    if (text.length > MAX_LINE) {
      problems.push({ line: n, message: `line ${n} is longer than ${MAX_LINE} characters; a manifest line is bucket,key[,versionId]` });
      continue;
    }
    const fields = text.split(',');
    if (fields.length < 2 || fields.length > 3) {
      problems.push({
        line: n,
        message: `line ${n} has ${fields.length} field${fields.length === 1 ? '' : 's'}; a manifest line is bucket,key[,versionId] with the key URL-encoded`,
      });
      continue;
    }
    if (fields[0] !== bucket) problems.push({ line: n, message: `line ${n} names bucket ${fields[0]}, not the target's bucket ${bucket}` });
    let key: string;
    try {
      key = decodeURIComponent(fields[1]!);
    } catch {
      problems.push({ line: n, message: `line ${n}: the key is not URL-encoded correctly` });
      continue;
    }
    if (!key) {
      problems.push({ line: n, message: `line ${n} has an empty key` });
      continue;
    }
    const version = fields[2];
    objects.push({ key, size: 0, line: n, ...(version && version !== 'null' ? { versionId: version } : {}) });
  }
  return { objects, problems };
}
