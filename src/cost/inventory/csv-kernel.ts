/**
 * The S3 Inventory CSV parser (ADRs 0080, 0175) as one self-contained function: it refers to
 * nothing outside its body, so its source text runs in worker threads too (ncc cannot bundle worker
 * files; ADR 0170). Lines are found with the native indexOf, fields with a small loop; only the
 * needed columns are decoded. Keys are compared as bytes against the rule prefixes, and become
 * strings only when a URL escape ("%", "+") could change which prefix matches, or to track
 * versions. S3 Inventory quotes every field and URL-encodes keys, so no field holds a quote.
 *
 * Cohort keys: current unlocked objects by the number ((signature × 8 + class) × 2 + overwritten) ×
 * 131072 + day (a day from 1970 to 2328; any other by the string key); other current versions by "signature|class|day|1|overwritten|lockedUntilDay";
 * noncurrent versions by "signature|class|day|0|noncurrentSince|newerVersions|lockedUntilDay|
 * headSignature|headCreatedDay". A versioned key's current version is held back until the key's
 * next row says whether it has older data versions.
 */

export interface KernelSetup {
  /** Column index of each field (-1: absent). */
  layout: {
    key: number;
    size: number;
    lastModified: number;
    storageClass: number;
    isLatest: number;
    isDeleteMarker: number;
    lockUntil: number;
    legalHold: number;
    eTag?: number;
  };
  /** Rule prefixes; index = prefix group, "" first. */
  prefixes: string[];
  /** Lower bounds of the size bands, 0 first. */
  sizeBounds: number[];
  /** Storage class names; index = class index. */
  classNames: string[];
  rankCap: number;
  /** Hands every row over as an object instead of folding it into cohorts (the orphan sweep needs keys). */
  onRecord?: (r: KernelRecord) => void;
}

/** One row in record mode; keys are URL-decoded, times in ms. */
export interface KernelRecord {
  key: string;
  size: number;
  lastModifiedMs: number;
  storageClass: string;
  /** Absent when the inventory has no versions. */
  isLatest?: boolean;
  isDeleteMarker: boolean;
  /** Record mode, when the inventory has the ETag column. */
  eTag?: string;
}

export interface KernelResult {
  /** [key, objects, bytes, key, objects, bytes, …] for the numeric keys. */
  simple: number[];
  other: Array<[string, number, number]>;
  rows: number;
  skipped: number;
  unknownClasses: Array<[string, number]>;
  versioned: boolean;
}

export interface Kernel {
  beginFile(name: string): void;
  feed(chunk: Buffer): void;
  endFile(): void;
  /** Rows read so far (for progress). */
  rowCount(): number;
  result(): KernelResult;
}

