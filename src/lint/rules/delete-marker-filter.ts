import { filterParts, present } from '../filter-parts.js';
import { rejection } from '../messages.js';
import type { LifecycleRule } from '../types.js';
import { renderFilter } from '../../model/selector.js';
import { obj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 3a.4 and 3a.5: removing expired delete markers applies to whole prefixes only. A rule
 * filtered by tags or object size may not carry ExpiredObjectDeleteMarker; S3 refuses it even when
 * the marker is false (recorded for the size filter), so presence is what counts.
 */
export const deleteMarkerFilter: LifecycleRule = {
  meta: {
    id: 'delete-marker-filter',
    description: 'ExpiredObjectDeleteMarker is not used in a rule filtered by tags or object size.',
    defaultSeverity: 'error',
    catalogue: ['3a.4', '3a.5'],
    evidence: evidenceFor('3a.4', '3a.5'),
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      if (!present(obj(rule.raw.Expiration), 'ExpiredObjectDeleteMarker')) continue;
      const parts = filterParts(rule);
      const pointer = rule.at('Expiration', 'ExpiredObjectDeleteMarker');
      const filter = renderFilter(rule.selector);
      const fix = 'move ExpiredObjectDeleteMarker to a rule filtered by prefix only';
      if (parts.hasTagFilter) {
        ctx.report({
          pointer,
          reportOnKey: true,
          message: rejection(rule.label, `it sets ExpiredObjectDeleteMarker in a rule whose filter ${filter} names tags; ${fix}`, 'InvalidRequest', 'ExpiredObjectDeleteMarker cannot be specified with Tags.'),
        });
      }
      if (parts.hasSizeFilter) {
        ctx.report({
          pointer,
          reportOnKey: true,
          message: rejection(rule.label, `it sets ExpiredObjectDeleteMarker in a rule whose filter ${filter} names an object size; ${fix}`, 'InvalidRequest', 'ExpiredObjectDeleteMarker cannot be specified with Object Size.'),
        });
      }
    }
  },
};
