/**
 * Rules lifeguard no longer has because AWS changed its answer: their ids stay known so that a
 * `.lifeguard.yml` naming one gets a sentence saying why, their docs pages stay, and their evidence
 * (the change itself) stays in the tripwire's citations.
 */
import { IA_MINIMUM_REMOVED } from '../model/storage-classes.js';
import { evidenceFor } from './evidence/records.js';
import type { Evidence } from './evidence/types.js';

export interface RetiredRule {
  id: string;
  /** The day AWS's change took effect (YYYY-MM-DD). */
  retired: string;
  /** One sentence: what AWS accepts now, and which rules cover what is left. */
  reason: string;
  catalogue: readonly string[];
  evidence: readonly Evidence[];
}

export const RETIRED_RULES: readonly RetiredRule[] = [
  {
    id: 'transition-ia-minimum',
    retired: IA_MINIMUM_REMOVED,
    reason:
      'AWS accepts transitions to STANDARD_IA and ONEZONE_IA from day 0; what remains is cost, reported by early-deletion-charge and small-object-transition',
    catalogue: ['3b.3'],
    evidence: evidenceFor('3b.3'),
  },
];

export function retiredRule(id: string): RetiredRule | undefined {
  return RETIRED_RULES.find((r) => r.id === id);
}

/** What `.lifeguard.yml` is told about a rule id lifeguard does not have. */
export function unknownRuleMessage(id: string): string {
  const retired = retiredRule(id);
  if (!retired) return `rules: "${id}" is not a lifeguard rule; see docs/rules/ for the list.`;
  return `rules: "${id}" was retired: since ${retired.retired} ${retired.reason}. Remove it (docs/rules/${id}.md).`;
}
