import { documented, recorded, SCHEMA_TEXT } from '../report-message.js';
import { parseLifecycleDate } from '../dates.js';
import type { LifecycleRule, LintContext } from '../types.js';
import { arr, isObj, obj, str } from '../../model/values.js';
import type { RuleView } from '../view.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 3a.3 and 3b.8: a `Date` in Expiration or a Transition is an ISO-8601 timestamp at
 * midnight UTC. Non-zero fractional seconds at midnight are only presumed rejected, so they warn.
 */
export const dateMidnight: LifecycleRule = {
  meta: {
    id: 'date-midnight',
    description: 'Every Expiration and Transition Date is an ISO-8601 timestamp at midnight UTC.',
    defaultSeverity: 'error',
    catalogue: ['3a.3', '3b.8'],
    evidence: evidenceFor('3a.3', '3b.8'),
    messages: {
      invalid: {
        message: '{{rule}}: {{what}} {{text}} is not an ISO-8601 date',
        aws: recorded('MalformedXML', SCHEMA_TEXT),
        hint: 'Write it as "2025-01-31T00:00:00Z".',
      },
      notMidnight: {
        message: '{{rule}}: {{what}} {{text}} is {{utc}}, not midnight UTC',
        aws: recorded('InvalidArgument', "'Date' must be at midnight GMT"),
        hint: 'Use midnight UTC: "…T00:00:00Z".',
      },
      fraction: {
        message: '{{rule}}: {{what}} {{text}} has fractional seconds after midnight',
        aws: documented('InvalidArgument'),
        hint: 'Write ".000Z" or leave the fraction out.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const expiration = obj(rule.raw.Expiration);
      if (expiration) checkDate(ctx, rule, expiration.Date, 'the Expiration Date', ['Expiration', 'Date']);
      arr(rule.raw.Transitions).forEach((t, i) => {
        if (isObj(t)) checkDate(ctx, rule, t.Date, `the Date of Transitions[${i}]`, ['Transitions', i, 'Date']);
      });
    }
  },
};

function checkDate(ctx: LintContext, rule: RuleView, value: unknown, what: string, path: Array<string | number>): void {
  const text = str(value);
  if (text === undefined) return;
  const date = parseLifecycleDate(text);
  const pointer = rule.at(...path);
  switch (date.kind) {
    case 'invalid':
      ctx.report({
        pointer,
        messageId: 'invalid',
        data: { rule: rule.label, what, text: JSON.stringify(text) },
      });
      return;
    case 'not-midnight':
      ctx.report({
        pointer,
        messageId: 'notMidnight',
        data: { rule: rule.label, what, text: JSON.stringify(text), utc: date.utc },
      });
      return;
    case 'fraction':
      ctx.report({
        pointer,
        severity: 'warning',
        messageId: 'fraction',
        data: { rule: rule.label, what, text: JSON.stringify(text) },
      });
      return;
    case 'midnight':
      return;
  }
}
