/**
 * The compiler: a checked policy to the PutBucketLifecycleConfiguration request for its bucket,
 * plus an origin map from every generated node back to the policy node it came from.
 *
 * Deterministic by construction: rules follow the stages in file order and a fixed purpose order,
 * tags are sorted by key, objects are built in the order the S3 API documents their members, and
 * nothing depends on time, locale or the machine. `renderRequest` gives the bytes.
 */
import type { LifecycleFilter, S3LifecycleRule, TransitionDefaultMinimumObjectSize } from '../model/lifecycle.js';
import { joinPointer } from '../load/pointer.js';
import { filterOf } from './filter.js';
import { mergeTags, transitionsByDay, type Policy, type PolicyStage } from './model.js';
import { currentPurpose, housekeepingRuleId, stageRuleId, type HousekeepingPurpose } from './rule-ids.js';

export interface CompiledRequest {
  Bucket: string;
  TransitionDefaultMinimumObjectSize: TransitionDefaultMinimumObjectSize;
  LifecycleConfiguration: { Rules: S3LifecycleRule[] };
}

export interface Compilation {
  request: CompiledRequest;
  /** Pointer into `request` → pointer into the policy. Look up with `policyPointerOf`. */
  origins: ReadonlyMap<string, string>;
}

export interface CompileOptions {
  /** Compile only these stages (a `.lifeguard.yml` target that applies one stage to its bucket). */
  stages?: readonly string[];
  /** Bucket name to write instead of the policy's (the target's bucket). */
  bucket?: string;
}

/** Pointer of the configuration inside a compiled request. */
export const RULES_POINTER = '/LifecycleConfiguration/Rules';

interface Draft {
  rule: S3LifecycleRule;
  /** Member pointer inside the rule ('' for the rule) → policy pointer. */
  origins: Array<[string, string]>;
}

export function compilePolicy(policy: Policy, options: CompileOptions = {}): Compilation {
  const stages = selectedStages(policy, options.stages);
  const drafts: Draft[] = [];
  const housekeeping = housekeepingDrafts(policy, stages);
  for (const stage of stages) {
    drafts.push(...stageDrafts(policy.name, stage));
    drafts.push(...(housekeeping.get(stage.name) ?? []));
  }
  const origins = new Map<string, string>([
    ['', ''],
    ['/Bucket', '/bucket/name'],
    ['/TransitionDefaultMinimumObjectSize', '/bucket/transitionDefaultMinimumObjectSize'],
    ['/LifecycleConfiguration', '/stages'],
    [RULES_POINTER, '/stages'],
  ]);
  drafts.forEach((d, i) => {
    for (const [member, from] of d.origins) origins.set(joinPointer(RULES_POINTER, i) + member, from);
  });
  return {
    request: {
      Bucket: options.bucket ?? policy.bucket.name,
      TransitionDefaultMinimumObjectSize: policy.bucket.transitionDefaultMinimumObjectSize,
      LifecycleConfiguration: { Rules: drafts.map((d) => d.rule) },
    },
    origins,
  };
}

