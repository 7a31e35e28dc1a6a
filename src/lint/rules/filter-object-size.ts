import { documented, recorded } from '../report-message.js';
import { DOCUMENTED_MAX_FILTER_SIZE_BYTES, OBJECT_SIZE_FILTER_BOUNDS, TIB as TB } from '../../model/s3-limits.js';
import { filterParts, type LocatedSize } from '../filter-parts.js';
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
    description: "Object-size filters are within S3's bounds and ObjectSizeGreaterThan is below ObjectSizeLessThan.",
    defaultSeverity: 'error',
    catalogue: ['2.5', '2.6'],
    evidence: evidenceFor('2.5', '2.6'),
    messages: {
      emptyRange: {
        message: '{{rule}}: ObjectSizeLessThan {{lt}} is not above ObjectSizeGreaterThan {{gt}}; nothing matches',
        aws: documented('InvalidRequest'),
        hint: 'Make ObjectSizeLessThan larger than ObjectSizeGreaterThan.',
      },
      outOfBounds: {
        message: '{{rule}}: {{name}} is {{size}}, outside the {{min}}–{{max}} bytes S3 accepts',
        aws: recorded('InvalidRequest', "'{{name}}' should be between {{min}} and {{max}}."),
        hint: 'Use a size within the bounds.',
      },
      overDocumented: {
        message: '{{rule}}: {{name}} is {{size}}, over the {{documented}} TB maximum filter size AWS documents',
        hint: 'Stay at or under {{documented}} TB; whether AWS rejects more is not verified (emulators accept up to {{max}} bytes).',
      },
    },
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
          messageId: 'emptyRange',
          data: { rule: rule.label, lt: bytes(lt.value), gt: bytes(gt.value) },
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
      messageId: 'outOfBounds',
      data: { rule: rule.label, name: size.name, size: bytes(size.value), min, max },
    });
  } else if (size.value > DOCUMENTED_MAX_FILTER_SIZE_BYTES) {
    ctx.report({
      pointer: size.pointer,
      severity: 'warning',
      messageId: 'overDocumented',
      data: { rule: rule.label, name: size.name, size: bytes(size.value), documented: DOCUMENTED_MAX_FILTER_SIZE_BYTES / TB, max },
    });
  }
}

function bytes(n: number): string {
  return n >= TB ? `${n} bytes (${+(n / TB).toFixed(2)} TB)` : `${n} bytes`;
}
