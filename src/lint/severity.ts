/**
 * Severities from `.lifeguard.yml`, decided in one place (ADR 0152). A rule gives each finding its
 * own severity (its default, or lower where it downgrades one case); the setting for the rule then
 * replaces the default, never a severity the rule chose below it, and `off` drops the finding.
 * Engines and flows call these; nothing else reads `config.rules` for a severity.
 */
import type { Finding, RuleMeta, Severity, SeveritySetting } from './types.js';

export type SeveritySettings = Readonly<Record<string, SeveritySetting>>;

/** The severity a finding ends with, or undefined when its rule is off. `meta` undefined: the setting applies as is. */
export function severityFor(
  meta: Pick<RuleMeta, 'defaultSeverity'> | undefined,
  own: Severity,
  setting: SeveritySetting | undefined,
): Severity | undefined {
  if (setting === 'off') return undefined;
  if (setting === undefined) return own;
  return meta === undefined || own === meta.defaultSeverity ? setting : own;
}

/** `findings` with the configured severities, those of rules turned off left out. */
export function withSeverities(
  findings: readonly Finding[],
  settings: SeveritySettings,
  metaOf: (id: string) => Pick<RuleMeta, 'defaultSeverity'> | undefined,
): Finding[] {
  const out: Finding[] = [];
  // A loop, not map/filter spreads: registry and quarantine files can give hundreds of thousands.
  for (const f of findings) {
    const setting = settings[f.ruleId];
    // No setting: the finding keeps the severity its rule gave it (severityFor returns it unchanged).
    if (setting === undefined) {
      out.push(f);
      continue;
    }
    const severity = severityFor(metaOf(f.ruleId), f.severity, setting);
    if (severity === undefined) continue;
    out.push(severity === f.severity ? f : { ...f, severity });
  }
  return out;
}
