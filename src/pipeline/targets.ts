/**
 * Which targets a change touches: a target is touched when its lifecycle file, its policy, its
 * Terraform module or CloudFormation template, its registry manifest or its quarantine file (whose
 * batches become its rules) changed, and every
 * target is touched when the configuration file itself changed. Paths are compared relative to the
 * repository root, with forward slashes.
 */
import { relative, resolve } from 'node:path';
import type { LifeguardConfig, TargetConfig } from '../config/config.js';
import { isTerraformFile, isTerraformModuleFile } from '../load/source-files.js';
import { quarantinePath } from '../quarantine/record.js';

export interface TouchedTarget {
  target: TargetConfig;
  /** Why it is touched: the changed files that belong to it. */
  because: string[];
}

export function touchedTargets(config: LifeguardConfig, changedFiles: readonly string[], repoRoot: string): TouchedTarget[] {
  // A change made through a symbolic link is listed by git under the link's target: compare real paths too.
  const changed = new Set(changedFiles.flatMap((f) => withReal(config, repoRoot, resolve(repoRoot, f), normalize(f))));
  const configFile = config.file ? normalize(relative(repoRoot, resolve(repoRoot, config.file))) : undefined;
  const all = configFile !== undefined && changed.has(configFile);
  const out: TouchedTarget[] = [];
  for (const target of config.targets) {
    const own = [target.source.lifecycle, target.source.policy, target.registry, quarantinePath(target, config)]
      .filter((p): p is string => !!p)
      .flatMap((p) => withReal(config, repoRoot, resolve(config.dir, p)));
    const because = [...new Set(own.filter((p) => changed.has(p))), ...iacChanges(target, config, repoRoot, changed)];
    if (all) because.push(configFile!);
    if (because.length) out.push({ target, because });
  }
  return out;
}

/** Changed files that belong to no target (still linted when they look like lifecycle files). */
export function untargetedFiles(config: LifeguardConfig, changedFiles: readonly string[], repoRoot: string): string[] {
  const owned = new Set(
    config.targets.flatMap((t) =>
      [t.source.lifecycle, t.source.policy, t.registry, quarantinePath(t, config)]
        .filter((p): p is string => !!p)
        .flatMap((p) => withReal(config, repoRoot, resolve(config.dir, p))),
    ),
  );
  return changedFiles.map(normalize).filter((f) => !withReal(config, repoRoot, resolve(repoRoot, f), f).some((p) => owned.has(p)));
}

/** The path relative to the root as written, and where it really leads when that differs (workspace.ts). */
function withReal(
  config: LifeguardConfig,
  repoRoot: string,
  absolute: string,
  logical = normalize(relative(repoRoot, absolute)),
): string[] {
  const real = config.workspace?.repoPath(absolute);
  return real !== undefined && real !== logical ? [logical, real] : [logical];
}

/**
 * Changed files behind a Terraform or CloudFormation source: the template or plan itself; for a
 * Terraform file or module folder also every file of the module that Terraform reads (variables
 * and locals live there; load/source-files.ts). They are still checked as files too
 * (untargetedFiles keeps them).
 */
function iacChanges(target: TargetConfig, config: LifeguardConfig, repoRoot: string, changed: ReadonlySet<string>): string[] {
  const given = target.source.terraform ?? target.source.cloudformation;
  if (given === undefined) return [];
  const own = normalize(relative(repoRoot, resolve(config.dir, given)));
  if (target.source.cloudformation !== undefined || (own.endsWith('.json') && !isTerraformFile(own))) return changed.has(own) ? [own] : [];
  const folder = isTerraformFile(own) ? own.slice(0, own.lastIndexOf('/') + 1) : `${own.replace(/\/$/, '')}/`;
  return [...changed].filter(
    (f) => f === own || (f.startsWith(folder) && !f.slice(folder.length).includes('/') && isTerraformModuleFile(f.slice(folder.length))),
  );
}

function normalize(p: string): string {
  return p.split('\\').join('/').replace(/^\.\//, '');
}
