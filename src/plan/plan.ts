/**
 * `plan` for one target: the proposed configuration and its lint findings, the bucket's live
 * state, the semantic diff in plain words, the bucket-state findings and, from a listing, which
 * objects each rule would expire. Every failure stays inside its target.
 */
import { applySeverities } from '../config/apply-severities.js';
import type { LifeguardConfig, TargetConfig } from '../config/config.js';
import { diffConfigurations } from '../diff/diff.js';
import { normalizeConfiguration } from '../model/canonical.js';
import type { SourceDocument } from '../load/document.js';
import type { Finding } from '../lint/types.js';
import { resolveFindings } from '../findings/resolve.js';
import { openS3, type S3Access } from '../s3/client.js';
import { S3OperationError } from '../s3/errors.js';
import { listBucket, readObjectTags, type ListedObject, type Listing } from '../s3/listing.js';
import { readBucketState, type BucketRef, type BucketState } from '../s3/state.js';
import { projectExpiry, type ExpiryProjection, type TagLookup } from './expiry.js';
import { matchesWithoutTags } from '../model/matching.js';
import { registryProtectionFindings } from './registry-protection.js';
import { proposedConfiguration, type ProposedConfiguration } from './source.js';
import { checkBucketState } from './state-rules/registry.js';
import { immutabilityReason } from './state-rules/production-without-object-lock.js';
import type { TargetPlan } from './types.js';

export interface PlanOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Entries to list for the expiry projection; 0 skips the listing. */
  listLimit: number;
  now: Date;
  /** The parsed .lifeguard.yml, for positions of findings about a target. */
  configDoc?: SourceDocument;
}

/** Tags are read one request per object; past this many the projection says "unknown". */
export const MAX_TAG_READS = 200;
const TAG_READ_CONCURRENCY = 8;

/** A planned target with what apply needs to act on it. */
export interface PreparedTarget {
  target: TargetConfig;
  plan: TargetPlan;
  ref: BucketRef;
  s3?: S3Access;
  proposed?: ProposedConfiguration;
  state?: BucketState;
  /** The listing behind the expiry projection and the tags read, to project other rules on it. */
  listing?: { listing: Listing; tagsOf: TagLookup };
}

export async function prepareTarget(
  target: TargetConfig,
  index: number,
  config: LifeguardConfig,
  options: PlanOptions,
): Promise<PreparedTarget> {
  const ref: BucketRef = {
    bucket: target.bucket,
    ...(target.expectedBucketOwner ? { expectedBucketOwner: target.expectedBucketOwner } : {}),
  };
  const plan: TargetPlan = { target: target.name, bucket: target.bucket, diagnostics: [], notices: [] };
  const docs = new Map<string, SourceDocument>();
  if (options.configDoc) docs.set(options.configDoc.file, options.configDoc);
  const resolve = (findings: Finding[], more: readonly SourceDocument[]) => {
    for (const d of more) docs.set(d.file, d);
    return resolveFindings(findings, docs);
  };

  const source = await proposedConfiguration(target, config);
  if (!source.ok) {
    plan.failure = source.message;
    plan.diagnostics = resolve(source.findings, source.documents);
    return { target, plan, ref };
  }
  const proposed = source.proposed;
  plan.source = proposed.file;
  plan.proposed = proposed.configuration;

  let s3: S3Access;
  let state: BucketState;
  try {
    s3 = await openS3(target, options.env);
    state = await readBucketState(s3, ref);
  } catch (err) {
    plan.failure = failureText(err);
    plan.diagnostics = resolve(proposed.findings, proposed.documents);
    return { target, plan, ref, proposed };
  }
  plan.live = state.lifecycle ?? null;
  plan.bucketState = {
    versioning: state.versioning,
    mfaDelete: state.mfaDelete,
    objectLock: state.objectLock,
    liveRules: state.lifecycle ? state.lifecycle.Rules.length : null,
  };
  plan.diff = diffConfigurations(state.lifecycle, proposed.configuration);
  if (immutabilityReason(target) && !state.objectLock.enabled) plan.immutabilityMissing = true;

  const stateFindings = checkBucketState(
    {
      target,
      state,
      file: proposed.file,
      base: proposed.base,
      rules: proposed.rules,
      configFile: options.configDoc?.file,
      targetPointer: `/targets/${index}`,
    },
    config.rules,
  ).map((f) => (f.file === proposed.file && proposed.locate ? { ...f, ...proposed.locate(f.pointer) } : f));

  let listed: PreparedTarget['listing'];
  if (options.listLimit > 0) {
    try {
      const projected = await projectFromListing(s3, ref, proposed, state, options, plan.notices);
      plan.expiry = projected.projection;
      listed = { listing: projected.listing, tagsOf: projected.tagsOf };
    } catch (err) {
      plan.notices.push(`objects not listed, so no expiry projection: ${failureText(err)}`);
    }
  }
  const objects = listed?.listing.objects.filter((o) => !o.deleteMarker);
  const protection = registryProtectionFindings(proposed, objects);
  plan.diagnostics = resolve(applySeverities([...proposed.findings, ...stateFindings, ...protection], config.rules), proposed.documents);
  return { target, plan, ref, s3, proposed, state, ...(listed ? { listing: listed } : {}) };
}

async function projectFromListing(
  s3: S3Access,
  ref: BucketRef,
  proposed: ProposedConfiguration,
  state: BucketState,
  options: PlanOptions,
  notices: string[],
): Promise<{ projection: ExpiryProjection; listing: Listing; tagsOf: TagLookup }> {
  const versioned = state.versioning !== 'Never';
  const listing = await listBucket(s3, ref, { limit: options.listLimit, versions: versioned });
  const canonical = normalizeConfiguration(proposed.configuration);
  // Tags are read for the live rules' tag filters too, so the two can be compared on one listing.
  const live = state.lifecycle ? normalizeConfiguration(state.lifecycle).rules : [];
  const tagRules = [...canonical.rules, ...live].filter((r) => r.status === 'Enabled' && r.selector.tags.length > 0);
  const wanted = listing.objects.filter((o) => !o.deleteMarker && tagRules.some((r) => matchesWithoutTags(r.selector, o)));
  const tags = new Map<ListedObject, ReadonlyMap<string, string>>();
  const reading = wanted.slice(0, MAX_TAG_READS);
  for (let i = 0; i < reading.length; i += TAG_READ_CONCURRENCY) {
    const batch = reading.slice(i, i + TAG_READ_CONCURRENCY);
    const read = await Promise.all(batch.map((o) => readObjectTags(s3, ref, o.key, versioned ? o.versionId : undefined)));
    batch.forEach((o, j) => tags.set(o, read[j]!));
  }
  if (wanted.length > reading.length) {
    notices.push(
      `tags read for ${MAX_TAG_READS} of ${wanted.length} objects that tag-filtered rules may select; the rest are counted as unknown`,
    );
  }
  if (listing.truncated) notices.push(`listing stopped at ${listing.objects.length} entries (--max-objects); counts are for those only`);
  const tagsOf: TagLookup = (o) => tags.get(o);
  return { projection: projectExpiry(canonical, listing, tagsOf, options.now, versioned), listing, tagsOf };
}

export function failureText(err: unknown): string {
  if (err instanceof S3OperationError) return err.failure.message;
  return (err as Error)?.message ?? String(err);
}
