/**
 * A read-only view of one lifecycle rule for lint rules: its pointer, a label for messages, and its
 * selector folded into one shape whatever way the file wrote it (V1 Prefix, Filter, And).
 */
import { joinPointer } from '../load/pointer.js';
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

export interface RuleView {
  index: number;
  raw: Record<string, unknown>;
  /** Pointer of the rule object, e.g. /Rules/3. */
  pointer: string;
  /** "rule 'logs'" or "rule #4 (no ID)". */
  label: string;
  enabled: boolean;
  selector: Selector;
  /** Pointer of a member of this rule. */
  at(...segments: Array<string | number>): string;
}

export function ruleViews(config: Record<string, unknown>, base: string): RuleView[] {
  const views: RuleView[] = [];
  arr(config.Rules).forEach((raw, index) => {
    if (!isObj(raw)) return;
    const pointer = joinPointer(base, 'Rules', index);
    views.push({
      index,
      raw,
      pointer,
      label: ruleLabel(raw, index),
      enabled: raw.Status === 'Enabled',
      selector: selectorOf(raw),
      at: (...segments) => joinPointer(pointer, ...segments),
    });
  });
  return views;
}

/** Characters of an ID quoted in a rule's label. */
const MAX_LABEL_ID = 60;

export function ruleLabel(raw: Record<string, unknown>, index: number): string {
  const id = str(raw.ID);
  // An ID can be megabytes long (the file's limit): a label quotes the start, so findings stay short.
  if (id && id.length > MAX_LABEL_ID) return `rule '${id.slice(0, MAX_LABEL_ID)}…' (an ID of ${id.length.toLocaleString('en-US')} characters)`;
  return id ? `rule '${id}'` : `rule #${index + 1} (no ID)`;
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
