/**
 * What the lint rules see of a file that is far outside S3's limits: the first rules S3 could take
 * and, inside them, the first members of each list and mapping. A file with 2 million rules is
 * rejected for its count (rules-limit) whatever they hold; checking each one would cost time and
 * memory in proportion (ajv alone keeps an error object per bad element) and print millions of
 * findings no one reads. Linear in what is kept, not in the file. Pure (ADR 0133).
 */
import { MAX_LIFECYCLE_RULES } from '../model/s3-limits.js';
import { isObj } from '../model/values.js';

/** Rules checked one by one: S3 takes no more in one configuration. */
export const MAX_CHECKED_RULES = MAX_LIFECYCLE_RULES;
/** Members of a list or mapping inside a rule that are checked (S3's own limits are far lower). */
export const MAX_CHECKED_MEMBERS = 100;

/** The file's data cut to the bounds: Rules to the first rules, every other list and mapping to its first members. */
export function boundedDocument(data: unknown): unknown {
  if (!isObj(data)) return data;
  const keys = Object.keys(data);
  let changed = keys.length > MAX_CHECKED_MEMBERS + 1;
  const out: Record<string, unknown> = {};
  // Rules and the request's LifecycleConfiguration are always kept, whatever their place.
  const kept = keys.filter((k, i) => i < MAX_CHECKED_MEMBERS || k === 'Rules' || k === 'LifecycleConfiguration');
  for (const k of kept) {
    const v = data[k];
    const b = k === 'Rules' && Array.isArray(v) ? boundedRules(v) : k === 'LifecycleConfiguration' ? boundedDocument(v) : bounded(v, 0);
    if (b !== v) changed = true;
    out[k] = b;
  }
  return changed ? out : data;
}

function boundedRules(rules: unknown[]): unknown[] {
  let changed = rules.length > MAX_CHECKED_RULES;
  const kept = rules.slice(0, MAX_CHECKED_RULES).map((r) => {
    const b = bounded(r, 0);
    if (b !== r) changed = true;
    return b;
  });
  return changed ? kept : rules;
}

function bounded(value: unknown, depth: number): unknown {
  // Nesting is capped by the loader (64); a rule's own is a few levels.
  if (Array.isArray(value)) {
    let changed = value.length > MAX_CHECKED_MEMBERS;
    const out = value.slice(0, MAX_CHECKED_MEMBERS).map((v) => {
      const b = bounded(v, depth + 1);
      if (b !== v) changed = true;
      return b;
    });
    return changed ? out : value;
  }
  if (isObj(value)) {
    const keys = Object.keys(value);
    let changed = keys.length > MAX_CHECKED_MEMBERS;
    const out: Record<string, unknown> = {};
    for (const k of keys.slice(0, MAX_CHECKED_MEMBERS)) {
      const b = bounded(value[k], depth + 1);
      if (b !== value[k]) changed = true;
      out[k] = b;
    }
    return changed ? out : value;
  }
  return value;
}
