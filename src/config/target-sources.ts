/**
 * The `.lifeguard.yml` targets whose rules a file holds: lint reads what they promise (stage,
 * immutable, minRetentionDays) once, with the document, wherever the document is linted.
 */
import { dirname, resolve } from 'node:path';
import { isTerraformFile } from '../load/source-files.js';
import type { LifeguardConfig, TargetConfig } from './config.js';

/** Targets whose lifecycle file, Terraform or CloudFormation source is `path` (absolute), or whose Terraform module folder holds it. */
export function targetsOfSource(config: LifeguardConfig, path: string): TargetConfig[] {
  // Not the Workspace object: in a worker thread the configuration arrives as plain data.
  return config.targets.filter((t) => {
    const given = t.source.lifecycle ?? t.source.terraform ?? t.source.cloudformation;
    if (given === undefined) return false;
    const source = resolve(config.dir, given);
    // A Terraform module is the .tf files of one folder (not its sub-folders): each is the target's source.
    return source === path || (t.source.terraform !== undefined && dirname(path) === source && isTerraformFile(path));
  });
}

/** Of those, the ones naming this resource (a Terraform address or CloudFormation logical ID). */
export function targetsOfResource(targets: readonly TargetConfig[], address: string, only: boolean): TargetConfig[] {
  return targets.filter(
    (t) => t.source.lifecycle === undefined && (t.source.resource === address || (t.source.resource === undefined && only)),
  );
}
