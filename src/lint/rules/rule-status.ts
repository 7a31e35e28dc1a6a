import { documented } from '../report-message.js';
import type { LifecycleRule } from '../types.js';
import { evidenceFor } from '../evidence/records.js';

const STATUSES = ['Enabled', 'Disabled'] as const;

/** Catalogue 1.3: every rule says `Status: Enabled` or `Status: Disabled`, spelled exactly so. */
export const ruleStatus: LifecycleRule = {
  meta: {
    id: 'rule-status',
    description: 'Every rule has a Status of exactly "Enabled" or "Disabled".',
    defaultSeverity: 'error',
    catalogue: ['1.3'],
    evidence: evidenceFor('1.3'),
    messages: {
      missing: {
        message: '{{rule}} has no "Status"',
        aws: documented('MalformedXML'),
        hint: 'Write "Status": "Enabled" (or "Disabled" to keep the rule without running it).',
      },
      unknown: { message: '{{rule}}: Status {{status}} is not a status S3 knows', aws: documented('MalformedXML'), hint: '{{fix}}' },
    },
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const status = rule.raw.Status;
      if (!Object.hasOwn(rule.raw, 'Status') || status === undefined) {
        ctx.report({
          pointer: rule.pointer,
          reportOnKey: true,
          messageId: 'missing',
          data: { rule: rule.label },
        });
        continue;
      }
      // Any other type (true, null, 1) is a shape fault the schema reports.
      if (typeof status !== 'string' || (STATUSES as readonly string[]).includes(status)) continue;
      const near = STATUSES.find((s) => s.toLowerCase() === status.trim().toLowerCase());
      const fix = !near
        ? 'Use "Enabled" or "Disabled".'
        : status.trim() === near
          ? `Remove the spaces around "${near}".`
          : `Did you mean "${near}"? S3's values are case-sensitive.`;
      ctx.report({
        pointer: rule.at('Status'),
        messageId: 'unknown',
        data: { rule: rule.label, status: JSON.stringify(status), fix },
      });
    }
  },
};
