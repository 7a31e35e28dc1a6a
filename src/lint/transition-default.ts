/**
 * TransitionDefaultMinimumObjectSize as it will be in effect after the PUT: the file's value, or
 * all_storage_classes_128K, which S3 applies to every new or modified configuration that does not
 * say otherwise (catalogue §5.3). Also which rules override it with a size filter (§5.2).
 */
import type { StorageClassName, TransitionDefaultMinimumObjectSize } from '../model/lifecycle.js';
import { DEFAULT_TRANSITION_MIN_OBJECT_BYTES, STORAGE_CLASSES } from '../model/storage-classes.js';
import { sizeRange } from './overlap.js';
import type { LintContext } from './types.js';
import { isObj } from '../model/values.js';
import type { Selector } from '../model/selector.js';

const KEY = 'TransitionDefaultMinimumObjectSize';

export interface TransitionDefault {
  value: TransitionDefaultMinimumObjectSize;
  /** Where the file sets it; undefined when the file leaves it to S3. */
  pointer?: string;
  /** False when the file sets a value AWS rejects (5.1, an error elsewhere); `value` is then a guess. */
  valid: boolean;
}

export function transitionDefault(
  ctx: Pick<LintContext, 'document' | 'config' | 'base' | 'transitionDefaultMinimumObjectSize'>,
): TransitionDefault {
  const raw = ctx.transitionDefaultMinimumObjectSize;
  const value: TransitionDefaultMinimumObjectSize = raw === 'varies_by_storage_class' ? raw : 'all_storage_classes_128K';
  if (raw === undefined) return { value, valid: true };
  const atTop = ctx.base !== '' && isObj(ctx.document) && ctx.document[KEY] !== undefined;
  return { value, pointer: atTop ? `/${KEY}` : `${ctx.base}/${KEY}`, valid: raw === value };
}

/** "Custom filters always take precedence over the default transition behavior." */
export function hasSizeFilter(s: Selector): boolean {
  return s.sizeGreaterThan !== undefined || s.sizeLessThan !== undefined;
}

/** Whether objects under 128 KiB reach `target` through a transition of a rule with selector `s`. */
export function smallObjectsReach(s: Selector, target: StorageClassName, d: TransitionDefault): boolean {
  if (hasSizeFilter(s)) {
    const r = sizeRange(s);
    return r.lo <= r.hi && r.lo < DEFAULT_TRANSITION_MIN_OBJECT_BYTES;
  }
  return d.value === 'varies_by_storage_class' && STORAGE_CLASSES[target].smallObjectsTransitionByDefault;
}
