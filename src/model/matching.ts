/**
 * Which objects a lifecycle rule's filter selects, the way S3 decides it: the key starts with the
 * prefix, every tag is on the object with the same value, and the size is strictly inside the
 * bounds. Pure; tags the caller could not read are "unknown", never a guess.
 */
import type { CanonicalSelector } from './canonical.js';

export interface ObjectFacts {
  key: string;
  size: number;
  /** undefined when the object's tags were not read. */
  tags?: ReadonlyMap<string, string>;
}

export type Match = 'yes' | 'no' | 'unknown';

export function matchesWithoutTags(s: CanonicalSelector, o: { key: string; size: number }): boolean {
  if (!o.key.startsWith(s.prefix)) return false;
  if (s.sizeGreaterThan !== undefined && !(o.size > s.sizeGreaterThan)) return false;
  if (s.sizeLessThan !== undefined && !(o.size < s.sizeLessThan)) return false;
  return true;
}

export function matches(s: CanonicalSelector, o: ObjectFacts): Match {
  if (!matchesWithoutTags(s, o)) return 'no';
  if (s.tags.length === 0) return 'yes';
  if (!o.tags) return 'unknown';
  return s.tags.every((t) => o.tags!.get(t.key) === t.value) ? 'yes' : 'no';
}

/**
 * Whether every object `inner` selects is also selected by `outer` (same or broader filter), judged
 * without objects: a shorter prefix, a subset of the tags and no size bounds of its own.
 */
export function covers(outer: CanonicalSelector, inner: CanonicalSelector): boolean {
  if (!inner.prefix.startsWith(outer.prefix)) return false;
  if (!outer.tags.every((t) => inner.tags.some((u) => u.key === t.key && u.value === t.value))) return false;
  if (outer.sizeGreaterThan !== undefined && (inner.sizeGreaterThan ?? -1) < outer.sizeGreaterThan) return false;
  if (outer.sizeLessThan !== undefined && (inner.sizeLessThan ?? Infinity) > outer.sizeLessThan) return false;
  return true;
}
