import { documented } from '../report-message.js';
import { joinPointer } from '../../load/pointer.js';
import { MAX_LIFECYCLE_RULES } from '../../model/s3-limits.js';
import type { LifecycleRule } from '../types.js';
import { evidenceFor } from '../evidence/records.js';

/** Catalogue 1.2: at most 1,000 rules per bucket, a limit AWS does not raise. */
export const rulesLimit: LifecycleRule = {
  meta: {
    id: 'rules-limit',
    description: `The configuration has at most ${MAX_LIFECYCLE_RULES.toLocaleString('en-US')} rules.`,
    defaultSeverity: 'error',
    catalogue: ['1.2'],
    evidence: evidenceFor('1.2'),
    messages: {
      tooMany: {
        message: 'the configuration has {{count}} rules, {{over}} more than the {{max}} a bucket may have',
        aws: documented('InvalidRequest'),
        hint: 'Merge rules that share a filter: the limit cannot be raised.{{checked}}',
      },
    },
  },
  check(ctx) {
    const rules = ctx.config.Rules;
    const count = ctx.ruleCount ?? (Array.isArray(rules) ? rules.length : 0);
    if (!Array.isArray(rules) || count <= MAX_LIFECYCLE_RULES) return;
    ctx.report({
      pointer: joinPointer(ctx.base, 'Rules'),
      reportOnKey: true,
      messageId: 'tooMany',
      data: {
        count: count.toLocaleString('en-US'),
        over: (count - MAX_LIFECYCLE_RULES).toLocaleString('en-US'),
        max: MAX_LIFECYCLE_RULES.toLocaleString('en-US'),
        checked: rules.length < count ? ` lifeguard checked the first ${rules.length.toLocaleString('en-US')} one by one.` : '',
      },
    });
  },
};
