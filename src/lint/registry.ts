/**
 * Every lifecycle rule, by id, in sorted order (a test keeps it sorted). The id is the key for
 * `.lifeguard.yml`, SARIF, annotations and docs/rules/<id>.md.
 */
import { STATE_RULES } from '../plan/state-rules/registry.js';
import { REGISTRY_RULES } from '../registry/rules.js';
import { FILE_RULES } from './file-rules.js';
import { lifecycleSchema } from './rules/lifecycle-schema.js';
import { ruleIdUnique } from './rules/rule-id-unique.js';
import { transitionIaMinimum } from './rules/transition-ia-minimum.js';
import type { LifecycleRule, RuleMeta } from './types.js';

export const LIFECYCLE_RULES: Readonly<Record<string, LifecycleRule>> = {
  'lifecycle-schema': lifecycleSchema,
  'rule-id-unique': ruleIdUnique,
  'transition-ia-minimum': transitionIaMinimum,
};

/** Metadata of everything that can produce a finding, for SARIF, docs and configuration. */
export function allRuleMetas(): RuleMeta[] {
  return [...FILE_RULES, ...REGISTRY_RULES, ...stateRuleMetas(), ...Object.values(LIFECYCLE_RULES).map((r) => r.meta)].sort((a, b) => a.id.localeCompare(b.id));
}

export function ruleMeta(id: string): RuleMeta | undefined {
  return LIFECYCLE_RULES[id]?.meta ?? [...FILE_RULES, ...REGISTRY_RULES, ...stateRuleMetas()].find((m) => m.id === id);
}

/** Rules that need the live bucket (plan, apply): same metadata, own engine (src/plan/state-rules). */
function stateRuleMetas(): RuleMeta[] {
  return Object.values(STATE_RULES).map((r) => r.meta);
}
