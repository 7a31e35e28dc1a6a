import { recorded } from '../report-message.js';
import { ACTION_KEYS } from '../../model/lifecycle.js';
import type { LifecycleRule } from '../types.js';
import { evidenceFor } from '../evidence/records.js';

const AWS_TEXT = 'At least one action needs to be specified in a rule';

/**
 * Catalogue 1.9: a rule does something. An empty `Transitions` list is no action (nothing reaches
 * the wire); an action of the wrong shape counts as written, since the schema or another rule
 * reports its shape.
 */
export const ruleActionRequired: LifecycleRule = {
  meta: {
    id: 'rule-action-required',
    description: 'Every rule has at least one action (Expiration, Transitions, NoncurrentVersion…, AbortIncompleteMultipartUpload).',
    defaultSeverity: 'error',
    catalogue: ['1.9'],
    evidence: evidenceFor('1.9'),
    messages: {
      none: { message: '{{rule}} has no action', aws: recorded('InvalidRequest', AWS_TEXT), hint: 'Add one of {{actions}}.' },
      noneDisabled: {
        message: '{{rule}} (Disabled) has no action',
        hint: 'Add one of {{actions}}. AWS refuses an Enabled rule like this; whether it checks Disabled rules too is not on record.',
      },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const hasAction = ACTION_KEYS.some((k) => {
        const v = rule.raw[k];
        return v !== undefined && (!Array.isArray(v) || v.length > 0);
      });
      if (hasAction) continue;
      const data = { rule: rule.label, actions: ACTION_KEYS.join(', ') };
      // Whether S3 also refuses a Disabled rule without actions is unverified (catalogue 1.9).
      if (rule.raw.Status === 'Disabled') {
        ctx.report({
          pointer: rule.pointer,
          reportOnKey: true,
          severity: 'warning',
          messageId: 'noneDisabled',
          data,
        });
      } else {
        ctx.report({ pointer: rule.pointer, reportOnKey: true, messageId: 'none', data });
      }
    }
  },
};
