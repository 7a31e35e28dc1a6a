/**
 * The cohort table as CSV: what the Athena query returns (header row, quoted fields) and what
 * `--cohorts FILE` reads back. Rows name their prefix group and size band by value, so a table
 * built for other rules is refused instead of misread.
 */
import { readFile } from 'node:fs/promises';
import { isStorageClass } from '../../model/storage-classes.js';
import { describeIoError } from '../../load/read.js';
import { CohortBuilder, CLASS_INDEX, type Cohort, type CohortTable } from '../cohorts/cohort.js';
import { newFacts } from '../cohorts/records.js';
import type { SelectorMatcher } from '../cohorts/matcher.js';
import { InputError } from '../inventory/errors.js';
import { dayOfIsoText, isoDay } from '../time.js';
import { COHORT_COLUMNS } from './sql.js';

export type CohortRow = Record<(typeof COHORT_COLUMNS)[number], string>;

/** The table lifeguard built, as the rows the SQL returns (for comparison and export). */
export function cohortRows(cohorts: readonly Cohort[], matcher: SelectorMatcher): CohortRow[] {
  return cohorts.map((c) => ({
    prefix_group: matcher.prefixes[Math.floor(c.signature / matcher.sizeBands)]!,
    size_band: String(matcher.sizeBounds[c.signature % matcher.sizeBands]),
    storage_class: c.storageClass,
    created_date: isoDay(c.createdDay),
    is_latest: String(c.current),
    noncurrent_since: c.noncurrentSinceDay === undefined ? '' : isoDay(c.noncurrentSinceDay),
    newer_versions: String(c.newerVersions ?? 0),
    locked_until: c.lockedUntilDay === undefined ? '' : c.lockedUntilDay === Infinity ? 'legal-hold' : isoDay(c.lockedUntilDay),
    head_size_band:
      c.headSignature === undefined ? '' : c.headSignature < 0 ? 'none' : String(matcher.sizeBounds[c.headSignature % matcher.sizeBands]),
    head_created_date: c.headCreatedDay === undefined ? '' : isoDay(c.headCreatedDay),
    overwritten: String(c.overwritten ?? false),
    objects: String(c.objects),
    bytes: String(c.bytes),
  }));
}

export async function readCohortCsv(path: string, display: string, matcher: SelectorMatcher): Promise<CohortTable> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new InputError(`${display}: ${describeIoError(err)}`);
  }
  const lines = text.split(/\r?\n/);
  const header = splitCsv(lines[0] ?? '');
  const at = Object.fromEntries(COHORT_COLUMNS.map((c) => [c, header.indexOf(c)]));
  const missing = COHORT_COLUMNS.filter((c) => at[c]! < 0);
  if (missing.length)
    throw new InputError(
      `${display}:1:1: not a lifeguard cohort table: no column ${missing.join(', ')} (build it with --cohort-sql athena)`,
    );
  const builder = new CohortBuilder();
  const facts = newFacts();
  let rows = 0;
  let versioned = false;
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const f = splitCsv(lines[i]!);
    const get = (c: (typeof COHORT_COLUMNS)[number]) => f[at[c]!] ?? '';
    const bad = (what: string): never => {
      throw new InputError(`${display}:${i + 1}:1: ${what}`);
    };
    const group = matcher.prefixes.indexOf(get('prefix_group'));
    if (group < 0)
      bad(
        `prefix group ${JSON.stringify(get('prefix_group'))} is not a rule prefix of these configurations; the table was built for other rules — run --cohort-sql again`,
      );
    const band = matcher.sizeBounds.indexOf(Number(get('size_band')));
    if (band < 0)
      bad(
        `size band ${get('size_band')} is not a size threshold of these configurations; the table was built for other rules — run --cohort-sql again`,
      );
    const cls = get('storage_class');
    if (!isStorageClass(cls)) bad(`unknown storage class ${JSON.stringify(cls)}`);
    const day = dayOfIsoText(get('created_date'));
    if (!Number.isFinite(day)) bad(`created_date ${JSON.stringify(get('created_date'))} is not a date`);
    const objects = Number(get('objects'));
    const bytes = Number(get('bytes'));
    if (!Number.isFinite(objects) || !Number.isFinite(bytes)) bad('objects and bytes must be numbers');
    const current = get('is_latest') !== 'false';
    if (!current) versioned = true;
    const lock = get('locked_until');
    facts.signature = matcher.signature(group, band);
    facts.classIndex = CLASS_INDEX[cls]!;
    facts.createdDay = day;
    facts.current = current;
    facts.noncurrentSinceDay = current ? 0 : dayOfIsoText(get('noncurrent_since'));
    facts.newerVersions = current ? 0 : Number(get('newer_versions')) || 0;
    facts.lockedUntilDay = lock === '' ? 0 : lock === 'legal-hold' ? Infinity : dayOfIsoText(lock);
    facts.overwritten = current && get('overwritten') === 'true';
    if (!current) {
      const headBand = get('head_size_band');
      const hb = headBand === 'none' || headBand === '' ? -1 : matcher.sizeBounds.indexOf(Number(headBand));
      if (headBand !== 'none' && headBand !== '' && hb < 0)
        bad(
          `head size band ${headBand} is not a size threshold of these configurations; the table was built for other rules — run --cohort-sql again`,
        );
      facts.headSignature = hb < 0 ? -1 : matcher.signature(group, hb);
      facts.headCreatedDay = get('head_created_date') === '' ? facts.noncurrentSinceDay : dayOfIsoText(get('head_created_date'));
    }
    builder.addCounts(facts, objects, bytes);
    rows++;
  }
  return { cohorts: builder.cohorts(), versioned, rows, skippedRows: 0, notes: [] };
}

/** One CSV line: quoted fields with "" for a quote (what Athena writes), or plain fields. */
export function splitCsv(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) {
          v += line.slice(i);
          i = line.length;
          break;
        }
        v += line.slice(i, q);
        if (line[q + 1] === '"') {
          v += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(v);
      i++; // the comma
    } else {
      const c = line.indexOf(',', i);
      const end = c < 0 ? line.length : c;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}
