import { documented } from '../report-message.js';
import { timingKey } from '../transition-sequence.js';
import type { LifecycleRule } from '../types.js';
import { arr, isObj, obj } from '../../model/values.js';
import { evidenceFor } from '../evidence/records.js';

/**
 * Catalogue 3b.7: one rule times its Expiration and Transitions all by `Days` or all by `Date`.
 * A rule whose Transitions already mix is reported once, for the Transitions; the Expiration is
 * then compared with nothing.
 */
export const dateDaysMixing: LifecycleRule = {
  meta: {
    id: 'date-days-mixing',
    description: 'A rule times its Expiration and Transitions all by Days or all by Date, never both.',
    defaultSeverity: 'error',
    catalogue: ['3b.7'],
    evidence: evidenceFor('3b.7'),
    messages: {
      transitions: {
        message: '{{rule}}: Transitions[{{index}}] is timed by {{key}}, an earlier Transition by {{unit}}',
        aws: documented('InvalidRequest'),
        hint: 'Time every transition of the rule by Days, or every one by Date.',
      },
      expiration: {
        message: '{{rule}}: the Expiration is timed by {{key}}, the Transitions by {{unit}}',
        aws: documented('InvalidRequest'),
        hint: 'Time the whole rule by Days, or the whole rule by Date.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      let unit: 'Days' | 'Date' | undefined;
      let mixed = false;
      arr(rule.raw.Transitions).forEach((t, i) => {
        const key = isObj(t) ? timingKey(t) : undefined;
        if (!key || mixed) return;
        if (unit === undefined) {
          unit = key;
          return;
        }
        if (key === unit) return;
        mixed = true;
        ctx.report({
          pointer: rule.at('Transitions', i, key),
          reportOnKey: true,
          messageId: 'transitions',
          data: { rule: rule.label, index: i, key, unit },
        });
      });
      const expiration = obj(rule.raw.Expiration);
      const expKey = expiration ? timingKey(expiration) : undefined;
      if (mixed || unit === undefined || expKey === undefined || expKey === unit) continue;
      ctx.report({
        pointer: rule.at('Expiration', expKey),
        reportOnKey: true,
        messageId: 'expiration',
        data: { rule: rule.label, key: expKey, unit },
      });
    }
  },
};
