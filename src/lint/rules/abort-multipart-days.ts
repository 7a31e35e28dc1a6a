import { recorded, SCHEMA_TEXT } from '../report-message.js';
import { present } from '../filter-parts.js';
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
    messages: {
      missing: {
        message: '{{rule}}: AbortIncompleteMultipartUpload has no "DaysAfterInitiation"',
        aws: recorded('MalformedXML', SCHEMA_TEXT),
        hint: 'Say after how many days an unfinished upload is removed: "DaysAfterInitiation": 7.',
      },
      notPositive: {
        message: '{{rule}} aborts incomplete multipart uploads after {{days}} days; the earliest is 1',
        aws: recorded('InvalidArgument', "'DaysAfterInitiation' for AbortIncompleteMultipartUpload action must be a positive integer"),
        hint: 'Use 1 or more days.',
      },
    },
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
          messageId: 'missing',
          data: { rule: rule.label },
        });
        continue;
      }
      const days = int(abort.DaysAfterInitiation);
      if (days === undefined || days >= 1) continue;
      ctx.report({
        pointer: rule.at('AbortIncompleteMultipartUpload', 'DaysAfterInitiation'),
        messageId: 'notPositive',
        data: { rule: rule.label, days },
      });
    }
  },
};
