/**
 * The registry-protection check on a target's proposed rules, as plan and apply see them: the
 * source's own rules against what the registry references, with the objects of the plan's listing
 * when there is one (counts, bytes, first deletion). Generated quarantine rules are left out here:
 * they are checked exactly, key by key, against the quarantine file (target-extras.ts).
 */
import type { Finding } from '../lint/types.js';
import { checkProtection, REGISTRY_PROTECTION, type InventoryObject } from '../model-registry/protect.js';
import type { ProposedConfiguration } from './source.js';

export function registryProtectionFindings(proposed: ProposedConfiguration, objects?: readonly InventoryObject[]): Finding[] {
  const refs = proposed.references?.registry ?? [];
  if (!refs.length) return [];
  const own = proposed.configuration.Rules.slice(0, proposed.ownRules ?? proposed.configuration.Rules.length);
  // checkProtection reads a bare configuration; its pointers are re-based onto the source's.
  const base = proposed.base;
  return checkProtection({ Rules: own }, refs, objects, 'the listing').map((p) => {
    const where = proposed.locate ? proposed.locate(base + p.pointer) : { file: proposed.file, pointer: base + p.pointer };
    const stage = /^\/stages\/([^/]+)/.exec(proposed.mapPointer ? where.pointer : '')?.[1];
    return {
      ruleId: REGISTRY_PROTECTION.id,
      severity: REGISTRY_PROTECTION.defaultSeverity,
      message: stage ? `stage '${stage.replace(/~1/g, '/').replace(/~0/g, '~')}': ${p.message}` : p.message,
      ...where,
      reportOnKey: true,
    };
  });
}
