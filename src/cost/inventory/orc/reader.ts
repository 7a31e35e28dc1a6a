/**
 * A reader for the part of Apache ORC that S3 Inventory writes (ADR 0171): a struct of string,
 * bigint, boolean and timestamp columns (int, short and byte too), compressed with ZLIB, Snappy,
 * zstd or not at all, in RLE version 1 or 2, direct or dictionary strings. Stripe by stripe, only
 * the columns asked for; anything else (other types, LZ4, LZO) is refused with a sentence.
 * Checked against the Apache ORC project's example files and their expected output.
 */
import { inflateRawSync, zstdDecompressSync } from 'node:zlib';
import type { AsyncBuffer } from 'hyparquet';
import { footer, postScript, stripeFooter, type Footer, type StripeFooter } from './protobuf.js';
import { booleanRle, ByteStream, byteRle, intRleV1, intRleV2 } from './rle.js';

export type OrcValue = string | number | boolean | null;

/** Type kinds (orc_proto.proto Type.Kind) this reader decodes. */
const BOOLEAN = 0;
const BYTE = 1;
const SHORT = 2;
const INT = 3;
const LONG = 4;
const STRING = 7;
const TIMESTAMP = 9;
const STRUCT = 12;
const VARCHAR = 16;
const CHAR = 17;
const TIMESTAMP_INSTANT = 18;
const COMPRESSION = ['NONE', 'ZLIB', 'SNAPPY', 'LZO', 'LZ4', 'ZSTD'];
/** Stream kinds. */
const PRESENT = 0;
const DATA = 1;
const LENGTH = 2;
const DICTIONARY_DATA = 3;
const SECONDARY = 5;
/** ORC timestamps count from 2015-01-01 00:00:00. */
const ORC_EPOCH_S = Date.UTC(2015, 0, 1) / 1000;
export const ROOT = '_root';

export class OrcError extends Error {}

export interface OrcFile {
  footer: Footer;
  /** Top-level column names, in file order. */
  columns: string[];
  compression: number;
  blockSize: number;
}

const toBytes = async (b: ArrayBuffer | Promise<ArrayBuffer>) => new Uint8Array(await b);

export async function openOrc(file: AsyncBuffer): Promise<OrcFile> {
  const size = file.byteLength;
  if (size < 4) throw new OrcError('too short to be an ORC file');
  const tailLength = Math.min(size, 256 * 1024);
  const tail = await toBytes(file.slice(size - tailLength, size));
  const psLength = tail[tail.length - 1]!;
  const ps = postScript(tail.subarray(tail.length - 1 - psLength, tail.length - 1));
  if (ps.magic !== 'ORC') throw new OrcError('no ORC magic in the postscript');
  if (!COMPRESSION[ps.compression] || ps.compression === 3 || ps.compression === 4)
    throw new OrcError(`compression ${COMPRESSION[ps.compression] ?? ps.compression} is not supported (ZLIB, Snappy, zstd and none are)`);
  const footerEnd = size - 1 - psLength;
  const footerBytes =
    footerEnd - ps.footerLength >= size - tailLength
      ? tail.subarray(tail.length - 1 - psLength - ps.footerLength, tail.length - 1 - psLength)
      : await toBytes(file.slice(footerEnd - ps.footerLength, footerEnd));
  const f = footer(await decompress(footerBytes, ps.compression));
  const root = f.types[0];
  if (!root) throw new OrcError('the footer has no types');
  // A file of one unnamed column (not a struct) names it "_root".
  return { footer: f, columns: root.kind === STRUCT ? root.fieldNames : [ROOT], compression: ps.compression, blockSize: ps.blockSize };
}

