/**
 * Everything that can produce a finding (lifecycle, file, registry, policy and bucket-state rules),
 * by id: the names `.lifeguard.yml` may set a severity for, and the metadata SARIF and the docs show.
 * It sits above the rule folders it gathers, so that none of them imports another's registry
 * (docs/adr/0155).
 */
import { FILE_RULES } from '../lint/file-rules.js';
import { LIFECYCLE_RULES } from '../lint/registry.js';
import type { RuleMeta } from '../lint/types.js';
import { STATE_RULES } from '../plan/state-rules/registry.js';
import { POLICY_RULE_METAS } from '../policy/rules/registry.js';
import { REGISTRY_RULES } from '../model-registry/rules.js';

/** Metadata of everything that can produce a finding, for SARIF, docs and configuration. */
export function allRuleMetas(): RuleMeta[] {
  return [
    ...FILE_RULES,
    ...REGISTRY_RULES,
    ...POLICY_RULE_METAS,
    ...stateRuleMetas(),
    ...Object.values(LIFECYCLE_RULES).map((r) => r.meta),
  ].sort((a, b) => a.id.localeCompare(b.id));
}

let otherMetas: Map<string, RuleMeta> | undefined;

export function ruleMeta(id: string): RuleMeta | undefined {
  if (LIFECYCLE_RULES[id]) return LIFECYCLE_RULES[id].meta;
  // Built once: findings of registries and quarantine files can run to hundreds of thousands.
  if (!otherMetas) {
    otherMetas = new Map();
    for (const m of [...FILE_RULES, ...REGISTRY_RULES, ...POLICY_RULE_METAS, ...stateRuleMetas()])
      if (!otherMetas.has(m.id)) otherMetas.set(m.id, m);
  }
  return otherMetas.get(id);
}

/** Rules that need the live bucket (plan, apply): same metadata, own engine (src/plan/state-rules). */
function stateRuleMetas(): RuleMeta[] {
  return Object.values(STATE_RULES).map((r) => r.meta);
}
