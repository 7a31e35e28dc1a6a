/**
 * S3 Inventory in ORC, read one stripe at a time with lifeguard's ORC reader (ADR 0171), so memory
 * stays bounded by the stripe, not the file. Rows become the same records as CSV and Parquet rows.
 */
import type { AsyncBuffer } from 'hyparquet';
import type { RecordFolder } from '../cohorts/records.js';
import { COLUMNS } from './columns.js';
import { InputError } from './errors.js';
import { openOrc, orcStripes, OrcError, type OrcFile } from './orc/reader.js';

export async function foldOrc(
  file: AsyncBuffer,
  present: readonly string[],
  folder: Pick<RecordFolder, 'add'>,
  name: string,
  withETag = false,
): Promise<void> {
  let orc: OrcFile;
  try {
    orc = await openOrc(file);
  } catch (err) {
    throw new InputError(`${name}: not a readable ORC file (${(err as Error).message})`);
  }
  const want = [...COLUMNS, ...(withETag ? ['e_tag'] : [])].filter((c) => present.includes(c) && orc.columns.includes(c));
  try {
    for await (const s of orcStripes(file, orc, want)) {
      const col = (n: string) => s.columns.get(n);
      const [key, size, modified, cls, latest, marker, until, hold] = COLUMNS.map(col);
      const eTag = withETag ? col('e_tag') : undefined;
      for (let i = 0; i < s.rows; i++) {
        folder.add({
          key: String(key?.[i] ?? ''),
          size: Number(size?.[i] ?? 0),
          lastModifiedMs: modified?.[i] == null ? NaN : Number(modified[i]),
          storageClass: String(cls?.[i] ?? ''),
          isLatest: latest ? (latest[i] == null ? undefined : latest[i] === true) : undefined,
          isDeleteMarker: marker?.[i] === true,
          lockRetainUntilMs: until?.[i] == null ? undefined : Number(until[i]),
          legalHold: hold?.[i] === 'ON',
          ...(typeof eTag?.[i] === 'string' && eTag[i] ? { eTag: eTag[i] as string } : {}),
        });
      }
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    if (err instanceof OrcError || err instanceof Error) throw new InputError(`${name}: not a readable ORC file (${err.message})`);
    throw err;
  }
}
