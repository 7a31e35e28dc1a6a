/**
 * The settings a pull request is judged by. Everything that decides a verdict (gates, fail-on,
 * thresholds, rule severities, approvers, the trusted fields of existing targets) comes from the
 * base commit's .lifeguard.yml; the head's file only adds targets and names their sources. A head
 * change that loosens any of those settings is listed (old → new), so the settings gate can ask for
 * the same approval as a deletion. No base file: the defaults, never the head's. Pure.
 */
import type { GatesConfig, LifeguardConfig, TargetConfig } from '../config/config.js';
import type { SeveritySetting } from '../lint/types.js';
import { ruleMeta } from '../config/known-rules.js';
import { joinPointer } from '../load/pointer.js';
import type { LoosenedSetting } from '../gate/verdict.js';
import { immutabilityReason } from '../plan/state-rules/production-without-object-lock.js';

export interface Loosening extends LoosenedSetting {
  /** Where the head's file says it (JSON pointer into the head's .lifeguard.yml). */
  pointer: string;
}

export interface JudgedSettings {
  /** What the run uses: the base's settings with the head's targets and sources. */
  config: LifeguardConfig;
  loosened: Loosening[];
}

/** A target's fields that decide what is compared and protected; a pull request cannot change them for an existing target. */
export const TRUSTED_TARGET_FIELDS = [
  'bucket',
  'region',
  'endpoint',
  'forcePathStyle',
  'expectedBucketOwner',
  'stage',
  'immutable',
  'minRetentionDays',
  'registry',
  'inventory',
  'intelligentTieringAccess',
  'artifactPrefixes',
  'quarantine',
] as const;

/** Default of gates.inventory-max-age-days. */
export const DEFAULT_INVENTORY_MAX_AGE_DAYS = 7;

/**
 * The base target a head target stands for: the one of its name, else one of its bucket that no
 * head target claims by name (a renamed target keeps what protected it), else any of its bucket.
 * Every reader of base settings pairs targets through this one function.
 */
export function baseTargetOf(base: LifeguardConfig, head: LifeguardConfig, t: TargetConfig): TargetConfig | undefined {
  const sameBucket = base.targets.filter((b) => b.bucket === t.bucket);
  return (
    base.targets.find((b) => b.name === t.name) ?? sameBucket.find((b) => !head.targets.some((h) => h.name === b.name)) ?? sameBucket[0]
  );
}

export function judgeSettings(base: LifeguardConfig | undefined, head: LifeguardConfig): JudgedSettings {
  const trusted = base ?? { dir: head.dir, rules: {}, targets: [], gates: {} };
  const loosened: Loosening[] = [];
  gateLoosenings(trusted.gates, head.gates, loosened);
  ruleLoosenings(trusted.rules, head.rules, loosened);
  listLoosening('approvers', trusted.approvers ?? [], head.approvers ?? [], '/approvers', loosened);
  listLoosening('apply.refs', trusted.apply?.refs ?? [], head.apply?.refs ?? [], '/apply/refs', loosened);

  const matched = new Set<TargetConfig>();
  const targets = head.targets.map((t, i) => {
    const was = baseTargetOf(trusted, head, t);
    if (!was) return t;
    matched.add(was);
    targetLoosenings(was, t, `/targets/${i}`, loosened);
    const merged: TargetConfig = { name: t.name, source: t.source, bucket: was.bucket };
    for (const f of TRUSTED_TARGET_FIELDS) if (was[f] !== undefined) (merged as unknown as Record<string, unknown>)[f] = was[f];
    return merged;
  });
  // A target the head drops leaves its bucket's rules unjudged from then on (and Terraform or
  // CloudFormation may still apply a change to them): the base must approve that as any loosening.
  // A base target no head target stands for is dropped, even when another one shares its bucket.
  for (const was of trusted.targets) {
    if (!matched.has(was))
      loosened.push({ setting: `targets[${was.name}]`, from: `bucket ${was.bucket}`, to: '(removed)', pointer: '/targets' });
  }
  const config: LifeguardConfig = {
    ...(head.file ? { file: head.file } : {}),
    dir: head.dir,
    rules: { ...trusted.rules },
    targets,
    gates: { ...trusted.gates },
    ...(trusted.approvers ? { approvers: [...trusted.approvers] } : {}),
    ...(trusted.apply ? { apply: trusted.apply } : {}),
  };
  return { config, loosened };
}

const FAIL_ON_RANK = { never: 0, error: 1, warning: 2 } as const;
const SEVERITY_RANK: Record<SeveritySetting, number> = { off: 0, info: 1, warning: 2, error: 3 };

