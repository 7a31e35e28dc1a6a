/**
 * Selections to S3 Filters. The compiler always writes the smallest valid shape: a bare Prefix, a
 * single Tag, or And with two or more predicates (catalogue 2.1, 2.2).
 */
import type { LifecycleFilter } from '../model/lifecycle.js';
import type { Selection } from './model.js';

export function filterOf(s: Selection): LifecycleFilter {
  const tags = s.tags.map((t) => ({ Key: t.key, Value: t.value }));
  if (tags.length === 0) return { Prefix: s.prefix };
  if (tags.length === 1 && s.prefix === '') return { Tag: tags[0]! };
  return { And: s.prefix === '' ? { Tags: tags } : { Prefix: s.prefix, Tags: tags } };
}