/** Decompresses a stream: chunks with a 3-byte header (length × 2 + "stored as is"). */
async function decompress(buf: Uint8Array, kind: number): Promise<Uint8Array> {
  if (kind === 0) return buf;
  const parts: Uint8Array[] = [];
  let pos = 0;
  while (pos + 3 <= buf.length) {
    const header = buf[pos]! | (buf[pos + 1]! << 8) | (buf[pos + 2]! << 16);
    const length = header >>> 1;
    const chunk = buf.subarray(pos + 3, pos + 3 + length);
    pos += 3 + length;
    if (header & 1) parts.push(chunk);
    else if (kind === 1) parts.push(inflateRawSync(chunk));
    else if (kind === 5) parts.push(zstdDecompressSync(chunk));
    else {
      const { snappyUncompress } = await import('hyparquet');
      let n = 0;
      for (let i = 0, shift = 0; ; i++, shift += 7) {
        n += (chunk[i]! & 0x7f) * 2 ** shift;
        if (chunk[i]! < 0x80) break;
      }
      const out = new Uint8Array(n);
      snappyUncompress(chunk, out);
      parts.push(out);
    }
  }
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Each stripe's rows as columns: `want` names top-level columns; absent ones are left out.
 * Timestamps are milliseconds since 1970 UTC (the writer's time zone applied); their nanoseconds
 * are kept in `nanos`.
 */
export async function* orcStripes(
  file: AsyncBuffer,
  orc: OrcFile,
  want: readonly string[],
): AsyncGenerator<{ rows: number; columns: Map<string, OrcValue[]>; nanos: Map<string, number[]>; writerTimezone: string }> {
  const root = orc.footer.types[0]!;
  const idOf = (name: string) => (root.kind === STRUCT ? root.subtypes[root.fieldNames.indexOf(name)] : name === ROOT ? 0 : undefined);
  const picked = want.map((name) => ({ name, id: idOf(name) })).filter((c): c is { name: string; id: number } => c.id !== undefined);
  for (const s of orc.footer.stripes) {
    const bytes = await toBytes(file.slice(s.offset, s.offset + s.indexLength + s.dataLength + s.footerLength));
    const sf = stripeFooter(await decompress(bytes.subarray(s.indexLength + s.dataLength), orc.compression));
    const streams = new Map<string, Uint8Array>();
    let at = 0;
    for (const st of sf.streams) {
      streams.set(`${st.column}:${st.kind}`, bytes.subarray(at, at + st.length));
      at += st.length;
    }
    const columns = new Map<string, OrcValue[]>();
    const nanos = new Map<string, number[]>();
    for (const c of picked) {
      const col = await decodeColumn(orc, sf, streams, c.id, s.rows);
      columns.set(c.name, col.values);
      if (col.nanos) nanos.set(c.name, col.nanos);
    }
    yield { rows: s.rows, columns, nanos, writerTimezone: sf.writerTimezone };
  }
}

async function decodeColumn(
  orc: OrcFile,
  sf: StripeFooter,
  streams: Map<string, Uint8Array>,
  id: number,
  rows: number,
): Promise<{ values: OrcValue[]; nanos?: number[] }> {
  const type = orc.footer.types[id]!;
  const stream = async (kind: number) => {
    const raw = streams.get(`${id}:${kind}`);
    return raw ? new ByteStream(await decompress(raw, orc.compression)) : undefined;
  };
  const present = await stream(PRESENT);
  const mask = present ? booleanRle(present, rows) : undefined;
  const count = mask ? mask.reduce((a, b) => a + b, 0) : rows;
  const encoding = sf.encodings[id]?.kind ?? 0;
  const v2 = encoding >= 2;
  const ints = async (kind: number, n: number, signed: boolean) => {
    const s = await stream(kind);
    if (!s) throw new OrcError(`column ${id} has no ${kind === LENGTH ? 'LENGTH' : 'DATA'} stream`);
    return v2 ? intRleV2(s, n, signed) : intRleV1(s, n, signed);
  };
  let dense: OrcValue[];
  let nanos: number[] | undefined;
  switch (type.kind) {
    case BOOLEAN:
      dense = [...booleanRle((await stream(DATA))!, count)].map((b) => b === 1);
      break;
    case BYTE:
      dense = [...byteRle((await stream(DATA))!, count)].map((b) => (b < 128 ? b : b - 256));
      break;
    case SHORT:
    case INT:
    case LONG:
      dense = await ints(DATA, count, true);
      break;
    case STRING:
    case VARCHAR:
    case CHAR:
      dense = await strings(encoding, count, sf.encodings[id]?.dictionarySize ?? 0, stream, ints);
      break;
    case TIMESTAMP:
    case TIMESTAMP_INSTANT: {
      const secs = await ints(DATA, count, true);
      const ns = await ints(SECONDARY, count, false);
      nanos = ns.map((v) => {
        const zeros = v & 7;
        return zeros === 0 ? Math.floor(v / 8) : Math.floor(v / 8) * 10 ** (zeros + 1);
      });
      // Seconds count from 2015-01-01 00:00:00 in the writer's time zone (UTC when it names none).
      const epochMs = ORC_EPOCH_S * 1000 - zoneOffsetMs(sf.writerTimezone, ORC_EPOCH_S * 1000);
      dense = secs.map((sec, i) => epochMs + sec * 1000 + Math.floor(nanos![i]! / 1e6));
      break;
    }
    default:
      throw new OrcError(`column ${id} has a type (kind ${type.kind}) this reader does not decode`);
  }
  if (!mask) return { values: dense, nanos };
  const values: OrcValue[] = new Array(rows);
  const fullNanos = nanos ? new Array<number>(rows).fill(0) : undefined;
  for (let i = 0, j = 0; i < rows; i++) {
    if (mask[i]) {
      values[i] = dense[j]!;
      if (fullNanos) fullNanos[i] = nanos![j]!;
      j++;
    } else values[i] = null;
  }
  return { values, nanos: fullNanos };
}

const utf8 = new TextDecoder();
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** How far the wall clock of a time zone is ahead of UTC at an instant (0 for UTC or none). */
export function zoneOffsetMs(zone: string, instantMs: number): number {
  if (!zone || zone === 'UTC' || zone === 'GMT') return 0;
  let f = zoneFormats.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new OrcError(`the writer's time zone ${JSON.stringify(zone)} is not known`);
    }
    zoneFormats.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(instantMs)).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(instantMs / 1000) * 1000;
}

async function strings(
  encoding: number,
  count: number,
  dictionarySize: number,
  stream: (kind: number) => Promise<ByteStream | undefined>,
  ints: (kind: number, n: number, signed: boolean) => Promise<number[]>,
): Promise<string[]> {
  const dictionary = encoding === 1 || encoding === 3;
  const lengths = await ints(LENGTH, dictionary ? dictionarySize : count, false);
  const data = await stream(dictionary ? DICTIONARY_DATA : DATA);
  const bytes = data?.buf ?? new Uint8Array(0);
  const words: string[] = [];
  let at = 0;
  for (const n of lengths) {
    words.push(utf8.decode(bytes.subarray(at, at + n)));
    at += n;
  }
  if (!dictionary) return words;
  return (await ints(DATA, count, false)).map((i) => words[i]!);
}
