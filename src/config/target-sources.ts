/**
 * The `.lifeguard.yml` targets whose rules a file holds: lint reads what they promise (stage,
 * immutable, minRetentionDays) once, with the document, wherever the document is linted.
 */
import { resolve } from 'node:path';
import type { LifeguardConfig, TargetConfig } from './config.js';

/** Targets whose lifecycle file, Terraform or CloudFormation source is `path` (absolute). */
export function targetsOfSource(config: LifeguardConfig, path: string): TargetConfig[] {
  // Not the Workspace object: in a worker thread the configuration arrives as plain data.
  return config.targets.filter((t) => {
    const given = t.source.lifecycle ?? t.source.terraform ?? t.source.cloudformation;
    return given !== undefined && resolve(config.dir, given) === path;
  });
}

/** Of those, the ones naming this resource (a Terraform address or CloudFormation logical ID). */
export function targetsOfResource(targets: readonly TargetConfig[], address: string, only: boolean): TargetConfig[] {
  return targets.filter(
    (t) => t.source.lifecycle === undefined && (t.source.resource === address || (t.source.resource === undefined && only)),
  );
}
