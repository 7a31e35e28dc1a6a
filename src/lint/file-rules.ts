/**
 * Findings about a file as a whole, raised by the loader rather than by a lint rule. They have ids
 * and docs pages like any rule so that every finding can be configured, linked and counted.
 */
import type { ParseProblem } from '../load/document.js';
import type { Finding, RuleMeta } from './types.js';

export const PARSE_ERROR: RuleMeta = {
  id: 'parse-error',
  description: "The file can be read as UTF-8 JSON or YAML within lifeguard's limits (size, nesting, aliases, duplicate keys).",
  defaultSeverity: 'error',
  catalogue: [],
};

/** The finding for a file the loader refused: its sentence at its position (parse-error unless said otherwise). */
export function fileProblemFinding(problem: ParseProblem, file: string, meta: RuleMeta = PARSE_ERROR): Finding {
  return {
    ruleId: meta.id,
    severity: meta.defaultSeverity,
    message: `${problem.message}.`,
    file,
    pointer: '',
    position: { line: problem.line, column: problem.column },
  };
}

export const SKIPPED_FILE: RuleMeta = {
  id: 'skipped-file',
  description: 'A file found in a folder could not be checked (too large, unreadable); it is named so nothing is skipped silently.',
  defaultSeverity: 'error',
  catalogue: [],
};

export const CONFIG_SCHEMA_RULE: RuleMeta = {
  id: 'config-schema',
  description: 'The .lifeguard.yml file follows its schema: known keys, valid severities, known rule ids, unique target names.',
  defaultSeverity: 'error',
  catalogue: [],
};

export const SETTINGS_LOOSENED: RuleMeta = {
  id: 'settings-loosened',
  description:
    "A pull request's .lifeguard.yml does not loosen what the base commit's settings decide (gates, fail-on, severities, approvers, trusted target fields) without an approval.",
  defaultSeverity: 'error',
  catalogue: [],
};

export const IAC_UNKNOWN: RuleMeta = {
  id: 'iac-unknown-value',
  description:
    'A Terraform or CloudFormation value that cannot be known before plan or deploy is named, not guessed; the rest of the resource is checked.',
  defaultSeverity: 'info',
  catalogue: [],
};

export const IAC_INVALID: RuleMeta = {
  id: 'iac-invalid',
  description:
    'Terraform or CloudFormation refuses the lifecycle rules before any request reaches S3 (a missing required attribute, two exclusive ones).',
  defaultSeverity: 'error',
  catalogue: [],
};

export const IAC_DROPPED: RuleMeta = {
  id: 'iac-dropped-value',
  description:
    "Terraform's AWS provider silently leaves out a value the configuration sets (expired_object_delete_marker beside days or date), so S3 never receives it.",
  defaultSeverity: 'warning',
  catalogue: [],
};

export const INVENTORY_BUCKET: RuleMeta = {
  id: 'inventory-bucket',
  description: "A target's S3 Inventory report describes the target's own bucket (its manifest's sourceBucket).",
  defaultSeverity: 'error',
  catalogue: [],
};

export const INVENTORY_STALE: RuleMeta = {
  id: 'inventory-stale',
  description:
    "A target's S3 Inventory report is younger than gates.inventory-max-age-days (default 7): older figures may no longer describe the bucket.",
  defaultSeverity: 'warning',
  catalogue: [],
};

export const FILE_RULES: readonly RuleMeta[] = [
  CONFIG_SCHEMA_RULE,
  IAC_DROPPED,
  IAC_INVALID,
  IAC_UNKNOWN,
  INVENTORY_BUCKET,
  INVENTORY_STALE,
  PARSE_ERROR,
  SETTINGS_LOOSENED,
  SKIPPED_FILE,
];
