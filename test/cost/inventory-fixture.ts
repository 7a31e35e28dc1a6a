/** Writes small S3 Inventory reports (manifest.json + data files) the way S3 delivers them. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { InventoryRecord } from '../../src/cost/cohorts/records.js';
import { writeOrc } from './orc-writer.js';

const CSV_SCHEMA =
  'Bucket, Key, VersionId, IsLatest, IsDeleteMarker, Size, LastModifiedDate, ETag, StorageClass, ObjectLockRetainUntilDate, ObjectLockLegalHoldStatus';
const CSV_SCHEMA_PLAIN = 'Bucket, Key, Size, LastModifiedDate, StorageClass';
const CSV_SCHEMA_ETAG = 'Bucket, Key, Size, LastModifiedDate, ETag, StorageClass';

/** S3 Inventory URL-encodes keys, with "+" for a space. */
export function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

export interface FixtureOptions {
  format: 'CSV' | 'CSV.gz' | 'Parquet' | 'ORC';
  creation: string;
  /** Split rows over this many data files. */
  files?: number;
  versioned?: boolean;
  /** The manifest's sourceBucket and the rows' Bucket (default src-bucket). */
  bucket?: string;
  /** Write the ETag column (CSV only; the values from the rows, empty when a row has none). */
  withETag?: boolean;
}

