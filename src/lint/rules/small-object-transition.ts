import type { StorageClassName } from '../../model/lifecycle.js';
import { DEFAULT_TRANSITION_MIN_OBJECT_BYTES, KIB, STORAGE_CLASSES } from '../../model/storage-classes.js';
import { timedActions } from '../actions.js';
import { formatBytes, sizeRange } from '../overlap.js';
import { hasSizeFilter, smallObjectsReach, transitionDefault } from '../transition-default.js';
import type { LifecycleRule } from '../types.js';
import { has, obj } from '../../model/values.js';
import type { RuleView } from '../view.js';

/**
 * Catalogue W2: objects under 128 KiB transitioned to a class that bills them by a minimum size
 * (STANDARD_IA, ONEZONE_IA, GLACIER_IR) or adds archive metadata per object (GLACIER,
 * DEEP_ARCHIVE). They reach such a class when the rule's size filter admits them (a size filter
 * overrides S3's 128 KiB default), or, under varies_by_storage_class, for the archive classes.
 */
export const smallObjectTransition: LifecycleRule = {
  meta: {
    id: 'small-object-transition',
    description: 'Objects under 128 KiB are not transitioned to classes that bill a minimum size or a per-object overhead.',
    defaultSeverity: 'warning',
    catalogue: ['W2'],
    messages: {
      sizeFilter: {
        message: '{{rule}}: its size filter sends objects under {{small}} to {{classes}} (from {{from}})',
        hint: '{{costs}}; each transition is a billed request too, so small objects can cost more moved than kept. Raise ObjectSizeGreaterThan to {{bytes}} or more.',
      },
      variesByClass: {
        message: '{{rule}}: with varies_by_storage_class, S3 moves objects under {{small}} to {{classes}}',
        hint: '{{costs}}; each transition is a billed request too. Add "ObjectSizeGreaterThan": {{bytes}} to the Filter, or use all_storage_classes_128K.',
      },
    },
  },
  check(ctx) {
    const def = transitionDefault(ctx);
    for (const rule of ctx.rules) {
      if (!rule.enabled) continue;
      const costly = new Map<StorageClassName, string>();
      for (const a of timedActions(rule)) {
        const target = a.storageClass;
        if (!target || costly.has(target) || !smallObjectCost(target)) continue;
        if (smallObjectsReach(rule.selector, target, def))
          costly.set(target, a.pointer.replace(/\/(Days|Date|NoncurrentDays)$/, '/StorageClass'));
      }
      if (costly.size === 0) continue;
      const classes = [...costly.keys()];
      const sized = hasSizeFilter(rule.selector);
      const data = {
        rule: rule.label,
        small: SMALL,
        classes: classes.join(' and '),
        costs: classes
          .map(smallObjectCost)
          .join('; ')
          .replace(/^./, (c) => c.toUpperCase()),
        bytes: DEFAULT_TRANSITION_MIN_OBJECT_BYTES,
        ...(sized ? { from: formatBytes(sizeRange(rule.selector).lo) } : {}),
      };
      ctx.report({
        pointer: sized ? sizePointer(rule) : costly.get(classes[0]!)!,
        messageId: sized ? 'sizeFilter' : 'variesByClass',
        data,
      });
    }
  },
};

/** What a small object costs in `c`, from the storage-class table; undefined when nothing extra. */
function smallObjectCost(c: StorageClassName): string | undefined {
  const f = STORAGE_CLASSES[c];
  if (f.minBillableBytes > 0) return `${c} bills each object as at least ${kib(f.minBillableBytes)}`;
  if (f.archiveOverhead) {
    const { classBytes, standardBytes } = f.archiveOverhead;
    return `${c} adds ${kib(classBytes + standardBytes)} of metadata per object (${kib(standardBytes)} billed at the STANDARD rate, ${kib(classBytes)} at the ${c} rate)`;
  }
  return undefined;
}

function kib(bytes: number): string {
  return `${bytes / KIB} KiB`;
}

const SMALL = kib(DEFAULT_TRANSITION_MIN_OBJECT_BYTES);

function sizePointer(rule: RuleView): string {
  const filter = obj(rule.raw.Filter);
  const and = obj(filter?.And);
  for (const key of ['ObjectSizeGreaterThan', 'ObjectSizeLessThan']) {
    if (has(filter, key)) return rule.at('Filter', key);
    if (has(and, key)) return rule.at('Filter', 'And', key);
  }
  return rule.at('Filter');
}
