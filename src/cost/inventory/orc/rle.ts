/**
 * ORC's run-length encodings (ORC specification v1, "Run Length Encoding"): byte RLE, boolean RLE,
 * integer RLE version 1 and version 2 (short repeat, direct, patched base, delta). Values are
 * JavaScript numbers: exact up to 2^53, which covers object sizes, counts and times.
 */

export class ByteStream {
  pos = 0;
  constructor(readonly buf: Uint8Array) {}

  byte(): number {
    if (this.pos >= this.buf.length) throw new Error('a stream ends early');
    return this.buf[this.pos++]!;
  }

  more(): boolean {
    return this.pos < this.buf.length;
  }

  uvarint(): number {
    let result = 0;
    let mul = 1;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
  }
}

export const unzigzag = (n: number): number => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);

/** Byte RLE: runs of 3–130 copies, or 1–128 literal bytes. */
export function byteRle(s: ByteStream, count: number): Uint8Array {
  const out = new Uint8Array(count);
  let i = 0;
  while (i < count) {
    const c = s.byte();
    if (c < 128) {
      const v = s.byte();
      for (let n = c + 3; n > 0 && i < count; n--) out[i++] = v;
    } else for (let n = 256 - c; n > 0 && i < count; n--) out[i++] = s.byte();
  }
  return out;
}

/** Boolean RLE: byte RLE of bit-packed values, most significant bit first. */
export function booleanRle(s: ByteStream, count: number): Uint8Array {
  const bytes = byteRle(s, Math.ceil(count / 8));
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) out[i] = (bytes[i >> 3]! >> (7 - (i & 7))) & 1;
  return out;
}

/** Integer RLE version 1 (DIRECT and DICTIONARY column encodings). */
export function intRleV1(s: ByteStream, count: number, signed: boolean): number[] {
  const out: number[] = [];
  const read = () => (signed ? unzigzag(s.uvarint()) : s.uvarint());
  while (out.length < count) {
    const c = s.byte();
    if (c < 128) {
      const delta = s.byte();
      const d = delta < 128 ? delta : delta - 256;
      const base = read();
      for (let n = 0; n < c + 3; n++) out.push(base + n * d);
    } else for (let n = 256 - c; n > 0; n--) out.push(read());
  }
  return out.slice(0, count);
}

const WIDTHS = [26, 28, 30, 32, 40, 48, 56, 64];
const decodeWidth = (n: number): number => (n < 24 ? n + 1 : WIDTHS[n - 24]!);
const closestFixed = (n: number): number =>
  n <= 24 ? Math.max(1, n) : n <= 26 ? 26 : n <= 28 ? 28 : n <= 30 ? 30 : n <= 32 ? 32 : n <= 40 ? 40 : n <= 48 ? 48 : n <= 56 ? 56 : 64;

/** `n` values of `width` bits, big-endian bit order, starting on a byte boundary. */
function unpack(s: ByteStream, width: number, n: number, out: number[]): void {
  let bits = 0;
  let left = 0;
  for (let i = 0; i < n; i++) {
    let v = 0;
    let need = width;
    while (need > 0) {
      if (left === 0) {
        bits = s.byte();
        left = 8;
      }
      const take = Math.min(need, left);
      v = v * 2 ** take + ((bits >> (left - take)) & ((1 << take) - 1));
      left -= take;
      need -= take;
    }
    out.push(v);
  }
}

function bigEndian(s: ByteStream, bytes: number): number {
  let v = 0;
  for (let i = 0; i < bytes; i++) v = v * 256 + s.byte();
  return v;
}

/** Integer RLE version 2 (DIRECT_V2 and DICTIONARY_V2 column encodings). */
export function intRleV2(s: ByteStream, count: number, signed: boolean): number[] {
  const out: number[] = [];
  const sign = (v: number) => (signed ? unzigzag(v) : v);
  while (out.length < count) {
    const b0 = s.byte();
    const kind = b0 >> 6;
    if (kind === 0) {
      // Short repeat.
      const v = sign(bigEndian(s, ((b0 >> 3) & 7) + 1));
      for (let n = (b0 & 7) + 3; n > 0; n--) out.push(v);
    } else if (kind === 1) {
      // Direct.
      const width = decodeWidth((b0 >> 1) & 0x1f);
      const length = (((b0 & 1) << 8) | s.byte()) + 1;
      const vals: number[] = [];
      unpack(s, width, length, vals);
      for (const v of vals) out.push(sign(v));
    } else if (kind === 2) {
      // Patched base.
      const width = decodeWidth((b0 >> 1) & 0x1f);
      const length = (((b0 & 1) << 8) | s.byte()) + 1;
      const b2 = s.byte();
      const baseBytes = ((b2 >> 5) & 7) + 1;
      const patchWidth = decodeWidth(b2 & 0x1f);
      const b3 = s.byte();
      const gapWidth = ((b3 >> 5) & 7) + 1;
      const patches = b3 & 0x1f;
      let base = bigEndian(s, baseBytes);
      const msb = 2 ** (baseBytes * 8 - 1);
      if (base >= msb) base = -(base - msb);
      const vals: number[] = [];
      unpack(s, width, length, vals);
      const list: number[] = [];
      unpack(s, closestFixed(patchWidth + gapWidth), patches, list);
      let at = 0;
      for (const p of list) {
        const gap = Math.floor(p / 2 ** patchWidth);
        const patch = p % 2 ** patchWidth;
        at += gap;
        vals[at] = vals[at]! + patch * 2 ** width;
      }
      for (const v of vals) out.push(base + v);
    } else {
      // Delta.
      const fbo = (b0 >> 1) & 0x1f;
      const width = fbo === 0 ? 0 : decodeWidth(fbo);
      const length = (((b0 & 1) << 8) | s.byte()) + 1;
      let v = sign(s.uvarint());
      const delta = unzigzag(s.uvarint());
      out.push(v);
      if (length > 1) out.push((v += delta));
      if (width === 0) for (let n = 2; n < length; n++) out.push((v += delta));
      else {
        const ds: number[] = [];
        unpack(s, width, length - 2, ds);
        for (const d of ds) out.push((v += delta < 0 ? -d : d));
      }
    }
  }
  return out.slice(0, count);
}
