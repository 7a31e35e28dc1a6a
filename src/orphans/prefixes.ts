/**
 * Where `lifeguard orphans` looks: the target's `artifactPrefixes`, or, when it names none, the
 * top-level folders the registry's entries live under (`models/fraud/v3/` → `models/`). Prefixes
 * inside another are dropped, so no object is listed or counted twice.
 */
import type { TargetConfig } from '../config/config.js';
import type { Reference } from '../model-registry/reference.js';

export interface ArtifactPrefixes {
  prefixes: string[];
  /** True when derived from the registry rather than named by the target. */
  derived: boolean;
}

export function artifactPrefixes(target: TargetConfig, registry: readonly Reference[]): ArtifactPrefixes | { error: string } {
  if (target.artifactPrefixes?.length) return { prefixes: outermost(target.artifactPrefixes), derived: false };
  const tops = registry.map((r) => r.path.slice(0, r.path.indexOf('/') + 1)).filter((p) => p !== '');
  if (!tops.length) {
    return {
      error: `target ${target.name} names no artifactPrefixes and the registry's entries lie in no folder; set artifactPrefixes in .lifeguard.yml to say where its artifacts live`,
    };
  }
  return { prefixes: outermost(tops), derived: true };
}

/** Sorted, without duplicates and without prefixes another one already covers. */
export function outermost(prefixes: readonly string[]): string[] {
  const sorted = [...new Set(prefixes)].sort();
  return sorted.filter((p, i) => !sorted.slice(0, i).some((q) => p.startsWith(q)));
}

/** The artifact prefix a key lies under, if any. */
export function prefixFor(prefixes: readonly string[], key: string): string | undefined {
  return prefixes.find((p) => key.startsWith(p));
}
