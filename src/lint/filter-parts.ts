/**
 * The predicates of one rule's selector, each with its pointer, wherever the file wrote it: the V1
 * rule-level Prefix, the Filter's own members, and the members of its And. Rules about filters read
 * this instead of walking Filter and And themselves, so they agree on what is present.
 */
import type { RuleView } from './view.js';
import { arr, int, isObj, obj, str } from '../model/values.js';

export const FILTER_PREDICATES = ['Prefix', 'Tag', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan', 'And'] as const;
export type SizeName = 'ObjectSizeGreaterThan' | 'ObjectSizeLessThan';

export interface LocatedTag {
  /** Pointer of the tag object (Filter/Tag or Filter/And/Tags/<i>). */
  pointer: string;
  key: unknown;
  value: unknown;
  /** True for a member of And.Tags, false for Filter.Tag. */
  inAnd: boolean;
  /** "Filter.Tag" or "And.Tags[2]", for messages. */
  label: string;
}

export interface LocatedSize {
  name: SizeName;
  value: number;
  pointer: string;
  /** 'filter' or 'and': sizes are compared only within one container. */
  container: 'filter' | 'and';
}

export interface FilterParts {
  filter?: Record<string, unknown>;
  and?: Record<string, unknown>;
  prefixes: Array<{ value: string; pointer: string }>;
  tags: LocatedTag[];
  sizes: LocatedSize[];
  /** A Tag or a non-empty And.Tags is present (what S3 calls a filter "with Tags"). */
  hasTagFilter: boolean;
  /** ObjectSizeGreaterThan or ObjectSizeLessThan is present, whatever its value ("with Object Size"). */
  hasSizeFilter: boolean;
}

/** A member counts as written when the key is there with any value but undefined (null is a shape fault). */
export function present(o: Record<string, unknown> | undefined, key: string): boolean {
  return o !== undefined && Object.hasOwn(o, key) && o[key] !== undefined;
}

export function filterParts(rule: RuleView): FilterParts {
  const filter = obj(rule.raw.Filter);
  const and = obj(filter?.And);
  const parts: FilterParts = { filter, and, prefixes: [], tags: [], sizes: [], hasTagFilter: false, hasSizeFilter: false };
  const v1 = str(rule.raw.Prefix);
  if (v1 !== undefined) parts.prefixes.push({ value: v1, pointer: rule.at('Prefix') });
  if (!filter) return parts;
  const containers: Array<['filter' | 'and', Record<string, unknown>, Array<string>]> = [['filter', filter, ['Filter']]];
  if (and) containers.push(['and', and, ['Filter', 'And']]);
  for (const [container, o, path] of containers) {
    const p = str(o.Prefix);
    if (p !== undefined) parts.prefixes.push({ value: p, pointer: rule.at(...path, 'Prefix') });
    for (const name of ['ObjectSizeGreaterThan', 'ObjectSizeLessThan'] as const) {
      if (present(o, name)) parts.hasSizeFilter = true;
      const v = int(o[name]);
      if (v !== undefined) parts.sizes.push({ name, value: v, pointer: rule.at(...path, name), container });
    }
  }
  if (isObj(filter.Tag)) {
    parts.tags.push({ pointer: rule.at('Filter', 'Tag'), key: filter.Tag.Key, value: filter.Tag.Value, inAnd: false, label: 'Filter.Tag' });
  }
  arr(and?.Tags).forEach((t, i) => {
    if (isObj(t))
      parts.tags.push({ pointer: rule.at('Filter', 'And', 'Tags', i), key: t.Key, value: t.Value, inAnd: true, label: `And.Tags[${i}]` });
  });
  parts.hasTagFilter = present(filter, 'Tag') || arr(and?.Tags).length > 0;
  return parts;
}

/** Characters as people count them (code points), not UTF-16 units. */
export function charLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
