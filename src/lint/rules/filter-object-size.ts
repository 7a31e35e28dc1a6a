import { DOCUMENTED_MAX_FILTER_SIZE_BYTES, OBJECT_SIZE_FILTER_BOUNDS, TIB as TB } from '../../model/s3-limits.js';
import { filterParts, type LocatedSize } from '../filter-parts.js';
import { rejection, unverifiedRejection } from '../messages.js';
import type { LifecycleRule, LintContext } from '../types.js';
import type { RuleView } from '../view.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 2.5 and 2.6: object-size filters are byte counts within S3's bounds, and a range is not
 * empty (ObjectSizeGreaterThan < ObjectSizeLessThan). Values past the size the User Guide documents
 * but within the recorded bound are warnings: which of the two AWS enforces is unverified.
 */
export const filterObjectSize: LifecycleRule = {
  meta: {
    id: 'filter-object-size',
    description: 'Object-size filters are within S3\'s bounds and ObjectSizeGreaterThan is below ObjectSizeLessThan.',
    defaultSeverity: 'error',
    catalogue: ['2.5', '2.6'],
    evidence: evidenceFor('2.5', '2.6'),
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const sizes = filterParts(rule).sizes;
      for (const size of sizes) checkBounds(ctx, rule, size);
      for (const container of ['filter', 'and'] as const) {
        const gt = sizes.find((s) => s.container === container && s.name === 'ObjectSizeGreaterThan');
        const lt = sizes.find((s) => s.container === container && s.name === 'ObjectSizeLessThan');
        if (!gt || !lt || gt.value < lt.value) continue;
        ctx.report({
          pointer: lt.pointer,
          message: rejection(
            rule.label,
            `ObjectSizeLessThan ${bytes(lt.value)} is not above ObjectSizeGreaterThan ${bytes(gt.value)}, so no object can match`,
            'InvalidRequest',
            "'ObjectSizeLessThan' has to be a value greater than 'ObjectSizeGreaterThan'.",
          ),
        });
      }
    }
  },
};

function checkBounds(ctx: LintContext, rule: RuleView, size: LocatedSize): void {
  const { min, max } = OBJECT_SIZE_FILTER_BOUNDS[size.name];
  if (size.value < min || size.value > max) {
    ctx.report({
      pointer: size.pointer,
      message: rejection(
        rule.label,
        `${size.name} is ${bytes(size.value)}, outside the ${min}–${max} bytes S3 accepts`,
        'InvalidRequest',
        `'${size.name}' should be between ${min} and ${max}.`,
      ),
    });
  } else if (size.value > DOCUMENTED_MAX_FILTER_SIZE_BYTES) {
    ctx.report({
      pointer: size.pointer,
      severity: 'warning',
      message: unverifiedRejection(
        rule.label,
        `${size.name} is ${bytes(size.value)}, more than the ${DOCUMENTED_MAX_FILTER_SIZE_BYTES / TB} TB maximum filter size the S3 User Guide documents (emulators accept up to ${max} bytes)`,
      ),
    });
  }
}

function bytes(n: number): string {
  return n >= TB ? `${n} bytes (${+(n / TB).toFixed(2)} TB)` : `${n} bytes`;
}
