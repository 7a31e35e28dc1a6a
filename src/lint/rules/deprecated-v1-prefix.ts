import { plural } from '../messages.js';
import type { LifecycleRule } from '../types.js';
import { prefixesIntoFilters } from '../fixes/plans.js';

/**
 * Catalogue W8: rules selected by the top-level Prefix of Lifecycle V1. A configuration is all V1 or
 * all V2 (mixing is a REJECT row, 4.1/4.2), so the fix is configuration-wide and the warning is
 * given once, at the first V1 rule, rather than once per rule.
 */
export const deprecatedV1Prefix: LifecycleRule = {
  meta: {
    id: 'deprecated-v1-prefix',
    description: 'Rules select objects with Filter (Lifecycle V2), not the deprecated top-level Prefix.',
    defaultSeverity: 'warning',
    catalogue: ['W8'],
    fix: {
      kind: 'safe',
      what: 'moves each rule-level Prefix into `"Filter": {"Prefix": …}`, in the place the Prefix had; S3 selects the same objects',
    },
    messages: {
      v1: {
        message: '{{subject}}: the top-level Prefix is the deprecated Lifecycle V1 form',
        hint: 'Move every rule to "Filter": {"Prefix": …} in one change: tools that add a Filter rule to a V1 configuration get it rejected.',
      },
    },
  },
  check(ctx) {
    const versions = new Set(ctx.rules.map((r) => r.selector.version));
    // A mix is rejected by AWS (an error elsewhere); this warning is about a valid all-V1 configuration.
    if (versions.has('v2') || versions.has('both')) return;
    const v1 = ctx.rules.filter((r) => r.selector.version === 'v1');
    const first = v1[0];
    if (!first) return;
    const subject = v1.length === 1 ? first.label : `${plural(v1.length, 'rule')} (${first.label} and ${v1.length - 1} more)`;
    ctx.report({
      pointer: first.at('Prefix'),
      reportOnKey: true,
      messageId: 'v1',
      data: { subject },
      fixes: [prefixesIntoFilters(v1, v1.length === 1 ? first.label : `all ${v1.length} rules`)!],
    });
  },
};
