import { rejection } from '../messages.js';
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
  },
  check(ctx) {
    for (const rule of ctx.rules) {
      const status = rule.raw.Status;
      if (!Object.hasOwn(rule.raw, 'Status') || status === undefined) {
        ctx.report({
          pointer: rule.pointer,
          reportOnKey: true,
          message: rejection(rule.label, 'it has no "Status"; write "Status": "Enabled" (or "Disabled" to keep the rule without running it)', 'MalformedXML'),
        });
        continue;
      }
      // Any other type (true, null, 1) is a shape fault the schema reports.
      if (typeof status !== 'string' || (STATUSES as readonly string[]).includes(status)) continue;
      const near = STATUSES.find((s) => s.toLowerCase() === status.trim().toLowerCase());
      const fix = !near
        ? 'use "Enabled" or "Disabled"'
        : status.trim() === near
          ? `remove the spaces around "${near}"`
          : `did you mean "${near}"? S3's values are case-sensitive`;
      ctx.report({
        pointer: rule.at('Status'),
        message: rejection(rule.label, `Status ${JSON.stringify(status)} is not a status S3 knows (${fix})`, 'MalformedXML'),
      });
    }
  },
};
