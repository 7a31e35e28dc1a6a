import { rejection } from '../messages.js';
import { timingKey } from '../transition-sequence.js';
import type { LifecycleRule } from '../types.js';
import { arr, isObj, obj } from '../../model/values.js';
import { renderFilter } from '../../model/selector.js';
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
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const filter = renderFilter(rule.selector);
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
          message: rejection(
            rule.label,
            `Transitions[${i}] is timed by ${key} while an earlier Transition is timed by ${unit}; use one of them for every transition`,
            'InvalidRequest',
            `Found mixed 'Date' and 'Days' based Transition actions in lifecycle rule for filter '${filter}'`,
          ),
        });
      });
      const expiration = obj(rule.raw.Expiration);
      const expKey = expiration ? timingKey(expiration) : undefined;
      if (mixed || unit === undefined || expKey === undefined || expKey === unit) continue;
      ctx.report({
        pointer: rule.at('Expiration', expKey),
        reportOnKey: true,
        message: rejection(
          rule.label,
          `the Expiration is timed by ${expKey} while the Transitions are timed by ${unit}; use one of them for the whole rule`,
          'InvalidRequest',
          `Found mixed 'Date' and 'Days' based Expiration and Transition actions in lifecycle rule for filter '${filter}'`,
        ),
      });
    }
  },
};
