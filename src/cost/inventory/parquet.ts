/**
 * S3 Inventory in Parquet, read one row group at a time with hyparquet (pure JS, Snappy built in),
 * so memory stays bounded by the row group, not the file.
 */
import type { AsyncBuffer } from 'hyparquet';
import type { RecordFolder } from '../cohorts/records.js';
import { COLUMNS } from './columns.js';
import { InputError } from './errors.js';

export async function foldParquet(
  file: AsyncBuffer,
  present: readonly string[],
  folder: Pick<RecordFolder, 'add'>,
  name: string,
  withETag = false,
): Promise<void> {
  const { parquetMetadataAsync, parquetReadObjects } = await import('hyparquet');
  let metadata;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (err) {
    throw new InputError(`${name}: not a readable Parquet file (${(err as Error).message})`);
  }
  const columns = [...COLUMNS, ...(withETag ? ['e_tag'] : [])].filter((c) => present.includes(c));
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const rows = await parquetReadObjects({ file, metadata, columns, rowStart, rowEnd, utf8: true });
    for (const r of rows) {
      folder.add({
        key: String(r.key ?? ''),
        size: Number(r.size ?? 0),
        lastModifiedMs: timeOf(r.last_modified_date),
        storageClass: String(r.storage_class ?? ''),
        isLatest: r.is_latest === undefined || r.is_latest === null ? undefined : Boolean(r.is_latest),
        isDeleteMarker: Boolean(r.is_delete_marker),
        lockRetainUntilMs: r.object_lock_retain_until_date == null ? undefined : timeOf(r.object_lock_retain_until_date),
        legalHold: r.object_lock_legal_hold_status === 'ON',
        ...(withETag && typeof r.e_tag === 'string' && r.e_tag ? { eTag: r.e_tag } : {}),
      });
    }
    rowStart = rowEnd;
  }
}

/** TIMESTAMP_MILLIS arrives as a Date (or a bigint/number of ms, depending on the writer). */
function timeOf(v: unknown): number {
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return Date.parse(v);
  return NaN;
}
