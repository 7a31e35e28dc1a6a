/**
 * A retention policy as typed data, built from a document that passed the schema. Every part keeps
 * the JSON Pointer it came from, so compile problems and policy rules point at the user's line.
 */
import type { TransitionDefaultMinimumObjectSize, StorageClassName } from '../model/lifecycle.js';
import { DEFAULT_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE } from '../model/storage-classes.js';
import { joinPointer } from '../load/pointer.js';
import { isObj } from '../model/values.js';

/** Incomplete multipart uploads are aborted after this many days unless a stage says otherwise. */
export const DEFAULT_ABORT_INCOMPLETE_UPLOADS_DAYS = 7;

export interface PolicyTag {
  key: string;
  value: string;
}

/** Which objects a stage (or a protect entry) means. prefix '' and no tags: every object. */
export interface Selection {
  prefix: string;
  /** Sorted by key; keys are unique (they come from a mapping). */
  tags: PolicyTag[];
}

export interface PolicyTransition {
  afterDays: number;
  storageClass: StorageClassName;
  /** True for the stage's `archive` (never deleted afterwards). */
  archive: boolean;
  pointer: string;
}

export interface PolicyStage {
  name: string;
  pointer: string;
  select: Selection;
  expireAfterDays?: number;
  minRetentionDays?: number;
  noncurrent?: { keepNewest?: number; expireAfterDays: number };
  failedRuns?: { tags: PolicyTag[]; expireAfterDays: number };
  /** `transitions` then `archive`, in the order written. */
  transitions: PolicyTransition[];
  archive?: PolicyTransition;
  immutable?: { retentionDays: number; mode: 'GOVERNANCE' | 'COMPLIANCE' };
  abortIncompleteUploadsAfterDays: number;
  removeExpiredDeleteMarkers: boolean;
  /** Pointer of a member of this stage. */
  at(...segments: Array<string | number>): string;
}

export interface ProtectEntry {
  index: number;
  pointer: string;
  select: Selection;
  reason?: string;
}

export interface Policy {
  name: string;
  bucket: { name: string; region?: string; transitionDefaultMinimumObjectSize: TransitionDefaultMinimumObjectSize };
  stages: PolicyStage[];
  protect: ProtectEntry[];
}

/** Builds the model. `data` must have passed validateRetentionPolicy. */
export function policyFromData(data: unknown): Policy {
  const d = data as Raw;
  const bucket = d.bucket as Raw;
  const stages = Object.entries(d.stages as Record<string, Raw>).map(([name, raw]) => stageFrom(name, raw));
  const protect = ((d.protect ?? []) as Raw[]).map((p, index): ProtectEntry => ({
    index,
    pointer: joinPointer('/protect', index),
    select: selectionOf(p),
    reason: p.reason as string | undefined,
  }));
  return {
    name: (d.metadata as Raw).name as string,
    bucket: {
      name: bucket.name as string,
      region: bucket.region as string | undefined,
      transitionDefaultMinimumObjectSize:
        (bucket.transitionDefaultMinimumObjectSize as TransitionDefaultMinimumObjectSize | undefined) ??
        DEFAULT_TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE,
    },
    stages,
    protect,
  };
}

type Raw = Record<string, unknown>;

function stageFrom(name: string, raw: Raw): PolicyStage {
  const pointer = joinPointer('/stages', name);
  const at = (...segments: Array<string | number>) => joinPointer(pointer, ...segments);
  const transitions = ((raw.transitions ?? []) as Raw[]).map((t, i): PolicyTransition => ({
    afterDays: t.afterDays as number,
    storageClass: t.storageClass as StorageClassName,
    archive: false,
    pointer: at('transitions', i),
  }));
  const a = raw.archive as Raw | undefined;
  const archive = a
    ? { afterDays: a.afterDays as number, storageClass: a.storageClass as StorageClassName, archive: true, pointer: at('archive') }
    : undefined;
  const nv = raw.noncurrentVersions as Raw | undefined;
  const fr = raw.failedRuns as Raw | undefined;
  const im = raw.immutable as Raw | undefined;
  const stage: PolicyStage = {
    name,
    pointer,
    select: selectionOf(raw.select),
    transitions: archive ? [...transitions, archive] : transitions,
    abortIncompleteUploadsAfterDays: (raw.abortIncompleteUploadsAfterDays as number | undefined) ?? DEFAULT_ABORT_INCOMPLETE_UPLOADS_DAYS,
    removeExpiredDeleteMarkers: false,
    at,
  };
  if (typeof raw.expireAfterDays === 'number') stage.expireAfterDays = raw.expireAfterDays;
  if (typeof raw.minRetentionDays === 'number') stage.minRetentionDays = raw.minRetentionDays;
  if (nv)
    stage.noncurrent = {
      expireAfterDays: nv.expireAfterDays as number,
      ...(typeof nv.keepNewest === 'number' ? { keepNewest: nv.keepNewest } : {}),
    };
  if (fr) stage.failedRuns = { tags: tagsOf(fr.tags), expireAfterDays: fr.expireAfterDays as number };
  if (archive) stage.archive = archive;
  if (im) stage.immutable = { retentionDays: im.retentionDays as number, mode: im.mode as 'GOVERNANCE' | 'COMPLIANCE' };
  // A stage that deletes versions leaves delete markers behind; clean them up unless told not to.
  const deletes = stage.expireAfterDays !== undefined || stage.noncurrent !== undefined || stage.failedRuns !== undefined;
  stage.removeExpiredDeleteMarkers = typeof raw.removeExpiredDeleteMarkers === 'boolean' ? raw.removeExpiredDeleteMarkers : deletes;
  return stage;
}

function selectionOf(raw: unknown): Selection {
  if (!isObj(raw)) return { prefix: '', tags: [] };
  return { prefix: typeof raw.prefix === 'string' ? raw.prefix : '', tags: tagsOf(raw.tags) };
}

function tagsOf(raw: unknown): PolicyTag[] {
  if (!isObj(raw)) return [];
  return Object.entries(raw)
    .map(([key, value]) => ({ key, value: String(value) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The current-version transitions of a stage by day (archive included), as S3 orders them. */
export function transitionsByDay(stage: PolicyStage): PolicyTransition[] {
  return [...stage.transitions].sort((a, b) => a.afterDays - b.afterDays);
}

/** Does the stage delete current versions, and when (its own TTL, or the failed-runs TTL)? */
export function currentExpiries(stage: PolicyStage): Array<{ days: number; pointer: string; selection: Selection; what: string }> {
  const out: Array<{ days: number; pointer: string; selection: Selection; what: string }> = [];
  if (stage.expireAfterDays !== undefined)
    out.push({ days: stage.expireAfterDays, pointer: stage.at('expireAfterDays'), selection: stage.select, what: 'expireAfterDays' });
  if (stage.failedRuns) {
    out.push({
      days: stage.failedRuns.expireAfterDays,
      pointer: stage.at('failedRuns', 'expireAfterDays'),
      selection: { prefix: stage.select.prefix, tags: mergeTags(stage.select.tags, stage.failedRuns.tags) },
      what: 'failedRuns.expireAfterDays',
    });
  }
  return out;
}

/** Union of two tag sets; a key both name keeps the first set's value (conflicts are compile errors). */
export function mergeTags(a: readonly PolicyTag[], b: readonly PolicyTag[]): PolicyTag[] {
  const byKey = new Map<string, PolicyTag>();
  for (const t of [...b, ...a]) byKey.set(t.key, t);
  return [...byKey.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}