export function writeInventory(rows: InventoryRecord[], opts: FixtureOptions): string {
  const root = mkdtempSync(join(tmpdir(), 'lifeguard-inv-'));
  const dir = join(root, 'inventory', 'src-bucket', 'cfg', '2026-01-01T00-00Z');
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(root, 'inventory', 'src-bucket', 'cfg', 'data'), { recursive: true });
  const parts = opts.files ?? 1;
  const per = Math.ceil(rows.length / parts);
  const files: Array<{ key: string; size: number }> = [];
  for (let p = 0; p < parts; p++) {
    const slice = rows.slice(p * per, (p + 1) * per);
    const ext = opts.format === 'Parquet' ? 'parquet' : opts.format === 'ORC' ? 'orc' : opts.format === 'CSV.gz' ? 'csv.gz' : 'csv';
    const key = `inventory/src-bucket/cfg/data/part-${p}.${ext}`;
    let bytes: Uint8Array;
    if (opts.format === 'Parquet') bytes = new Uint8Array(parquet(slice, !!opts.versioned));
    else if (opts.format === 'ORC') bytes = orc(slice, !!opts.versioned);
    else {
      const text = slice.map((r) => csvLine(r, !!opts.versioned, opts.bucket ?? 'src-bucket', !!opts.withETag)).join('\n') + '\n';
      bytes = opts.format === 'CSV.gz' ? gzipSync(text) : Buffer.from(text);
    }
    writeFileSync(join(root, key), bytes);
    files.push({ key, size: bytes.length });
  }
  const fileSchema =
    opts.format === 'ORC'
      ? `struct<bucket:string,key:string,${opts.versioned ? 'version_id:string,is_latest:boolean,is_delete_marker:boolean,' : ''}size:bigint,last_modified_date:timestamp,e_tag:string,storage_class:string${opts.versioned ? ',object_lock_retain_until_date:timestamp,object_lock_legal_hold_status:string' : ''}>`
      : opts.format === 'Parquet'
        ? 'message s3.inventory { required binary bucket (UTF8); required binary key (UTF8); optional binary version_id (UTF8); optional boolean is_latest; optional boolean is_delete_marker; optional int64 size; optional int64 last_modified_date (TIMESTAMP_MILLIS); optional binary storage_class (UTF8); optional int64 object_lock_retain_until_date (TIMESTAMP_MILLIS); optional binary object_lock_legal_hold_status (UTF8); }'
        : opts.versioned
          ? CSV_SCHEMA
          : opts.withETag
            ? CSV_SCHEMA_ETAG
            : CSV_SCHEMA_PLAIN;
  const manifest = {
    sourceBucket: opts.bucket ?? 'src-bucket',
    destinationBucket: 'arn:aws:s3:::inventory-bucket',
    version: '2016-11-30',
    creationTimestamp: String(Date.parse(opts.creation)),
    fileFormat: opts.format === 'Parquet' || opts.format === 'ORC' ? opts.format : 'CSV',
    fileSchema,
    files: files.map((f) => ({ ...f, MD5checksum: '0'.repeat(32) })),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

function csvLine(r: InventoryRecord, versioned: boolean, bucket: string, withETag: boolean): string {
  const date = new Date(r.lastModifiedMs).toISOString();
  const q = (v: string) => `"${v}"`;
  if (!versioned && withETag)
    return [q(bucket), q(encodeKey(r.key)), q(String(r.size)), q(date), q(r.eTag ?? ''), q(r.storageClass)].join(',');
  if (!versioned) return [q(bucket), q(encodeKey(r.key)), q(String(r.size)), q(date), q(r.storageClass)].join(',');
  return [
    q(bucket),
    q(encodeKey(r.key)),
    q(`v${r.lastModifiedMs}`),
    q(String(r.isLatest ?? true)),
    q(String(!!r.isDeleteMarker)),
    q(r.isDeleteMarker ? '' : String(r.size)),
    q(date),
    q(r.eTag ?? ''),
    q(r.isDeleteMarker ? '' : r.storageClass),
    q(r.lockRetainUntilMs ? new Date(r.lockRetainUntilMs).toISOString() : ''),
    q(r.legalHold ? 'ON' : r.lockRetainUntilMs ? 'OFF' : ''),
  ].join(',');
}

/** S3 Inventory's ORC columns (AWS documents the same names as Parquet's). */
function orc(rows: InventoryRecord[], versioned: boolean): Uint8Array {
  const col = (
    name: string,
    type: 'string' | 'bigint' | 'boolean' | 'timestamp',
    f: (r: InventoryRecord) => string | number | boolean | null,
  ) => ({ name, type, values: rows.map(f) });
  return writeOrc([
    col('bucket', 'string', () => 'src-bucket'),
    col('key', 'string', (r) => r.key),
    ...(versioned
      ? [
          col('version_id', 'string', (r) => `v${r.lastModifiedMs}`),
          col('is_latest', 'boolean', (r) => r.isLatest ?? true),
          col('is_delete_marker', 'boolean', (r) => !!r.isDeleteMarker),
        ]
      : []),
    col('size', 'bigint', (r) => (r.isDeleteMarker ? null : r.size)),
    col('last_modified_date', 'timestamp', (r) => r.lastModifiedMs),
    col('e_tag', 'string', (r) => (r.isDeleteMarker ? null : 'etag')),
    col('storage_class', 'string', (r) => (r.isDeleteMarker ? null : r.storageClass)),
    ...(versioned
      ? [
          col('object_lock_retain_until_date', 'timestamp', (r) => r.lockRetainUntilMs ?? null),
          col('object_lock_legal_hold_status', 'string', (r) => (r.legalHold ? 'ON' : r.lockRetainUntilMs ? 'OFF' : null)),
        ]
      : []),
  ]);
}

function parquet(rows: InventoryRecord[], versioned: boolean): ArrayBuffer {
  return parquetWriteBuffer({
    columnData: [
      { name: 'bucket', data: rows.map(() => 'src-bucket'), type: 'STRING' },
      { name: 'key', data: rows.map((r) => r.key), type: 'STRING' },
      { name: 'version_id', data: rows.map((r) => `v${r.lastModifiedMs}`), type: 'STRING' },
      { name: 'is_latest', data: rows.map((r) => (versioned ? (r.isLatest ?? true) : true)), type: 'BOOLEAN' },
      { name: 'is_delete_marker', data: rows.map((r) => !!r.isDeleteMarker), type: 'BOOLEAN' },
      { name: 'size', data: rows.map((r) => BigInt(r.size)), type: 'INT64' },
      { name: 'last_modified_date', data: rows.map((r) => new Date(r.lastModifiedMs)), type: 'TIMESTAMP' },
      { name: 'storage_class', data: rows.map((r) => r.storageClass), type: 'STRING' },
      {
        name: 'object_lock_retain_until_date',
        data: rows.map((r) => (r.lockRetainUntilMs ? new Date(r.lockRetainUntilMs) : null)),
        type: 'TIMESTAMP',
      },
      { name: 'object_lock_legal_hold_status', data: rows.map((r) => (r.legalHold ? 'ON' : null)), type: 'STRING' },
    ],
  });
}
