/**
 * Which rules select an object, decided once per distinct behaviour instead of once per object.
 * Every rule prefix of both configurations is a prefix of the key or not, and the prefixes that are
 * form a chain, so the longest matching prefix decides them all. Every size predicate and every
 * size-dependent storage-class fact is a threshold, so the interval between consecutive thresholds
 * decides them all. The pair (prefix group, size interval) is an object's selector signature.
 */
import { DEFAULT_TRANSITION_MIN_OBJECT_BYTES, STORAGE_CLASSES, STORAGE_CLASS_NAMES } from '../../model/storage-classes.js';
import type { CompiledConfig, CompiledRule } from '../rules/compile.js';

export interface RuleMatches {
  /** Rules that act on objects of this signature. */
  rules: CompiledRule[];
  /** Rules whose prefix and size select these objects but whose tags the inventory cannot tell. */
  tagDependent: CompiledRule[];
}

export class SelectorMatcher {
  /** Distinct rule prefixes, "" first; index = prefix group. */
  readonly prefixes: string[];
  /** Lower bounds of the size intervals, 0 first; index = size band. */
  readonly sizeBounds: number[];
  readonly configs: readonly CompiledConfig[];
  private readonly byLength: Array<{ index: number; bytes: Buffer }>;
  /** Per first byte of a key, the prefixes (longest first) that can match it; "" matches all. */
  private readonly byFirstByte: Array<Array<{ index: number; bytes: Buffer }>>;
  readonly longestPrefixBytes: number;
  private readonly memo = new Map<number, RuleMatches[]>();

  constructor(configs: readonly CompiledConfig[]) {
    this.configs = configs;
    const prefixes = new Set<string>(['']);
    const bounds = new Set<number>([0, DEFAULT_TRANSITION_MIN_OBJECT_BYTES]);
    for (const name of STORAGE_CLASS_NAMES) {
      const f = STORAGE_CLASSES[name];
      if (f.minBillableBytes > 0) bounds.add(f.minBillableBytes);
      if (f.autoTieringMinBytes) bounds.add(f.autoTieringMinBytes);
    }
    for (const c of configs) {
      for (const r of c.rules) {
        prefixes.add(r.selector.prefix);
        // size > gt starts at gt + 1; size < lt ends before lt.
        if (r.selector.sizeGreaterThan !== undefined) bounds.add(r.selector.sizeGreaterThan + 1);
        if (r.selector.sizeLessThan !== undefined) bounds.add(r.selector.sizeLessThan);
      }
    }
    this.prefixes = ['', ...[...prefixes].filter((p) => p !== '').sort()];
    this.sizeBounds = [...bounds].sort((a, b) => a - b);
    this.byLength = this.prefixes
      .map((p, index) => ({ index, bytes: Buffer.from(p, 'utf8') }))
      .filter((p) => p.index > 0)
      .sort((a, b) => b.bytes.length - a.bytes.length);
    this.byFirstByte = Array.from({ length: 256 }, (_, b) => this.byLength.filter((p) => p.bytes[0] === b));
    this.longestPrefixBytes = this.byLength.reduce((m, p) => Math.max(m, p.bytes.length), 0);
  }

  get sizeBands(): number {
    return this.sizeBounds.length;
  }

  signature(prefixGroup: number, sizeBand: number): number {
    return prefixGroup * this.sizeBounds.length + sizeBand;
  }

  prefixGroupOfString(key: string): number {
    for (const p of this.byLength) if (key.startsWith(this.prefixes[p.index]!)) return p.index;
    return 0;
  }

  /** Longest rule prefix of the UTF-8 key bytes buf[start, end). */
  prefixGroupOfBytes(buf: Uint8Array, start: number, end: number): number {
    const len = end - start;
    if (len === 0) return 0;
    outer: for (const p of this.byFirstByte[buf[start]!]!) {
      const b = p.bytes;
      if (b.length > len) continue;
      for (let i = 0; i < b.length; i++) if (buf[start + i] !== b[i]) continue outer;
      return p.index;
    }
    return 0;
  }

  sizeBand(size: number): number {
    const b = this.sizeBounds;
    // Few bounds: a linear scan beats a binary search here.
    let i = 0;
    while (i + 1 < b.length && size >= b[i + 1]!) i++;
    return i;
  }

  /** Smallest and largest size (exclusive; Infinity for the last band) of a band. */
  bandRange(band: number): { from: number; to: number } {
    return { from: this.sizeBounds[band]!, to: this.sizeBounds[band + 1] ?? Infinity };
  }

  /** Whether every object of a band is smaller than `bytes`. */
  bandBelow(band: number, bytes: number): boolean {
    return this.bandRange(band).to <= bytes;
  }

  /** Rules of each configuration (in `configs` order) that select objects of a signature. */
  matches(signature: number): RuleMatches[] {
    let m = this.memo.get(signature);
    if (m) return m;
    const group = Math.floor(signature / this.sizeBounds.length);
    const band = signature % this.sizeBounds.length;
    const prefix = this.prefixes[group]!;
    const size = this.sizeBounds[band]!;
    m = this.configs.map((c) => {
      const out: RuleMatches = { rules: [], tagDependent: [] };
      for (const r of c.rules) {
        const s = r.selector;
        if (!prefix.startsWith(s.prefix)) continue;
        if (s.sizeGreaterThan !== undefined && !(size > s.sizeGreaterThan)) continue;
        if (s.sizeLessThan !== undefined && !(size < s.sizeLessThan)) continue;
        (s.tags.length ? out.tagDependent : out.rules).push(r);
      }
      return out;
    });
    this.memo.set(signature, m);
    return m;
  }
}
