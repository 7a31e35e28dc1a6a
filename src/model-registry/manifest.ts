/**
 * A model registry's export of what it still references, as lifeguard reads it: JSON or YAML (a
 * list, or `{artifacts: [...]}`), or CSV with a header (`uri` or `key` column, optional `model`,
 * `version`, `stage`, `kind`). Entries become References with explicit key/prefix meaning; entries
 * that cannot be read unambiguously become findings, never guesses.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import type { SourceDocument } from '../load/document.js';
import { joinPointer } from '../load/pointer.js';
import { isObj } from '../model/values.js';

export interface RawEntry {
  /** s3:// URI, key or prefix, as written. */
  value: string;
  kind?: string;
  model?: string;
  version?: string;
  stage?: string;
  /** The object version the registry pins (a `versionId` field or column). */
  versionId?: string;
  /** JSON pointer (JSON/YAML) of the entry. */
  pointer: string;
  /** 1-based line for CSV entries. */
  line?: number;
}

export function entriesFromDocument(doc: SourceDocument): { entries: RawEntry[]; problems: Array<{ pointer: string; message: string }> } {
  const entries: RawEntry[] = [];
  const problems: Array<{ pointer: string; message: string }> = [];
  const data = doc.data;
  const list = Array.isArray(data) ? data : isObj(data) && Array.isArray(data.artifacts) ? data.artifacts : undefined;
  const base = Array.isArray(data) ? '' : '/artifacts';
  if (!list) {
    problems.push({ pointer: '', message: 'a registry manifest is a list of artifacts, or a mapping with an "artifacts" list' });
    return { entries, problems };
  }
  list.forEach((item, i) => {
    const pointer = joinPointer(base, i);
    if (typeof item === 'string') entries.push({ value: item, pointer });
    else if (isObj(item)) {
      const value = [item.uri, item.key, item.prefix, item.path].find((v) => typeof v === 'string') as string | undefined;
      if (value === undefined) {
        problems.push({ pointer, message: 'an artifact needs one of "uri", "key", "prefix" or "path"' });
        return;
      }
      const kind =
        typeof item.prefix === 'string'
          ? 'prefix'
          : typeof item.key === 'string' && item.kind === undefined
            ? 'key'
            : (item.kind as string | undefined);
      const versionId = str(item.versionId) ?? str(item.version_id);
      entries.push({
        value,
        kind,
        model: str(item.model),
        version: str(item.version),
        stage: str(item.stage),
        ...(versionId ? { versionId } : {}),
        pointer,
      });
    } else problems.push({ pointer, message: 'an artifact is an s3:// URI, a key, or a mapping with "uri"' });
  });
  return { entries, problems };
}

export function entriesFromCsv(text: string): { entries: RawEntry[]; problems: Array<{ line: number; message: string }> } {
  let rows: Array<{ line: number; cells: string[] }>;
  try {
    const records = parseCsv(text, { info: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as Array<{
      record: string[];
      info: { lines: number };
    }>;
    rows = records.map((r) => ({ line: r.info.lines, cells: r.record }));
  } catch (err) {
    const e = err as { lines?: number; message: string };
    return {
      entries: [],
      problems: [{ line: e.lines ?? 1, message: `the CSV cannot be read: ${e.message.replace(/^Invalid[^:]*: /, '')}` }],
    };
  }
  const problems: Array<{ line: number; message: string }> = [];
  const header = rows[0]?.cells.map((h) => h.trim().toLowerCase()) ?? [];
  const col = (name: string) => header.indexOf(name);
  const valueCol = ['uri', 'key', 'prefix', 'path'].map(col).find((c) => c >= 0);
  if (valueCol === undefined) {
    return { entries: [], problems: [{ line: 1, message: 'the CSV header needs a "uri", "key", "prefix" or "path" column' }] };
  }
  const entries: RawEntry[] = [];
  for (const row of rows.slice(1)) {
    const cell = (name: string) => {
      const c = col(name);
      return c >= 0 ? row.cells[c]?.trim() || undefined : undefined;
    };
    // The key as written: spaces at either end may be part of it (toReference protects both readings).
    const value = row.cells[valueCol];
    if (!value) {
      if (row.cells.some((c) => c.trim())) problems.push({ line: row.line, message: 'the row has no artifact URI or key' });
      continue;
    }
    const kind = header[valueCol] === 'prefix' ? 'prefix' : cell('kind');
    const versionId = cell('versionid') ?? cell('version_id');
    entries.push({
      value,
      kind,
      model: cell('model'),
      version: cell('version'),
      stage: cell('stage'),
      ...(versionId ? { versionId } : {}),
      pointer: '',
      line: row.line,
    });
  }
  return { entries, problems };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
