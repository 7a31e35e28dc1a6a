/**
 * The flows' entry to severities: every finding a flow collects (lint, policy, bucket state,
 * registry, quarantine, files) passes here once more before it is shown, so a setting reaches
 * findings that were built outside a rule engine too (registry protection in check, plan and
 * orphans). Applying it twice changes nothing.
 */
import { ruleMeta } from './known-rules.js';
import { withSeverities, type SeveritySettings } from '../lint/severity.js';
import type { Finding } from '../lint/types.js';

export function applySeverities(findings: readonly Finding[], settings: SeveritySettings): Finding[] {
  return withSeverities(findings, settings, ruleMeta);
}
