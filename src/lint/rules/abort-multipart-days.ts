import { present } from '../filter-parts.js';
import { rejection } from '../messages.js';
import type { LifecycleRule } from '../types.js';
import { int, obj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

/** Catalogue 3e.1: AbortIncompleteMultipartUpload needs DaysAfterInitiation, of at least 1. */
export const abortMultipartDays: LifecycleRule = {
  meta: {
    id: 'abort-multipart-days',
    description: 'AbortIncompleteMultipartUpload has DaysAfterInitiation of 1 or more.',
    defaultSeverity: 'error',
    catalogue: ['3e.1'],
    evidence: evidenceFor('3e.1'),
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const abort = obj(rule.raw.AbortIncompleteMultipartUpload);
      if (!abort) continue;
      if (!present(abort, 'DaysAfterInitiation')) {
        // Other keys ("Days") are misspellings the schema names with a suggestion.
        if (Object.keys(abort).length > 0) continue;
        ctx.report({
          pointer: rule.at('AbortIncompleteMultipartUpload'),
          reportOnKey: true,
          message: rejection(rule.label, 'its AbortIncompleteMultipartUpload has no "DaysAfterInitiation"; say after how many days an unfinished upload is removed', 'MalformedXML'),
        });
        continue;
      }
      const days = int(abort.DaysAfterInitiation);
      if (days === undefined || days >= 1) continue;
      ctx.report({
        pointer: rule.at('AbortIncompleteMultipartUpload', 'DaysAfterInitiation'),
        message: rejection(
          rule.label,
          `it aborts incomplete multipart uploads after ${days} days; the earliest is 1 day after they start`,
          'InvalidArgument',
          "'DaysAfterInitiation' for AbortIncompleteMultipartUpload action must be a positive integer",
        ),
      });
    }
  },
};
