/**
 * lifeguard's ORC reader against files written by Apache ORC's own writers (Java 0.11 and 0.12,
 * C++), compared with the output the ORC project expects from them (examples/ and
 * examples/expected/ of apache/orc at 3738b8236; test/fixtures/orc/): RLE versions 1 and 2,
 * direct and dictionary strings, nulls, timestamps with nanoseconds, several stripes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { asyncBufferFromFile } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { openOrc, orcStripes, ROOT, zoneOffsetMs, type OrcValue } from '../../src/cost/inventory/orc/reader.js';

const DIR = join(import.meta.dirname, '../fixtures/orc');

/** Java's Timestamp.toString in the writer's zone: "1969-12-31 16:00:00.0", fraction without trailing zeros. */
function javaTimestamp(ms: number, nanos: number, zone: string): string {
  const d = new Date(ms + zoneOffsetMs(zone, ms)).toISOString();
  const fraction = String(nanos).padStart(9, '0').replace(/0+$/, '') || '0';
  return `${d.slice(0, 10)} ${d.slice(11, 19)}.${fraction}`;
}

async function read(name: string, columns: string[]): Promise<Array<Record<string, OrcValue | string>>> {
  const file = await asyncBufferFromFile(join(DIR, `${name}.orc`));
  const orc = await openOrc(file);
  const rows: Array<Record<string, OrcValue | string>> = [];
  for await (const s of orcStripes(file, orc, columns)) {
    for (let i = 0; i < s.rows; i++) {
      const row: Record<string, OrcValue | string> = {};
      for (const c of columns) {
        const v = s.columns.get(c)![i]!;
        const ns = s.nanos.get(c);
        row[c] = ns && v !== null ? javaTimestamp(v as number, ns[i]!, s.writerTimezone) : v;
      }
      rows.push(row);
    }
  }
  return rows;
}

function expected(name: string, columns: string[]): Array<Record<string, unknown>> {
  return gunzipSync(readFileSync(join(DIR, `${name}.jsn.gz`)))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const v = JSON.parse(line) as Record<string, unknown> | unknown;
      return typeof v === 'object' && v !== null
        ? Object.fromEntries(columns.map((c) => [c, (v as Record<string, unknown>)[c] ?? null]))
        : { [ROOT]: v };
    });
}

describe('the ORC reader on Apache ORC example files', () => {
  const cases: Array<[string, string[]]> = [
    ['orc_split_elim_new', ['userid', 'string1', 'ts']],
    ['orc_index_int_string', ['_col0', '_col1']],
    ['TestOrcFile.testMemoryManagementV11', ['int1', 'string1']],
    ['TestOrcFile.testStringAndBinaryStatistics', ['string1']],
    ['TestOrcFile.test1', ['boolean1', 'byte1', 'short1', 'int1', 'long1', 'string1']],
    ['TestOrcFile.testTimestamp', [ROOT]],
  ];
  for (const [name, columns] of cases) {
    it(`reads ${name} as the ORC project expects`, async () => {
      const want = expected(name, columns);
      const got = await read(name, columns);
      expect(got.length).toBe(want.length);
      expect(got).toEqual(want);
    });
  }
});
