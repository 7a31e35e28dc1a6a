/** Metadata of the registry findings (the protection rule itself lives in protect.ts). */
import type { RuleMeta } from '../lint/types.js';
import { REGISTRY_PROTECTION } from './protect.js';

export const REGISTRY_ENTRY: RuleMeta = {
  id: 'registry-entry',
  description: 'Every entry of a registry manifest names an artifact of the target bucket, unambiguously a key or a folder.',
  defaultSeverity: 'error',
  catalogue: [],
};

export const REGISTRY_RULES: readonly RuleMeta[] = [REGISTRY_ENTRY, REGISTRY_PROTECTION];