export function csvKernel(setup: KernelSetup): Kernel {
  const L = setup.layout;
  const QUOTE = 0x22;
  const COMMA = 0x2c;
  const LF = 0x0a;
  const CR = 0x0d;
  const maxCol = Math.max(
    L.key,
    L.size,
    L.lastModified,
    L.storageClass,
    L.isLatest,
    L.isDeleteMarker,
    L.lockUntil,
    L.legalHold,
    setup.onRecord ? (L.eTag ?? -1) : -1,
  );
  const eTagCol = setup.onRecord ? (L.eTag ?? -1) : -1;
  const starts = new Int32Array(maxCol + 1);
  const ends = new Int32Array(maxCol + 1);
  const bands = setup.sizeBounds;
  const nBands = bands.length;
  const prefixStrings = setup.prefixes;
  const prefixes = prefixStrings.map((p, index) => ({ index, bytes: Buffer.from(p, 'utf8') })).filter((p) => p.index > 0);
  prefixes.sort((a, b) => b.bytes.length - a.bytes.length);
  const byFirst: Array<Array<{ index: number; bytes: Buffer }>> = [];
  for (let b = 0; b < 256; b++) byFirst.push(prefixes.filter((p) => p.bytes[0] === b));
  // Longest prefix per first byte: an escape past it cannot change which of them matches.
  const reach = byFirst.map((list) => list.reduce((m, p) => Math.max(m, p.bytes.length), 0));
  // A prefix holding "%" or "+" can only be compared decoded: every key then takes the slow path.
  const plain = prefixes.every((p) => !p.bytes.includes(0x25) && !p.bytes.includes(0x2b));
  const classByLength: Array<Array<{ bytes: Buffer; index: number }>> = [];
  setup.classNames.forEach((n, index) => (classByLength[n.length] ??= []).push({ bytes: Buffer.from(n), index }));
  // The numeric cohort keys in an open-addressing table of [key, objects, bytes, -] in one typed
  // array: a Map of small arrays costs a boxed number per addition and scattered memory per lookup.
  let slots = 1 << 12;
  let shift = 32 - 12;
  let table = new Float64Array(slots * 4).fill(-Infinity);
  let used = 0;
  const other = new Map<string, [string, number, number]>();
  const unknown = new Map<string, number>();
  let rows = 0;
  let skipped = 0;
  let versioned = false;
  let file = '';
  let line = 0;
  let carry: Buffer | undefined;
  let lastYmd = -1;
  let lastDay = 0;
  // Versions of a key arrive together, newest first, possibly across data files.
  let vKey: string | undefined;
  let vNewerDay = 0;
  let vSeen = 0;
  let vHead = -1;
  let vHeadDay = 0;
  let pendingKey: string | undefined;
  let pendingSig = 0;
  let pendingCls = 0;
  let pendingDay = 0;
  let pendingLock = 0;
  let pendingSize = 0;

  const bad = (what: string) => new Error(`${file}:${line}: the inventory row ${what}`);

  const decodeKey = (buf: Buffer, s: number, e: number): string => {
    const raw = buf.toString('latin1', s, e);
    if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) return raw;
    try {
      return decodeURIComponent(raw.replace(/\+/g, ' '));
    } catch {
      return raw;
    }
  };

  const dayAt = (buf: Buffer, s: number, e: number): number => {
    if (e - s < 10) throw bad('has a LastModifiedDate that is not an ISO 8601 date');
    let y = 0;
    let m = 0;
    let d = 0;
    for (let i = s; i < s + 4; i++) y = y * 10 + buf[i]! - 48;
    m = (buf[s + 5]! - 48) * 10 + buf[s + 6]! - 48;
    d = (buf[s + 8]! - 48) * 10 + buf[s + 9]! - 48;
    if (!(y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) || buf[s + 4] !== 0x2d)
      throw bad('has a LastModifiedDate that is not an ISO 8601 date');
    const ymd = y * 10000 + m * 100 + d;
    if (ymd !== lastYmd) {
      lastYmd = ymd;
      // Days from civil (proleptic Gregorian), as in src/cost/time.ts.
      const yy = y - (m <= 2 ? 1 : 0);
      const era = Math.floor(yy / 400);
      const yoe = yy - era * 400;
      const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
      lastDay = era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
    }
    return lastDay;
  };

  const classAt = (buf: Buffer, s: number, e: number): number => {
    const len = e - s;
    const candidates = classByLength[len];
    if (candidates) {
      for (const c of candidates) {
        if (buf[s] !== c.bytes[0]) continue;
        let i = 1;
        while (i < len && buf[s + i] === c.bytes[i]) i++;
        if (i === len) return c.index;
      }
    }
    const name = buf.toString('latin1', s, e);
    unknown.set(name, (unknown.get(name) ?? 0) + 1);
    return -1;
  };

  /** The prefix group of a key, from its raw bytes when no escape can change the answer. */
  const groupOf = (buf: Buffer, s: number, e: number): number => {
    if (!prefixes.length || e === s) return 0;
    const first = buf[s]!;
    if (!plain || first === 0x25 || first === 0x2b) return groupDecoded(buf, s, e);
    // The decoded key starts with this same byte, so only prefixes that do can match.
    const candidates = byFirst[first]!;
    if (!candidates.length) return 0;
    const len = e - s;
    let found = 0;
    let matched = 1;
    outer: for (const p of candidates) {
      const pb = p.bytes;
      if (pb.length > len) continue;
      for (let i = 1; i < pb.length; i++) if (buf[s + i] !== pb[i]) continue outer;
      found = p.index;
      matched = pb.length;
      break;
    }
    // Bytes up to the match hold no escape; one after it could still decode into a longer prefix.
    for (let i = s + matched, stop = Math.min(e, s + reach[first]!); i < stop; i++) {
      const b = buf[i];
      if (b === 0x25 || b === 0x2b) return groupDecoded(buf, s, e);
    }
    return found;
  };

  const groupDecoded = (buf: Buffer, s: number, e: number): number => {
    const key = decodeKey(buf, s, e);
    for (const p of prefixes) if (key.startsWith(prefixStrings[p.index]!)) return p.index;
    return 0;
  };

  const row = (buf: Buffer, pos: number, end: number): void => {
    let col = 0;
    while (col <= maxCol) {
      if (pos > end) throw bad(`has ${col} fields; the manifest's fileSchema names more`);
      if (buf[pos] === QUOTE) {
        let q = pos + 1;
        while (q < end && buf[q] !== QUOTE) q++;
        if (q >= end) throw bad('has a quoted field with no closing quote');
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
    rows++;
    if (setup.onRecord) return emit(buf);
    let current = true;
    let ncSince = 0;
    let newer = 0;
    let marker = false;
    let key = '';
    let vDay = 0;
    if (L.isLatest >= 0) {
      versioned = true;
      key = decodeKey(buf, starts[L.key]!, ends[L.key]!);
      marker = L.isDeleteMarker >= 0 && buf[starts[L.isDeleteMarker]!] === 0x74; // "true"
      vDay = dayAt(buf, starts[L.lastModified]!, ends[L.lastModified]!);
      current = buf[starts[L.isLatest]!] === 0x74;
      // A held-back current version learns here whether its key has older data versions.
      if (pendingKey !== undefined && (pendingKey !== key || current || !marker)) flushPending(pendingKey === key && !current && !marker);
      if (key !== vKey) {
        vKey = key;
        vSeen = 0;
        vNewerDay = vDay;
        vHead = -1;
        vHeadDay = vDay;
      }
      if (!current) {
        // Without a newer version in sight, its own date is the earliest it became noncurrent.
        ncSince = Math.max(vNewerDay, vDay);
        newer = Math.min(vSeen, setup.rankCap);
        if (!marker) vSeen++;
      }
      vNewerDay = vDay;
      // Delete markers hold no data; they only make their key's older versions noncurrent.
      if (marker) {
        skipped++;
        return;
      }
    }
    const cls = classAt(buf, starts[L.storageClass]!, ends[L.storageClass]!);
    if (cls < 0) {
      skipped++;
      return;
    }
    let size = 0;
    for (let i = starts[L.size]!, e = ends[L.size]!; i < e; i++) {
      const dgt = buf[i]! - 48;
      if (dgt < 0 || dgt > 9) throw bad('has a Size that is not a whole number of bytes');
      size = size * 10 + dgt;
    }
    let band = 0;
    while (band + 1 < nBands && size >= bands[band + 1]!) band++;
    const signature = groupOf(buf, starts[L.key]!, ends[L.key]!) * nBands + band;
    const day = L.isLatest >= 0 ? vDay : dayAt(buf, starts[L.lastModified]!, ends[L.lastModified]!);
    let lock = 0;
    if (L.legalHold >= 0 && ends[L.legalHold]! - starts[L.legalHold]! === 2 && buf[starts[L.legalHold]! + 1] === 0x4e)
      lock = Infinity; // "ON"
    else if (L.lockUntil >= 0 && ends[L.lockUntil]! > starts[L.lockUntil]!) {
      const until = Date.parse(buf.toString('latin1', starts[L.lockUntil]!, ends[L.lockUntil]!));
      if (!Number.isFinite(until)) throw bad('has an ObjectLockRetainUntilDate that is not a date');
      lock = Math.floor((until - 1) / 86_400_000);
    }
    if (L.isLatest >= 0 && current) {
      // The key's head: its versions rank below it. Held back until its key's next row is seen.
      if (key === vKey && vSeen === 0) {
        vHead = signature;
        vHeadDay = day;
      }
      pendingKey = key;
      pendingSig = signature;
      pendingCls = cls;
      pendingDay = day;
      pendingLock = lock;
      pendingSize = size;
      return;
    }
    if (current && lock === 0 && day >= 0 && day < 131072) {
      addSimple(signature, cls, false, day, 1, size);
      return;
    }
    if (current) {
      addOther(`${signature}|${cls}|${day}|1|0|${lock}`, 1, size);
      return;
    }
    addOther(`${signature}|${cls}|${day}|0|${ncSince}|${newer}|${lock}|${vHead}|${vHeadDay}`, 1, size);
  };

  const addSimple = (signature: number, cls: number, overwritten: boolean, day: number, objects: number, size: number): void => {
    // ((signature × 8 + class) × 2 + overwritten) × 131072 + day, as cohort.ts's simpleKey.
    const k = ((signature * 8 + cls) * 2 + (overwritten ? 1 : 0)) * 131072 + day;
    const at = slotOf(k);
    table[at + 1]! += objects;
    table[at + 2]! += size;
    if (used * 2 > slots) grow();
  };

  /** The key's slot (index of its first cell), claimed for it when new. */
  const slotOf = (k: number): number => {
    let i = Math.imul((k | 0) ^ ((k / 4294967296) | 0), 0x9e3779b1) >>> shift;
    for (;;) {
      const t = table[i * 4]!;
      if (t === k) return i * 4;
      if (t === -Infinity) {
        table[i * 4] = k;
        table[i * 4 + 1] = 0;
        table[i * 4 + 2] = 0;
        used++;
        return i * 4;
      }
      i = (i + 1) & (slots - 1);
    }
  };

  const grow = (): void => {
    const old = table;
    slots *= 2;
    shift--;
    table = new Float64Array(slots * 4).fill(-Infinity);
    used = 0;
    for (let i = 0; i < old.length; i += 4) {
      if (old[i] === -Infinity) continue;
      const at = slotOf(old[i]!);
      table[at + 1] = old[i + 1]!;
      table[at + 2] = old[i + 2]!;
    }
  };

  const addOther = (k: string, objects: number, size: number): void => {
    const c = other.get(k);
    if (c) {
      c[1] += objects;
      c[2] += size;
    } else other.set(k, [k, objects, size]);
  };

  const flushPending = (overwritten: boolean): void => {
    if (pendingLock === 0 && pendingDay >= 0 && pendingDay < 131072)
      addSimple(pendingSig, pendingCls, overwritten, pendingDay, 1, pendingSize);
    else addOther(`${pendingSig}|${pendingCls}|${pendingDay}|1|${overwritten ? 1 : 0}|${pendingLock}`, 1, pendingSize);
    pendingKey = undefined;
  };

  const emit = (buf: Buffer): void => {
    let size = 0;
    for (let i = starts[L.size]!, e = ends[L.size]!; i < e; i++) {
      const dgt = buf[i]! - 48;
      if (dgt < 0 || dgt > 9) throw bad('has a Size that is not a whole number of bytes');
      size = size * 10 + dgt;
    }
    const lastModifiedMs = Date.parse(buf.toString('latin1', starts[L.lastModified]!, ends[L.lastModified]!));
    if (!Number.isFinite(lastModifiedMs)) throw bad('has a LastModifiedDate that is not an ISO 8601 date');
    if (L.isLatest >= 0) versioned = true;
    setup.onRecord!({
      key: decodeKey(buf, starts[L.key]!, ends[L.key]!),
      size,
      lastModifiedMs,
      storageClass: buf.toString('latin1', starts[L.storageClass]!, ends[L.storageClass]!),
      ...(L.isLatest >= 0 ? { isLatest: buf[starts[L.isLatest]!] === 0x74 } : {}),
      isDeleteMarker: L.isDeleteMarker >= 0 && buf[starts[L.isDeleteMarker]!] === 0x74,
      ...(eTagCol >= 0 && ends[eTagCol]! > starts[eTagCol]! ? { eTag: buf.toString('latin1', starts[eTagCol]!, ends[eTagCol]!) } : {}),
    });
  };

  const lines = (buf: Buffer, from: number, to: number): void => {
    let pos = from;
    while (pos < to) {
      let nl = buf.indexOf(LF, pos);
      if (nl < 0 || nl >= to) nl = to;
      let end = nl;
      if (end > pos && buf[end - 1] === CR) end--;
      line++;
      if (end > pos) row(buf, pos, end);
      pos = nl + 1;
    }
  };

  return {
    beginFile(name) {
      file = name;
      line = 0;
      carry = undefined;
    },
    feed(chunk) {
      let start = 0;
      if (carry) {
        const nl = chunk.indexOf(LF);
        if (nl < 0) {
          carry = Buffer.concat([carry, chunk]);
          return;
        }
        const joined = Buffer.concat([carry, chunk.subarray(0, nl + 1)]);
        carry = undefined;
        lines(joined, 0, joined.length);
        start = nl + 1;
      }
      const last = chunk.lastIndexOf(LF);
      if (last < start) {
        carry = Buffer.from(chunk.subarray(start));
        return;
      }
      lines(chunk, start, last + 1);
      // A copy: the caller may hand the chunk's memory back to its producer once feed returns.
      if (last + 1 < chunk.length) carry = Buffer.from(chunk.subarray(last + 1));
    },
    endFile() {
      if (carry && carry.length) lines(carry, 0, carry.length);
      carry = undefined;
    },
    rowCount() {
      return rows;
    },
    result() {
      if (pendingKey !== undefined) flushPending(false);
      const flat: number[] = [];
      for (let i = 0; i < table.length; i += 4) if (table[i] !== -Infinity) flat.push(table[i]!, table[i + 1]!, table[i + 2]!);
      return { simple: flat, other: [...other.values()], rows, skipped, unknownClasses: [...unknown], versioned };
    },
  };
}
