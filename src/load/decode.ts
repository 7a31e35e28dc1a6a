/**
 * Bytes to text, refusing what is not a UTF-8 text file. Every refusal names a position so the
 * user can find the offending byte.
 */
import { BINARY_SNIFF_BYTES } from './limits.js';

export interface DecodeProblem {
  message: string;
  line: number;
  column: number;
}

export type Decoded = { ok: true; text: string } | { ok: false; problem: DecodeProblem };

export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return fail('the file is UTF-16 encoded; save it as UTF-8', 0, bytes);
  }
  const sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < sniff; i++) {
    if (bytes[i] === 0) return fail('the file is binary (it contains a NUL byte), not JSON or YAML', i, bytes);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return fail('the file is not valid UTF-8', firstInvalidUtf8(bytes), bytes);
  }
}

function fail(message: string, offset: number, bytes: Uint8Array): Decoded {
  const { line, column } = bytePosition(bytes, offset);
  return { ok: false, problem: { message: `${message} (byte ${offset + 1})`, line, column } };
}

/** 1-based line and column of a byte offset, counting columns in bytes (the text is undecodable). */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629), for the error position only. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
