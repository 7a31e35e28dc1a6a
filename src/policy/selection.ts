/**
 * Set logic on selections (prefix + tags), the way S3 matches them: a key matches a prefix when it
 * starts with it; an object matches tags when it carries every one. An object holds one value per
 * tag key, so two selections that want different values for one key never meet.
 */
import type { PolicyTag, Selection } from './model.js';

export function overlaps(a: Selection, b: Selection): boolean {
  if (!(a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix))) return false;
  return !conflictingTag(a.tags, b.tags);
}

/** The objects both selections match (meaningful only when they overlap). */
export function intersection(a: Selection, b: Selection): Selection {
  const prefix = a.prefix.length >= b.prefix.length ? a.prefix : b.prefix;
  const byKey = new Map<string, PolicyTag>();
  for (const t of [...a.tags, ...b.tags]) byKey.set(t.key, t);
  return { prefix, tags: [...byKey.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)) };
}

/** A key with different values in the two sets. */
export function conflictingTag(a: readonly PolicyTag[], b: readonly PolicyTag[]): { key: string; a: string; b: string } | undefined {
  for (const t of a) {
    const other = b.find((u) => u.key === t.key);
    if (other && other.value !== t.value) return { key: t.key, a: t.value, b: other.value };
  }
  return undefined;
}

/** "objects under ml/dev/ tagged status=failed", "every object". */
export function describeSelection(s: Selection): string {
  const tags = s.tags.map((t) => `${t.key}=${t.value}`).join(', ');
  if (!s.prefix && !tags) return 'every object in the bucket';
  if (!tags) return `objects under ${s.prefix}`;
  return s.prefix ? `objects under ${s.prefix} tagged ${tags}` : `objects tagged ${tags}`;
}
