/**
 * An S3 Inventory manifest.json: the report's date, format, column schema and data files. Read with
 * positions so a bad manifest is one sentence with file:line:column.
 */
import { readSource } from '../../load/read.js';
import type { SourceDocument } from '../../load/document.js';
import { isObj } from '../../model/values.js';
import { InputError } from './errors.js';

export type InventoryFormat = 'CSV' | 'Parquet' | 'ORC';

export interface InventoryManifest {
  file: string;
  sourceBucket?: string;
  /** Start of the inventory scan (ms since epoch): the as-of time of the report. */
  creationMs: number;
  format: InventoryFormat;
  /** Column names in snake_case (`last_modified_date`), in file order. */
  columns: string[];
  files: Array<{ key: string; size?: number }>;
}

export async function readManifest(path: string, display: string): Promise<InventoryManifest> {
  const read = await readSource(path, display);
  if (!read.ok) throw new InputError(`${display}:${read.problem.line}:${read.problem.column}: ${read.problem.message}`);
  return parseManifest(read.doc);
}

export function parseManifest(doc: SourceDocument): InventoryManifest {
  const data = doc.data;
  const fail = (pointer: string, message: string): never => {
    const p = doc.locate(pointer);
    throw new InputError(`${doc.file}:${p.line}:${p.column}: ${message}`);
  };
  if (!isObj(data)) return fail('', 'an S3 Inventory manifest is a JSON object with fileFormat, fileSchema and files');
  const format = data.fileFormat;
  if (format !== 'CSV' && format !== 'Parquet' && format !== 'ORC') {
    return fail(
      '/fileFormat',
      `fileFormat must be "CSV", "Parquet" or "ORC"${format === undefined ? ' and is missing' : `, not ${JSON.stringify(format)}`}`,
    );
  }
  if (typeof data.fileSchema !== 'string' || data.fileSchema.trim() === '')
    return fail('/fileSchema', 'fileSchema must name the inventory columns');
  const columns =
    format === 'CSV' ? csvColumns(data.fileSchema) : format === 'ORC' ? orcColumns(data.fileSchema) : parquetColumns(data.fileSchema);
  for (const need of ['key', 'size', 'last_modified_date', 'storage_class']) {
    if (!columns.includes(need))
      fail('/fileSchema', `the inventory has no ${need} column; configure it with Size, LastModifiedDate and StorageClass`);
  }
  const created = Number(data.creationTimestamp);
  if (!Number.isFinite(created) || created <= 0)
    fail('/creationTimestamp', 'creationTimestamp must be milliseconds since 1970, as S3 writes it');
  if (!Array.isArray(data.files) || data.files.length === 0) return fail('/files', 'files must list the inventory data files');
  const files = data.files.map((f, i) => {
    if (!isObj(f) || typeof f.key !== 'string') return fail(`/files/${i}`, 'each file needs a "key"');
    return { key: f.key, size: typeof f.size === 'number' ? f.size : undefined };
  });
  return {
    file: doc.file,
    sourceBucket: typeof data.sourceBucket === 'string' ? data.sourceBucket : undefined,
    creationMs: created,
    format,
    columns,
    files,
  };
}

/** "Bucket, Key, VersionId, IsLatest, …" → ["bucket", "key", "version_id", "is_latest", …]. */
export function csvColumns(schema: string): string[] {
  return schema.split(',').map((c) =>
    c
      .trim()
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toLowerCase(),
  );
}

/** "struct<bucket:string,key:string,size:bigint,…>" → ["bucket", "key", "size", …]. */
export function orcColumns(schema: string): string[] {
  const inner = /^\s*struct\s*<(.*)>\s*$/is.exec(schema)?.[1] ?? '';
  return [...inner.matchAll(/(?:^|,)\s*(\w+)\s*:/g)].map((m) => m[1]!.toLowerCase());
}

/** "message s3.inventory { required binary bucket (UTF8); optional int64 size; … }" → names. */
export function parquetColumns(schema: string): string[] {
  return [...schema.matchAll(/(?:required|optional|repeated)\s+\w+\s+(\w+)/g)].map((m) => m[1]!.toLowerCase());
}
