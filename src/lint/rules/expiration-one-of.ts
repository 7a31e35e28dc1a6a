import { recorded, SCHEMA_TEXT } from '../report-message.js';
import { present } from '../filter-parts.js';
import type { LifecycleRule } from '../types.js';
import { obj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

const CONDITIONS = ['Days', 'Date', 'ExpiredObjectDeleteMarker'] as const;

/**
 * Catalogue 3a.1: an Expiration says when in exactly one way: Days, Date, or
 * ExpiredObjectDeleteMarker. S3's published schema makes them a choice, so anything else is
 * MalformedXML (observed for ExpiredObjectDeleteMarker with Days, even when the marker is false).
 */
export const expirationOneOf: LifecycleRule = {
  meta: {
    id: 'expiration-one-of',
    description: 'An Expiration has exactly one of Days, Date or ExpiredObjectDeleteMarker.',
    defaultSeverity: 'error',
    catalogue: ['3a.1'],
    evidence: evidenceFor('3a.1'),
    messages: {
      empty: {
        message: '{{rule}}: its Expiration is empty',
        aws: recorded('MalformedXML', SCHEMA_TEXT),
        hint: 'Give it "Days", "Date" or "ExpiredObjectDeleteMarker".',
      },
      both: {
        message: '{{rule}}: its Expiration has both {{written}}; it takes exactly one',
        aws: recorded('MalformedXML', SCHEMA_TEXT),
        hint: '{{fix}}',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const exp = obj(rule.raw.Expiration);
      if (!exp) continue;
      const written = CONDITIONS.filter((k) => present(exp, k));
      if (written.length === 0) {
        // Only unknown keys (a misspelt "days"): the schema names them, which is the better hint.
        if (Object.keys(exp).length > 0) continue;
        ctx.report({
          pointer: rule.at('Expiration'),
          reportOnKey: true,
          messageId: 'empty',
          data: { rule: rule.label },
        });
      } else if (written.length > 1) {
        const marker = written.includes('ExpiredObjectDeleteMarker');
        const fix = marker
          ? 'ExpiredObjectDeleteMarker "cannot be specified with Days or Date" (API reference): put it in a rule of its own.'
          : 'Keep one of them.';
        const second = marker ? 'ExpiredObjectDeleteMarker' : written[1]!;
        ctx.report({
          pointer: rule.at('Expiration', second),
          reportOnKey: true,
          messageId: 'both',
          data: { rule: rule.label, written: written.join(' and '), fix },
        });
      }
    }
  },
};
