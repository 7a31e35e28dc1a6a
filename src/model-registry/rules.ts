/** Metadata of the registry findings (the protection rule itself lives in protect.ts). */
import type { RuleMeta } from '../lint/types.js';
import { REGISTRY_PROTECTION } from './protect.js';

export const REGISTRY_ENTRY: RuleMeta = {
  id: 'registry-entry',
  description: 'Every entry of a registry manifest names an artifact of the target bucket, unambiguously a key or a folder.',
  defaultSeverity: 'error',
  catalogue: [],
};

export const QUARANTINE_FILE: RuleMeta = {
  id: 'quarantine-file',
  description:
    "The quarantine file of a target (written by lifeguard orphans --quarantine) is well formed and its rules fit beside the target's own.",
  defaultSeverity: 'error',
  catalogue: [],
};

export const REGISTRY_RULES: readonly RuleMeta[] = [QUARANTINE_FILE, REGISTRY_ENTRY, REGISTRY_PROTECTION];
