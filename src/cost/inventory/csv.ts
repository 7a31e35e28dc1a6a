/**
 * S3 Inventory CSV, parsed byte by byte on the hot path (ADR 0080): lines are found with the native
 * indexOf, fields with a small loop, and only the columns the projection needs are decoded. Keys
 * are compared as bytes against the rule prefixes; only keys with URL escapes ("%", "+") become
 * strings. S3 Inventory quotes every field and URL-encodes keys, so a field holds no quote.
 */
import type { Readable } from 'node:stream';
import { STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';
import { daysFromCivil, dayOf } from '../time.js';
import type { CohortBuilder } from '../cohorts/cohort.js';
import type { SelectorMatcher } from '../cohorts/matcher.js';
import { newFacts, VersionTracker } from '../cohorts/records.js';
import { InputError } from './errors.js';

export interface CsvLayout {
  key: number;
  size: number;
  lastModified: number;
  storageClass: number;
  isLatest: number;
  isDeleteMarker: number;
  lockUntil: number;
  legalHold: number;
}

export function csvLayout(columns: readonly string[]): CsvLayout {
  const at = (name: string) => columns.indexOf(name);
  return {
    key: at('key'),
    size: at('size'),
    lastModified: at('last_modified_date'),
    storageClass: at('storage_class'),
    isLatest: at('is_latest'),
    isDeleteMarker: at('is_delete_marker'),
    lockUntil: at('object_lock_retain_until_date'),
    legalHold: at('object_lock_legal_hold_status'),
  };
}

export interface CsvFoldState {
  matcher: SelectorMatcher;
  builder: CohortBuilder;
  rankCap: number;
  versioned: boolean;
  /** Storage classes the simulator does not know (e.g. EXPRESS_ONEZONE): rows skipped. */
  unknownClasses: Map<string, number>;
  bytesIn: number;
  /** Shared by all data files: a key's versions may continue in the next file. */
  versions: VersionTracker;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const CLASS_BY_LENGTH: Array<Array<{ bytes: Buffer; index: number }> | undefined> = [];
STORAGE_CLASS_NAMES.forEach((n, index) => (CLASS_BY_LENGTH[n.length] ??= []).push({ bytes: Buffer.from(n), index }));

export async function foldCsv(stream: Readable, layout: CsvLayout, state: CsvFoldState, file: string): Promise<void> {
  const parser = new LineParser(layout, state, file);
  let carry: Buffer | undefined;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    state.bytesIn += chunk.length;
    let start = 0;
    if (carry) {
      const nl = chunk.indexOf(LF);
      if (nl < 0) {
        carry = Buffer.concat([carry, chunk]);
        continue;
      }
      const joined = Buffer.concat([carry, chunk.subarray(0, nl + 1)]);
      parser.lines(joined, 0, joined.length);
      start = nl + 1;
      carry = undefined;
    }
    const last = chunk.lastIndexOf(LF);
    if (last < start) {
      carry = chunk.subarray(start);
      continue;
    }
    parser.lines(chunk, start, last + 1);
    if (last + 1 < chunk.length) carry = chunk.subarray(last + 1);
  }
  if (carry && carry.length) parser.lines(carry, 0, carry.length);
}

class LineParser {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly maxCol: number;
  private readonly facts = newFacts();
  private readonly byteMatch: boolean;
  private lastYmd = -1;
  private lastDay = 0;
  private line = 0;

  constructor(
    private readonly l: CsvLayout,
    private readonly s: CsvFoldState,
    private readonly file: string,
  ) {
    this.maxCol = Math.max(l.key, l.size, l.lastModified, l.storageClass, l.isLatest, l.isDeleteMarker, l.lockUntil, l.legalHold);
    this.starts = new Int32Array(this.maxCol + 1);
    this.ends = new Int32Array(this.maxCol + 1);
    this.byteMatch = s.matcher.prefixes.length > 1;
  }

  lines(buf: Buffer, from: number, to: number): void {
    let pos = from;
    while (pos < to) {
      let nl = buf.indexOf(LF, pos);
      if (nl < 0 || nl >= to) nl = to;
      let end = nl;
      if (end > pos && buf[end - 1] === CR) end--;
      this.line++;
      if (end > pos) this.row(buf, pos, end);
      pos = nl + 1;
    }
  }

  private row(buf: Buffer, pos: number, end: number): void {
    const { starts, ends, maxCol } = this;
    let col = 0;
    while (col <= maxCol) {
      if (pos > end) throw this.bad(`has ${col} fields; the manifest's fileSchema names more`);
      if (buf[pos] === QUOTE) {
        let q = pos + 1;
        while (q < end && buf[q] !== QUOTE) q++;
        if (q >= end) throw this.bad('has a quoted field with no closing quote');
        starts[col] = pos + 1;
        ends[col] = q;
        pos = q + 2;
      } else {
        let c = pos;
        while (c < end && buf[c] !== COMMA) c++;
        starts[col] = pos;
        ends[col] = c;
        pos = c + 1;
      }
      col++;
    }
    const l = this.l;
    const o = this.facts;
    const ks = starts[l.key]!;
    const ke = ends[l.key]!;
    let deleteMarker = false;
    if (l.isLatest >= 0) {
      this.s.versioned = true;
      deleteMarker = l.isDeleteMarker >= 0 && buf[starts[l.isDeleteMarker]!] === 0x74; // "true"
      const latest = buf[starts[l.isLatest]!] === 0x74;
      this.s.versions.track(o, decodeKey(buf, ks, ke), latest, deleteMarker, this.day(buf, starts[l.lastModified]!, ends[l.lastModified]!), this.s.rankCap);
    }
    if (deleteMarker) {
      this.s.builder.skip();
      return;
    }
    const cls = this.storageClass(buf, starts[l.storageClass]!, ends[l.storageClass]!);
    if (cls < 0) {
      this.s.builder.skip();
      return;
    }
    let size = 0;
    for (let i = starts[l.size]!, e = ends[l.size]!; i < e; i++) {
      const d = buf[i]! - 48;
      if (d < 0 || d > 9) throw this.bad(`has a Size that is not a whole number of bytes`);
      size = size * 10 + d;
    }
    let group = 0;
    if (this.byteMatch) {
      // An escape ("%", "+") after the longest rule prefix cannot change which prefixes match.
      let escaped = false;
      for (let i = ks, stop = Math.min(ke, ks + this.s.matcher.longestPrefixBytes); i < stop; i++) {
        const b = buf[i];
        if (b === 0x25 || b === 0x2b) {
          escaped = true;
          break;
        }
      }
      group = escaped ? this.s.matcher.prefixGroupOfString(decodeKey(buf, ks, ke)) : this.s.matcher.prefixGroupOfBytes(buf, ks, ke);
    }
    o.size = size;
    o.classIndex = cls;
    o.createdDay = this.day(buf, starts[l.lastModified]!, ends[l.lastModified]!);
    o.signature = this.s.matcher.signature(group, this.s.matcher.sizeBand(size));
    o.lockedUntilDay = 0;
    if (l.legalHold >= 0 && ends[l.legalHold]! - starts[l.legalHold]! === 2 && buf[starts[l.legalHold]! + 1] === 0x4e) o.lockedUntilDay = Infinity; // "ON"
    else if (l.lockUntil >= 0 && ends[l.lockUntil]! > starts[l.lockUntil]!) {
      const until = Date.parse(buf.toString('latin1', starts[l.lockUntil]!, ends[l.lockUntil]!));
      if (!Number.isFinite(until)) throw this.bad('has an ObjectLockRetainUntilDate that is not a date');
      o.lockedUntilDay = dayOf(until - 1);
    }
    if (l.isLatest < 0) o.current = true;
    this.s.builder.add(o);
  }

  /** "YYYY-MM-DDThh:mm:ss.sssZ" → UTC day; consecutive rows mostly share a date. */
  private day(buf: Buffer, s: number, e: number): number {
    if (e - s < 10) throw this.bad('has a LastModifiedDate that is not an ISO 8601 date');
    const y = digits(buf, s, 4);
    const m = digits(buf, s + 5, 2);
    const d = digits(buf, s + 8, 2);
    if (y < 0 || m < 1 || d < 1) throw this.bad('has a LastModifiedDate that is not an ISO 8601 date');
    const ymd = y * 10000 + m * 100 + d;
    if (ymd !== this.lastYmd) {
      this.lastYmd = ymd;
      this.lastDay = daysFromCivil(y, m, d);
    }
    return this.lastDay;
  }

  private storageClass(buf: Buffer, s: number, e: number): number {
    const len = e - s;
    // Names are told apart by length and first byte (ONEZONE_IA and GLACIER_IR share a length).
    const candidates = CLASS_BY_LENGTH[len];
    if (candidates) {
      for (const c of candidates) {
        if (buf[s] !== c.bytes[0]) continue;
        let i = 1;
        while (i < len && buf[s + i] === c.bytes[i]) i++;
        if (i === len) return c.index;
      }
    }
    const name = buf.toString('latin1', s, e);
    this.s.unknownClasses.set(name, (this.s.unknownClasses.get(name) ?? 0) + 1);
    return -1;
  }

  private bad(what: string): InputError {
    return new InputError(`${this.file}:${this.line}: the inventory row ${what}`);
  }
}

function digits(buf: Buffer, s: number, n: number): number {
  let v = 0;
  for (let i = s; i < s + n; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Inventory keys are URL-encoded with "+" for a space. */
export function decodeKey(buf: Buffer, s: number, e: number): string {
  const raw = buf.toString('latin1', s, e);
  if (!raw.includes('%') && !raw.includes('+')) return raw;
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}
