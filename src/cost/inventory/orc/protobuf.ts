/**
 * The few Protocol Buffers messages of an ORC file's tail and stripe footers (ADR 0171), read by
 * field number: PostScript, Footer, StripeInformation, Type, StripeFooter, Stream, ColumnEncoding
 * (apache/orc-format orc_proto.proto). Unknown fields are skipped, as protobuf readers do.
 */

export class ProtoReader {
  pos: number;
  constructor(
    readonly buf: Uint8Array,
    start = 0,
    readonly end = buf.length,
  ) {
    this.pos = start;
  }

  more(): boolean {
    return this.pos < this.end;
  }

  varint(): number {
    let result = 0;
    let mul = 1;
    for (;;) {
      if (this.pos >= this.end) throw new Error('truncated varint');
      const b = this.buf[this.pos++]!;
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
  }

  /** Next field: its number and wire type. */
  tag(): { field: number; wire: number } {
    const t = this.varint();
    return { field: Math.floor(t / 8), wire: t & 7 };
  }

  bytes(): Uint8Array {
    const n = this.varint();
    if (this.pos + n > this.end) throw new Error('truncated field');
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) this.bytes();
    else if (wire === 5) this.pos += 4;
    else throw new Error(`unsupported protobuf wire type ${wire}`);
  }
}

/** Calls `on(field, reader, wire)` for every field of the message; `on` must consume the value or return false. */
export function fields(buf: Uint8Array, on: (field: number, r: ProtoReader, wire: number) => boolean): void {
  const r = new ProtoReader(buf);
  while (r.more()) {
    const { field, wire } = r.tag();
    if (!on(field, r, wire)) r.skip(wire);
  }
}

/** A repeated uint32, packed or not. */
export function readUints(r: ProtoReader, wire: number, into: number[]): void {
  if (wire !== 2) {
    into.push(r.varint());
    return;
  }
  const n = r.varint();
  const inner = new ProtoReader(r.buf, r.pos, r.pos + n);
  while (inner.more()) into.push(inner.varint());
  r.pos = inner.end;
}

const text = new TextDecoder();

export interface PostScript {
  footerLength: number;
  compression: number;
  blockSize: number;
  metadataLength: number;
  magic: string;
}

export function postScript(buf: Uint8Array): PostScript {
  const ps: PostScript = { footerLength: 0, compression: 0, blockSize: 256 * 1024, metadataLength: 0, magic: '' };
  fields(buf, (f, r) => {
    if (f === 1) ps.footerLength = r.varint();
    else if (f === 2) ps.compression = r.varint();
    else if (f === 3) ps.blockSize = r.varint();
    else if (f === 5) ps.metadataLength = r.varint();
    else if (f === 8000) ps.magic = text.decode(r.bytes());
    else return false;
    return true;
  });
  return ps;
}

export interface Stripe {
  offset: number;
  indexLength: number;
  dataLength: number;
  footerLength: number;
  rows: number;
}

export interface OrcType {
  kind: number;
  subtypes: number[];
  fieldNames: string[];
}

export interface Footer {
  stripes: Stripe[];
  types: OrcType[];
  rows: number;
}

export function footer(buf: Uint8Array): Footer {
  const out: Footer = { stripes: [], types: [], rows: 0 };
  fields(buf, (f, r) => {
    if (f === 3) {
      const s: Stripe = { offset: 0, indexLength: 0, dataLength: 0, footerLength: 0, rows: 0 };
      fields(r.bytes(), (g, q) => {
        const v = [0, 'offset', 'indexLength', 'dataLength', 'footerLength', 'rows'][g] as keyof Stripe | undefined;
        if (!v || typeof v !== 'string') return false;
        s[v] = q.varint();
        return true;
      });
      out.stripes.push(s);
    } else if (f === 4) {
      const t: OrcType = { kind: 0, subtypes: [], fieldNames: [] };
      fields(r.bytes(), (g, q, w) => {
        if (g === 1) t.kind = q.varint();
        else if (g === 2) readUints(q, w, t.subtypes);
        else if (g === 3) t.fieldNames.push(text.decode(q.bytes()));
        else return false;
        return true;
      });
      out.types.push(t);
    } else if (f === 6) out.rows = r.varint();
    else return false;
    return true;
  });
  return out;
}

export interface StripeFooter {
  streams: Array<{ kind: number; column: number; length: number }>;
  encodings: Array<{ kind: number; dictionarySize: number }>;
  writerTimezone: string;
}

export function stripeFooter(buf: Uint8Array): StripeFooter {
  const out: StripeFooter = { streams: [], encodings: [], writerTimezone: '' };
  fields(buf, (f, r) => {
    if (f === 1) {
      const s = { kind: 0, column: 0, length: 0 };
      fields(r.bytes(), (g, q) => {
        if (g === 1) s.kind = q.varint();
        else if (g === 2) s.column = q.varint();
        else if (g === 3) s.length = q.varint();
        else return false;
        return true;
      });
      out.streams.push(s);
    } else if (f === 2) {
      const e = { kind: 0, dictionarySize: 0 };
      fields(r.bytes(), (g, q) => {
        if (g === 1) e.kind = q.varint();
        else if (g === 2) e.dictionarySize = q.varint();
        else return false;
        return true;
      });
      out.encodings.push(e);
    } else if (f === 3) out.writerTimezone = text.decode(r.bytes());
    else return false;
    return true;
  });
  return out;
}
