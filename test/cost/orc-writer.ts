/**
 * A minimal ORC writer for test fixtures shaped like S3 Inventory (no writer is on npm or in Debian):
 * one stripe, no compression, RLE v2 DIRECT integers, DIRECT_V2 strings, byte-RLE booleans, PRESENT
 * streams for nulls, UTC timestamps. The reader it feeds is checked on Apache ORC's own files
 * (orc.test.ts); this only lays out the inventory's columns.
 */
type Col = { name: string; type: 'string' | 'bigint' | 'boolean' | 'timestamp'; values: Array<string | number | boolean | null> };

const KIND = { boolean: 0, bigint: 4, string: 7, timestamp: 9, struct: 12 };

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 128) {
    out.push((n % 128) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}
const field = (f: number, wire: number) => varint(f * 8 + wire);
const uint = (f: number, v: number) => [...field(f, 0), ...varint(v)];
const bytes = (f: number, b: number[] | Uint8Array) => [...field(f, 2), ...varint(b.length), ...b];
const zigzag = (n: number) => (n < 0 ? -2 * n - 1 : 2 * n);

/** RLE v2 DIRECT runs of 64-bit values (at most 512 per run). */
function intRle(values: number[], signed: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 512) {
    const run = values.slice(i, i + 512);
    out.push((1 << 6) | (31 << 1) | (((run.length - 1) >> 8) & 1), (run.length - 1) & 255);
    for (const v of run) {
      const u = BigInt(signed ? zigzag(v) : v);
      for (let b = 7; b >= 0; b--) out.push(Number((u >> BigInt(b * 8)) & 255n));
    }
  }
  return out;
}

/** Byte RLE literals (at most 128 per run). */
function byteRle(values: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 128) {
    const run = values.slice(i, i + 128);
    out.push(256 - run.length, ...run);
  }
  return out;
}
const boolRle = (bits: boolean[]) =>
  byteRle(
    Array.from({ length: Math.ceil(bits.length / 8) }, (_, i) =>
      bits.slice(i * 8, i * 8 + 8).reduce((a, b, j) => a | ((b ? 1 : 0) << (7 - j)), 0),
    ),
  );

export function writeOrc(columns: Col[]): Uint8Array {
  const rows = columns[0]!.values.length;
  const streams: Array<{ kind: number; column: number; data: number[] }> = [];
  columns.forEach((c, i) => {
    const id = i + 1;
    const present = c.values.map((v) => v !== null);
    if (present.includes(false)) streams.push({ kind: 0, column: id, data: boolRle(present) });
    const vals = c.values.filter((v) => v !== null);
    if (c.type === 'string') {
      const enc = vals.map((v) => [...Buffer.from(String(v))]);
      streams.push(
        { kind: 1, column: id, data: enc.flat() },
        {
          kind: 2,
          column: id,
          data: intRle(
            enc.map((e) => e.length),
            false,
          ),
        },
      );
    } else if (c.type === 'bigint') streams.push({ kind: 1, column: id, data: intRle(vals as number[], true) });
    else if (c.type === 'boolean') streams.push({ kind: 1, column: id, data: boolRle(vals as boolean[]) });
    else {
      const ms = vals as number[];
      streams.push({
        kind: 1,
        column: id,
        data: intRle(
          ms.map((t) => Math.floor(t / 1000) - Date.UTC(2015, 0, 1) / 1000),
          true,
        ),
      });
      // Nanoseconds of whole milliseconds: value × 10^6, written as (value / 10^5) × 8 + 4 (five trailing zeros).
      streams.push({
        kind: 5,
        column: id,
        data: intRle(
          ms.map((t) => {
            const m = t % 1000;
            return m === 0 ? 0 : m * 10 * 8 + 4;
          }),
          false,
        ),
      });
    }
  });
  const data = streams.flatMap((s) => s.data);
  const stripeFooter = [
    ...streams.flatMap((s) => bytes(1, [...uint(1, s.kind), ...uint(2, s.column), ...uint(3, s.data.length)])),
    ...[0, ...columns.map(() => 2)].flatMap((kind) => bytes(2, uint(1, kind))),
    ...bytes(3, [...Buffer.from('UTC')]),
  ];
  const types = [
    bytes(4, [
      ...uint(1, KIND.struct),
      ...bytes(
        2,
        columns.flatMap((_, i) => varint(i + 1)),
      ),
      ...columns.flatMap((c) => bytes(3, [...Buffer.from(c.name)])),
    ]),
    ...columns.map((c) => bytes(4, uint(1, KIND[c.type]))),
  ].flat();
  const footer = [
    ...uint(1, 3),
    ...uint(2, data.length + stripeFooter.length),
    ...bytes(3, [...uint(1, 3), ...uint(2, 0), ...uint(3, data.length), ...uint(4, stripeFooter.length), ...uint(5, rows)]),
    ...types,
    ...uint(6, rows),
  ];
  const ps = [...uint(1, footer.length), ...uint(2, 0), ...bytes(8000, [...Buffer.from('ORC')])];
  return new Uint8Array([...Buffer.from('ORC'), ...data, ...stripeFooter, ...footer, ...ps, ps.length]);
}
