import type { CheckReport } from '../findings/types.js';

/** The machine contract of `lifeguard check --format json` (documented in the README). */
export function formatJson(report: CheckReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
