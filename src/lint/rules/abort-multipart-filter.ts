import { recorded } from '../report-message.js';
import { filterParts, present } from '../filter-parts.js';
import type { LifecycleRule } from '../types.js';
import { renderFilter } from '../../model/selector.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 3e.2 and 3e.3: an unfinished multipart upload has no tags and no size yet, so S3 refuses
 * AbortIncompleteMultipartUpload in a rule filtered by either.
 */
export const abortMultipartFilter: LifecycleRule = {
  meta: {
    id: 'abort-multipart-filter',
    description: 'AbortIncompleteMultipartUpload is not used in a rule filtered by tags or object size.',
    defaultSeverity: 'error',
    catalogue: ['3e.2', '3e.3'],
    evidence: evidenceFor('3e.2', '3e.3'),
    messages: {
      withTags: {
        message: '{{rule}} aborts incomplete multipart uploads, but its filter {{filter}} names tags',
        aws: recorded('InvalidRequest', 'AbortIncompleteMultipartUpload cannot be specified with Tags.'),
        hint: 'Move AbortIncompleteMultipartUpload to a rule filtered by prefix only.',
      },
      withSize: {
        message: '{{rule}} aborts incomplete multipart uploads, but its filter {{filter}} names an object size',
        aws: recorded('InvalidRequest', 'AbortIncompleteMultipartUpload cannot be specified with Object Size.'),
        hint: 'Move AbortIncompleteMultipartUpload to a rule filtered by prefix only.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      if (!present(rule.raw, 'AbortIncompleteMultipartUpload')) continue;
      const parts = filterParts(rule);
      const pointer = rule.at('AbortIncompleteMultipartUpload');
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
