/**
 * Set algebra on rule selectors: which objects two lifecycle rules both select. S3 matches a rule
 * when the key starts with its prefix (literally), the object carries every tag it names (key and
 * value), and the size lies strictly between ObjectSizeGreaterThan and ObjectSizeLessThan. Used by
 * the overlap and early-deletion warnings and, later, by the retention-policy compiler.
 */
import type { Selector, TagValue } from '../model/selector.js';

/** S3 stores at most 10 tags per object, so a filter needing more distinct keys matches nothing. */
export const MAX_OBJECT_TAGS = 10;

/** How the objects `a` selects relate to the objects `b` selects. */
export type SelectorRelation =
  | 'disjoint' // no object can match both
  | 'equal' // both select exactly the same objects
  | 'contains' // a selects every object b selects, and more
  | 'within' // b selects every object a selects, and more
  | 'overlap'; // some objects match both, neither contains the other

/** Admitted object sizes in bytes, both ends inclusive (`hi` may be Infinity). */
export interface SizeRange {
  lo: number;
  hi: number;
}

export function sizeRange(s: Selector): SizeRange {
  return {
    lo: s.sizeGreaterThan === undefined ? 0 : Math.max(0, s.sizeGreaterThan + 1),
    hi: s.sizeLessThan === undefined ? Infinity : s.sizeLessThan - 1,
  };
}

/** True when no object can match the selector (an empty size range, one key with two values, too many tags). */
export function isEmptySelector(s: Selector): boolean {
  const r = sizeRange(s);
  return r.lo > r.hi || tagsConflict(s.tags) || distinctKeys(s.tags) > MAX_OBJECT_TAGS;
}

/** Whether every object `b` selects is also selected by `a`. */
export function selectorContains(a: Selector, b: Selector): boolean {
  if (isEmptySelector(b)) return true;
  if (!b.prefix.startsWith(a.prefix)) return false;
  if (!a.tags.every((t) => b.tags.some((u) => sameTag(t, u)))) return false;
  const ra = sizeRange(a);
  const rb = sizeRange(b);
  return ra.lo <= rb.lo && rb.hi <= ra.hi;
}

/** The selector of the objects both `a` and `b` select, or undefined when there are none. */
export function intersectSelectors(a: Selector, b: Selector): Selector | undefined {
  let prefix: string;
  if (a.prefix.startsWith(b.prefix)) prefix = a.prefix;
  else if (b.prefix.startsWith(a.prefix)) prefix = b.prefix;
  else return undefined;
  const tags = [...a.tags];
  for (const t of b.tags) if (!tags.some((u) => sameTag(t, u))) tags.push(t);
  const gt = maxDefined(a.sizeGreaterThan, b.sizeGreaterThan);
  const lt = minDefined(a.sizeLessThan, b.sizeLessThan);
  const joined: Selector = {
    version: a.version,
    prefix,
    tags,
    sizeGreaterThan: gt,
    sizeLessThan: lt,
    wholeBucket: prefix === '' && tags.length === 0 && gt === undefined && lt === undefined,
  };
  return isEmptySelector(joined) ? undefined : joined;
}

export function selectorsOverlap(a: Selector, b: Selector): boolean {
  return intersectSelectors(a, b) !== undefined;
}

export function relateSelectors(a: Selector, b: Selector): SelectorRelation {
  return selectorsOverlap(a, b) ? relateOverlapping(a, b) : 'disjoint';
}

/** relateSelectors for two selectors already known to overlap (saves the intersection). */
export function relateOverlapping(a: Selector, b: Selector): Exclude<SelectorRelation, 'disjoint'> {
  const ab = selectorContains(a, b);
  const ba = selectorContains(b, a);
  if (ab && ba) return 'equal';
  if (ab) return 'contains';
  if (ba) return 'within';
  return 'overlap';
}

/** The objects a selector matches, in words: "every object", "objects under 'logs/' tagged env=dev". */
export function describeObjects(s: Selector): string {
  if (s.wholeBucket) return 'every object in the bucket';
  const parts: string[] = [];
  if (s.prefix !== '') parts.push(`under '${s.prefix}'`);
  if (s.tags.length > 0) parts.push(`tagged ${s.tags.map((t) => `${t.key}=${t.value}`).join(' and ')}`);
  const { sizeGreaterThan: gt, sizeLessThan: lt } = s;
  if (gt !== undefined && lt !== undefined) parts.push(`larger than ${formatBytes(gt)} and smaller than ${formatBytes(lt)}`);
  else if (gt !== undefined) parts.push(`larger than ${formatBytes(gt)}`);
  else if (lt !== undefined) parts.push(`smaller than ${formatBytes(lt)}`);
  return `objects ${parts.join(', ')}`;
}

/** Bytes as written in the file, with the binary unit when it is exact ("131072 bytes (128 KiB)"). */
export function formatBytes(n: number): string {
  const units: Array<[number, string]> = [
    [1024 ** 4, 'TiB'],
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units) {
    if (n >= size && n % size === 0) return `${n} bytes (${n / size} ${unit})`;
  }
  return n === 1 ? '1 byte' : `${n} bytes`;
}

function sameTag(a: TagValue, b: TagValue): boolean {
  return a.key === b.key && a.value === b.value;
}

function tagsConflict(tags: readonly TagValue[]): boolean {
  if (tags.length < 2) return false;
  const seen = new Map<string, string>();
  for (const t of tags) {
    const v = seen.get(t.key);
    if (v !== undefined && v !== t.value) return true;
    seen.set(t.key, t.value);
  }
  return false;
}

function distinctKeys(tags: readonly TagValue[]): number {
  if (tags.length <= MAX_OBJECT_TAGS) return tags.length;
  return new Set(tags.map((t) => t.key)).size;
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}
