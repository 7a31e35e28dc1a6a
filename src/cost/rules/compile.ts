/**
 * A lifecycle configuration as the simulator needs it: enabled rules with their selector and their
 * actions (read from the canonical form, model/canonical.ts) as day offsets or fixed days. Reads untrusted data tolerantly (the lint path reports
 * shape faults); anything it cannot read is left out and named in `skipped`.
 */
import type { StorageClassName, TransitionDefaultMinimumObjectSize } from '../../model/lifecycle.js';
import { DEFAULT_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE, isStorageClass } from '../../model/storage-classes.js';
import { normalizeRule } from '../../model/canonical.js';
import { locateConfiguration } from '../../model/extract.js';
import { ruleLabel } from '../../lint/view.js';
import { selectorOf, type Selector } from '../../model/selector.js';
import { arr, isObj, obj, str } from '../../model/values.js';
import { dayOfIsoText } from '../time.js';

/** When an action fires: `days` after creation (or after becoming noncurrent), or on a fixed day. */
export type When = { days: number } | { onDay: number };

export interface CompiledTransition {
  when: When;
  storageClass: StorageClassName;
  /** NewerNoncurrentVersions (noncurrent actions only): versions kept out of the action. */
  newer?: number;
}

export interface CompiledRule {
  /** Index in the configuration's Rules array. */
  index: number;
  id: string | undefined;
  label: string;
  selector: Selector;
  /** The filter has a size predicate: it overrides the 128 KiB transition default (§5.2). */
  hasSizeFilter: boolean;
  transitions: CompiledTransition[];
  expiration?: When;
  noncurrentTransitions: CompiledTransition[];
  noncurrentExpiration?: { days: number; newer?: number };
  abortsMultipartUploads: boolean;
}

export interface CompiledConfig {
  rules: CompiledRule[];
  /** Disabled rules are kept for reporting only; they never act. */
  disabled: number;
  minimumObjectSize: TransitionDefaultMinimumObjectSize;
  /** Where minimumObjectSize came from: the file, or lifeguard's default for what it applies. */
  minimumObjectSizeSource: 'file' | 'default';
  /** Actions that could not be read (e.g. a malformed Date), as sentences. */
  skipped: string[];
}

export const EMPTY_CONFIG: CompiledConfig = {
  rules: [],
  disabled: 0,
  minimumObjectSize: DEFAULT_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE,
  minimumObjectSizeSource: 'default',
  skipped: [],
};

/**
 * `data` is a lifecycle file's parsed content (the S3 API shape or a full request). A configuration
 * lifeguard applies uses the file's TransitionDefaultMinimumObjectSize, else all_storage_classes_128K.
 */
export function compileConfiguration(data: unknown): CompiledConfig {
  const located = locateConfiguration(data);
  const size = located.transitionDefaultMinimumObjectSize;
  const fromFile = size === 'all_storage_classes_128K' || size === 'varies_by_storage_class';
  const rules: CompiledRule[] = [];
  const skipped: string[] = [];
  let disabled = 0;
  arr(located.config.Rules).forEach((raw, index) => {
    if (!isObj(raw)) return;
    if (raw.Status !== 'Enabled') {
      disabled++;
      return;
    }
    rules.push(compileRule(raw, index, skipped));
  });
  return {
    rules,
    disabled,
    minimumObjectSize: fromFile ? size : DEFAULT_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE,
    minimumObjectSizeSource: fromFile ? 'file' : 'default',
    skipped,
  };
}

function compileRule(raw: Record<string, unknown>, index: number, skipped: string[]): CompiledRule {
  const label = ruleLabel(raw, index);
  const selector = selectorOf(raw);
  // The actions come from the one canonical form (model/canonical.ts); the simulator only turns
  // their times into day offsets or fixed days.
  const rule = normalizeRule(raw);
  const when = (t: { days?: number; date?: string }, what: string): When | undefined => {
    if (t.days !== undefined && t.days >= 0) return { days: t.days };
    if (t.date !== undefined) {
      const day = dayOfIsoText(t.date);
      if (Number.isFinite(day)) return { onDay: day };
    }
    skipped.push(`${label}: ${what} has no readable Days or Date and is left out of the projection`);
    return undefined;
  };
  const transitions: CompiledTransition[] = [];
  for (const t of rule.transitions) {
    if (!isStorageClass(t.storageClass)) continue;
    const w = when(t, `a Transition to ${t.storageClass}`);
    if (w) transitions.push({ when: w, storageClass: t.storageClass });
  }
  const exp = obj(raw.Expiration);
  const expiration = exp && (exp.Days !== undefined || exp.Date !== undefined) ? when(rule.expiration ?? {}, 'Expiration') : undefined;
  const noncurrentTransitions: CompiledTransition[] = [];
  for (const t of rule.noncurrentTransitions) {
    if (!isStorageClass(t.storageClass) || t.noncurrentDays === undefined || t.noncurrentDays < 0) continue;
    noncurrentTransitions.push({ when: { days: t.noncurrentDays }, storageClass: t.storageClass, newer: t.newerNoncurrentVersions });
  }
  const nce = rule.noncurrentExpiration;
  return {
    index,
    id: str(raw.ID),
    label,
    selector,
    hasSizeFilter: selector.sizeGreaterThan !== undefined || selector.sizeLessThan !== undefined,
    transitions: transitions.sort((a, b) => whenOrder(a.when) - whenOrder(b.when)),
    expiration,
    noncurrentTransitions: noncurrentTransitions.sort((a, b) => whenOrder(a.when) - whenOrder(b.when)),
    noncurrentExpiration:
      nce?.noncurrentDays !== undefined && nce.noncurrentDays > 0
        ? { days: nce.noncurrentDays, newer: nce.newerNoncurrentVersions }
        : undefined,
    abortsMultipartUploads: rule.abortIncompleteMultipartUpload !== undefined,
  };
}

function whenOrder(w: When): number {
  return 'days' in w ? w.days : w.onDay;
}

/** The largest NewerNoncurrentVersions any rule uses: version ranks above it behave alike. */
export function maxNewerVersions(configs: readonly CompiledConfig[]): number {
  let max = 0;
  for (const c of configs) {
    for (const r of c.rules) {
      for (const t of r.noncurrentTransitions) max = Math.max(max, t.newer ?? 0);
      max = Math.max(max, r.noncurrentExpiration?.newer ?? 0);
    }
  }
  return max;
}
