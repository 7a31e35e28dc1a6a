/**
 * An S3 Inventory report where S3 delivers it: `s3://bucket/…/manifest.json`, or a prefix holding
 * dated report folders (the newest manifest by folder name is taken, as for a local folder). The
 * manifest is read and parsed like a local one (file:line:column on a fault); data files stream
 * from GetObject (CSV) or are read by ranged GETs (Parquet, ORC). Goes through the project's one S3
 * edge; the SDK is loaded only here, by dynamic import.
 */
import { PassThrough, type Readable } from 'node:stream';
import type { AsyncBuffer } from 'hyparquet';
import { decodeUtf8 } from '../load/decode.js';
import { parseText } from '../load/document.js';
import type { S3Access, S3Location } from './client.js';
import { InputError } from '../cost/inventory/errors.js';
import { parseManifest } from '../cost/inventory/manifest.js';
import type { InventoryFile, InventorySource } from '../cost/inventory/source.js';

export function isS3Url(path: string): boolean {
  return /^s3:\/\//i.test(path);
}

export function parseS3Url(url: string): { bucket: string; key: string } {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/i.exec(url);
  if (!m || !m[1]) throw new InputError(`${url}: not an s3:// location (s3://BUCKET/PREFIX or s3://BUCKET/…/manifest.json)`);
  return { bucket: m[1], key: m[2] ?? '' };
}

export async function s3Source(url: string, location: S3Location): Promise<InventorySource> {
  const { bucket, key } = parseS3Url(url);
  const { openS3 } = await import('./client.js');
  const s3 = await openS3(location);
  try {
    const manifestKey = /(^|\/)manifest\.json$/.test(key) ? key : await findManifest(s3, bucket, key, url);
    const display = `s3://${bucket}/${manifestKey}`;
    return {
      manifestDisplay: display,
      async readManifest() {
        const bytes = await getBytes(s3, bucket, manifestKey, display);
        const text = decodeUtf8(bytes);
        if (!text.ok) throw new InputError(`${display}: ${text.problem.message}`);
        const parsed = parseText(display, text.text, 'json');
        if (!parsed.ok) throw new InputError(`${display}:${parsed.problem.line}:${parsed.problem.column}: ${parsed.problem.message}`);
        return parseManifest(parsed.doc);
      },
      file: (fileKey) => s3File(s3, bucket, fileKey),
      close: () => s3.client.destroy(),
    };
  } catch (err) {
    s3.client.destroy();
    throw err;
  }
}

/** The newest manifest.json under a prefix: report folders are named by their start time. */
async function findManifest(s3: S3Access, bucket: string, prefix: string, url: string): Promise<string> {
  const { forEachListedPage } = await import('./listing.js');
  const found: string[] = [];
  const base = prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`;
  try {
    await forEachListedPage(s3, { bucket }, { prefix: base }, (page) => {
      for (const o of page) if (/(^|\/)manifest\.json$/.test(o.key)) found.push(o.key);
    });
  } catch (err) {
    throw new InputError(`${url}: cannot list the report (${(err as Error).message})`);
  }
  if (!found.length) throw new InputError(`${url}: no manifest.json under this prefix; point --inventory at an S3 Inventory report`);
  const folder = (k: string) => k.split('/').slice(-2, -1)[0] ?? '';
  return found.sort((a, b) => folder(a).localeCompare(folder(b)) || a.localeCompare(b)).at(-1)!;
}

function failure(err: unknown, display: string): InputError {
  const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode;
  const name = e.name ?? 'Error';
  if (name === 'NoSuchKey' || status === 404)
    return new InputError(`${display}: no such object (listed in the manifest but not in the bucket)`);
  if (name === 'AccessDenied' || status === 403) return new InputError(`${display}: access denied; the role needs s3:GetObject on it`);
  return new InputError(`${display}: cannot be read (${name}${status ? `, HTTP ${status}` : ''})`);
}

async function getBytes(s3: S3Access, bucket: string, key: string, display: string, range?: string): Promise<Uint8Array> {
  try {
    const out = await s3.client.send(new s3.sdk.GetObjectCommand({ Bucket: bucket, Key: key, ...(range ? { Range: range } : {}) }));
    return await out.Body!.transformToByteArray();
  } catch (err) {
    throw failure(err, display);
  }
}

function s3File(s3: S3Access, bucket: string, key: string): InventoryFile {
  const display = `s3://${bucket}/${key}`;
  return {
    name: display,
    stream(): Readable {
      // A stream at once; the bytes follow when GetObject answers (errors end the stream).
      const out = new PassThrough({ highWaterMark: 1 << 20 });
      s3.client.send(new s3.sdk.GetObjectCommand({ Bucket: bucket, Key: key })).then(
        (res) => {
          const body = res.Body as Readable;
          body.on('error', (e) => out.destroy(failure(e, display)));
          body.pipe(out);
        },
        (err) => out.destroy(failure(err, display)),
      );
      return out;
    },
    async randomAccess(): Promise<AsyncBuffer> {
      let size: number;
      try {
        const head = await s3.client.send(new s3.sdk.HeadObjectCommand({ Bucket: bucket, Key: key }));
        size = head.ContentLength ?? 0;
      } catch (err) {
        throw failure(err, display);
      }
      return {
        byteLength: size,
        async slice(start: number, end?: number): Promise<ArrayBuffer> {
          const last = (end ?? size) - 1;
          if (last < start) return new ArrayBuffer(0);
          const bytes = await getBytes(s3, bucket, key, display, `bytes=${start}-${last}`);
          return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        },
      };
    },
  };
}
