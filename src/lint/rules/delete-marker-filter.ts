import { documented, emulated } from '../report-message.js';
import { filterParts, present } from '../filter-parts.js';
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
    messages: {
      withTags: {
        message: '{{rule}} sets ExpiredObjectDeleteMarker, but its filter {{filter}} names tags',
        aws: documented('InvalidRequest'),
        hint: 'Move ExpiredObjectDeleteMarker to a rule filtered by prefix only.',
      },
      withSize: {
        message: '{{rule}} sets ExpiredObjectDeleteMarker, but its filter {{filter}} names an object size',
        aws: emulated('InvalidRequest'),
        hint: 'Move ExpiredObjectDeleteMarker to a rule filtered by prefix only.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      if (!present(obj(rule.raw.Expiration), 'ExpiredObjectDeleteMarker')) continue;
      const parts = filterParts(rule);
      const pointer = rule.at('Expiration', 'ExpiredObjectDeleteMarker');
      const filter = renderFilter(rule.selector);
      if (parts.hasTagFilter) {
        ctx.report({
          pointer,
          reportOnKey: true,
          messageId: 'withTags',
          data: { rule: rule.label, filter },
        });
      }
      if (parts.hasSizeFilter) {
        ctx.report({
          pointer,
          reportOnKey: true,
          messageId: 'withSize',
          data: { rule: rule.label, filter },
        });
      }
    }
  },
};