function gateLoosenings(base: GatesConfig, head: GatesConfig, out: Loosening[]): void {
  const at = (key: string) => (key in head ? joinPointer('/gates', key) : '/gates');
  const push = (key: keyof GatesConfig, from: unknown, to: unknown) =>
    out.push({ setting: `gates.${key}`, from: shown(from), to: shown(to), pointer: at(key) });
  const failOn = (g: GatesConfig) => g['fail-on'] ?? 'error';
  if (FAIL_ON_RANK[failOn(head)] < FAIL_ON_RANK[failOn(base)]) push('fail-on', failOn(base), failOn(head));
  for (const key of ['max-deleted-bytes', 'max-monthly-increase-usd', 'max-monthly-increase-percent'] as const) {
    const b = base[key];
    const h = head[key];
    if (b !== undefined && (h === undefined || h > b)) push(key, b, h);
  }
  if (base['require-production-immutability'] === true && head['require-production-immutability'] !== true)
    push('require-production-immutability', true, head['require-production-immutability']);
  if (head['allow-incomplete'] === true && base['allow-incomplete'] !== true)
    push('allow-incomplete', base['allow-incomplete'] ?? false, true);
  const age = (g: GatesConfig) => g['inventory-max-age-days'] ?? DEFAULT_INVENTORY_MAX_AGE_DAYS;
  if (age(head) > age(base)) push('inventory-max-age-days', age(base), age(head));
  // Who approves is decided by the base; another label name is a change of that.
  const label = (g: GatesConfig) => g['deletion-approval-label'];
  if (label(head) !== undefined && label(head) !== label(base)) push('deletion-approval-label', label(base), label(head));
}

function ruleLoosenings(base: Record<string, SeveritySetting>, head: Record<string, SeveritySetting>, out: Loosening[]): void {
  for (const id of new Set([...Object.keys(base), ...Object.keys(head)])) {
    const fallback = ruleMeta(id)?.defaultSeverity ?? 'error';
    const b = base[id] ?? fallback;
    const h = head[id] ?? fallback;
    if (SEVERITY_RANK[h] < SEVERITY_RANK[b])
      out.push({ setting: `rules.${id}`, from: b, to: h, pointer: id in head ? joinPointer('/rules', id) : '/rules' });
  }
}

function listLoosening(setting: string, base: readonly string[], head: readonly string[], pointer: string, out: Loosening[]): void {
  const known = new Set(base.map((s) => s.toLowerCase()));
  const added = head.filter((h) => !known.has(h.toLowerCase()));
  if (added.length) out.push({ setting, from: shown(base), to: shown(head), pointer });
}

function targetLoosenings(base: TargetConfig, head: TargetConfig, pointer: string, out: Loosening[]): void {
  const push = (field: string, from: unknown, to: unknown) =>
    out.push({
      setting: `targets[${head.name}].${field}`,
      from: shown(from),
      to: shown(to),
      pointer: field in head ? joinPointer(pointer, field) : pointer,
    });
  const production = (t: TargetConfig) => immutabilityReason({ ...t, immutable: false }) !== undefined;
  if (production(base) && !production(head)) push('stage', base.stage, head.stage);
  if (base.immutable === true && head.immutable !== true) push('immutable', true, head.immutable);
  if (base.minRetentionDays !== undefined && (head.minRetentionDays ?? 0) < base.minRetentionDays)
    push('minRetentionDays', base.minRetentionDays, head.minRetentionDays);
  if (head.quarantine?.expireAfterDays !== undefined && head.quarantine.expireAfterDays < (base.quarantine?.expireAfterDays ?? Infinity)) {
    push('quarantine.expireAfterDays', base.quarantine?.expireAfterDays, head.quarantine.expireAfterDays);
  }
  // Where the target points, what protects it and what prices it: any change is one the base must approve.
  for (const field of [
    'bucket',
    'region',
    'endpoint',
    'forcePathStyle',
    'expectedBucketOwner',
    'registry',
    'inventory',
    // The access assumption prices the proposed rules: a pull request would otherwise choose its own cost verdict.
    'intelligentTieringAccess',
    'artifactPrefixes',
  ] as const) {
    if (JSON.stringify(base[field]) !== JSON.stringify(head[field])) push(field, base[field], head[field]);
  }
  if (base.quarantine?.file !== head.quarantine?.file) push('quarantine.file', base.quarantine?.file, head.quarantine?.file);
}

function shown(v: unknown): string {
  if (v === undefined) return '(unset)';
  if (Array.isArray(v)) return v.length ? v.join(', ') : '(none)';
  return String(v);
}