/** The policy node a generated node came from: the nearest recorded ancestor of `pointer`. */
export function policyPointerOf(compilation: Compilation, pointer: string): string {
  let p = pointer;
  for (;;) {
    const hit = compilation.origins.get(p);
    if (hit !== undefined) return hit;
    if (p === '') return '';
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** The bytes of `lifeguard compile`: two-space JSON and a final newline, the same on every machine. */
export function renderRequest(request: CompiledRequest): string {
  return `${JSON.stringify(request, null, 2)}\n`;
}

export function selectedStages(policy: Policy, names: readonly string[] | undefined): PolicyStage[] {
  return names ? policy.stages.filter((s) => names.includes(s.name)) : policy.stages;
}

function rule(id: string, filter: LifecycleFilter, actions: Omit<S3LifecycleRule, 'ID' | 'Status' | 'Filter'>): S3LifecycleRule {
  return { ID: id, Status: 'Enabled', Filter: filter, ...actions };
}

function stageDrafts(policyName: string, stage: PolicyStage): Draft[] {
  const out: Draft[] = [];
  const select = stage.select.prefix || stage.select.tags.length ? stage.at('select') : stage.pointer;
  const purpose = currentPurpose(stage);
  if (purpose) {
    const byDay = transitionsByDay(stage);
    const origins: Array<[string, string]> = [
      ['', stage.pointer],
      ['/Filter', select],
    ];
    const r = rule(stageRuleId(policyName, stage.name, purpose), filterOf(stage.select), {});
    if (stage.expireAfterDays !== undefined) {
      r.Expiration = { Days: stage.expireAfterDays };
      origins.push(['/Expiration', stage.at('expireAfterDays')]);
    }
    if (byDay.length) {
      r.Transitions = byDay.map((t) => ({ Days: t.afterDays, StorageClass: t.storageClass }));
      byDay.forEach((t, i) => {
        origins.push(
          [`/Transitions/${i}`, t.pointer],
          [`/Transitions/${i}/Days`, `${t.pointer}/afterDays`],
          [`/Transitions/${i}/StorageClass`, `${t.pointer}/storageClass`],
        );
      });
    }
    out.push({ rule: r, origins });
  }
  if (stage.noncurrent) {
    const nv = stage.noncurrent;
    const r = rule(stageRuleId(policyName, stage.name, 'noncurrent'), filterOf(stage.select), {
      NoncurrentVersionExpiration:
        nv.keepNewest === undefined
          ? { NoncurrentDays: nv.expireAfterDays }
          : { NoncurrentDays: nv.expireAfterDays, NewerNoncurrentVersions: nv.keepNewest },
    });
    out.push({
      rule: r,
      origins: [
        ['', stage.at('noncurrentVersions')],
        ['/Filter', select],
        ['/NoncurrentVersionExpiration/NoncurrentDays', stage.at('noncurrentVersions', 'expireAfterDays')],
        ['/NoncurrentVersionExpiration/NewerNoncurrentVersions', stage.at('noncurrentVersions', 'keepNewest')],
      ],
    });
  }
  if (stage.failedRuns) {
    const fr = stage.failedRuns;
    const r = rule(
      stageRuleId(policyName, stage.name, 'failed-runs'),
      filterOf({ prefix: stage.select.prefix, tags: mergeTags(stage.select.tags, fr.tags) }),
      {
        Expiration: { Days: fr.expireAfterDays },
      },
    );
    out.push({
      rule: r,
      origins: [
        ['', stage.at('failedRuns')],
        ['/Filter', stage.at('failedRuns', 'tags')],
        ['/Expiration', stage.at('failedRuns', 'expireAfterDays')],
      ],
    });
  }
  return out;
}

/**
 * Delete-marker cleanup and multipart-upload aborts cannot sit in a rule with a tag filter (3a.4,
 * 3e.2), so they get prefix-only rules, one per distinct stage prefix. Stages sharing a prefix
 * share the rule and the shortest abort delay (S3 would honour the shortest anyway). Each rule is
 * placed after the first stage of its group.
 */
function housekeepingDrafts(policy: Policy, stages: readonly PolicyStage[]): Map<string, Draft[]> {
  const groups = new Map<string, PolicyStage[]>();
  for (const s of stages) groups.set(s.select.prefix, [...(groups.get(s.select.prefix) ?? []), s]);
  const placed = new Map<string, Draft[]>();
  for (const [prefix, members] of groups) {
    const names = members.map((m) => m.name);
    const drafts: Draft[] = [];
    const markers = members.filter((m) => m.removeExpiredDeleteMarkers);
    if (markers.length) {
      drafts.push(
        housekeepingDraft(
          policy.name,
          prefix,
          names,
          'delete-markers',
          { Expiration: { ExpiredObjectDeleteMarker: true } },
          markers[0]!,
          'removeExpiredDeleteMarkers',
        ),
      );
    }
    const shortest = members.reduce((a, b) => (b.abortIncompleteUploadsAfterDays < a.abortIncompleteUploadsAfterDays ? b : a));
    drafts.push(
      housekeepingDraft(
        policy.name,
        prefix,
        names,
        'abort-mpu',
        { AbortIncompleteMultipartUpload: { DaysAfterInitiation: shortest.abortIncompleteUploadsAfterDays } },
        shortest,
        'abortIncompleteUploadsAfterDays',
      ),
    );
    placed.set(members[0]!.name, drafts);
  }
  return placed;
}

function housekeepingDraft(
  policyName: string,
  prefix: string,
  names: readonly string[],
  purpose: HousekeepingPurpose,
  actions: Omit<S3LifecycleRule, 'ID' | 'Status' | 'Filter'>,
  source: PolicyStage,
  member: string,
): Draft {
  const action = purpose === 'abort-mpu' ? '/AbortIncompleteMultipartUpload' : '/Expiration';
  return {
    rule: rule(housekeepingRuleId(policyName, prefix, names, purpose), { Prefix: prefix }, actions),
    origins: [
      ['', source.pointer],
      ['/Filter', source.select.prefix ? source.at('select', 'prefix') : source.pointer],
      [action, source.at(member)],
    ],
  };
}
