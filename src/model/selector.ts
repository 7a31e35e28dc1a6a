/**
 * A lifecycle rule's selector folded into one shape whatever way the file wrote it (V1 Prefix,
 * Filter, And), and rendered the way AWS renders it in error messages. Read by lint, the canonical
 * form (model/canonical.ts), policies and the cost model alike.
 */
import { arr, int, isObj, obj, str } from './values.js';

export interface TagValue {
  key: string;
  value: string;
}

export interface Selector {
  /** 'v2': has Filter; 'v1': top-level Prefix only; 'both' / 'none': malformed. */
  version: 'v1' | 'v2' | 'both' | 'none';
  prefix: string;
  tags: TagValue[];
  sizeGreaterThan?: number;
  sizeLessThan?: number;
  /** True when the rule selects every object (no prefix, tag or size predicate). */
  wholeBucket: boolean;
}

export function selectorOf(rule: Record<string, unknown>): Selector {
  const filter = obj(rule.Filter);
  const hasV1 = typeof rule.Prefix === 'string';
  const version = filter && hasV1 ? 'both' : filter ? 'v2' : hasV1 ? 'v1' : 'none';
  const tags: TagValue[] = [];
  let prefix = str(rule.Prefix) ?? '';
  let gt: number | undefined;
  let lt: number | undefined;
  if (filter) {
    const and = obj(filter.And);
    prefix = str(filter.Prefix) ?? str(and?.Prefix) ?? (hasV1 ? prefix : '');
    const tag = obj(filter.Tag);
    if (tag) tags.push(tagOf(tag));
    for (const t of arr(and?.Tags)) if (isObj(t)) tags.push(tagOf(t));
    gt = int(filter.ObjectSizeGreaterThan) ?? int(and?.ObjectSizeGreaterThan);
    lt = int(filter.ObjectSizeLessThan) ?? int(and?.ObjectSizeLessThan);
  }
  const wholeBucket = prefix === '' && tags.length === 0 && gt === undefined && lt === undefined;
  return { version, prefix, tags, sizeGreaterThan: gt, sizeLessThan: lt, wholeBucket };
}

function tagOf(t: Record<string, unknown>): TagValue {
  return { key: str(t.Key) ?? '', value: str(t.Value) ?? '' };
}

/** The filter as AWS renders it inside error messages, e.g. "(prefix=logs/ and objectsizegreaterthan=0)". */
export function renderFilter(s: Selector): string {
  const parts: string[] = [];
  if (s.prefix !== '' || (s.tags.length === 0 && s.sizeGreaterThan === undefined && s.sizeLessThan === undefined)) {
    parts.push(`prefix=${s.prefix}`);
  }
  for (const t of s.tags) parts.push(`tag=${t.key}:${t.value}`);
  if (s.sizeGreaterThan !== undefined) parts.push(`objectsizegreaterthan=${s.sizeGreaterThan}`);
  if (s.sizeLessThan !== undefined) parts.push(`objectsizelessthan=${s.sizeLessThan}`);
  return `(${parts.join(' and ')})`;
}
