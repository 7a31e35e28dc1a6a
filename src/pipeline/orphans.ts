/**
 * `lifeguard orphans` for one target: the registry's references (and the policy's protect
 * entries), the objects under the artifact prefixes, which of them are orphans, what they cost;
 * then, when asked, the quarantine (tag, record the batch) and the release (untag what is
 * referenced again). The quarantine file is the only file written; deletion happens later, through
 * the lifecycle rules plan shows and apply writes (ADR 0100).
 */
import { applySeverities } from '../config/apply-severities.js';
import type { LifeguardConfig, TargetConfig } from '../config/config.js';
import type { Reference } from '../model-registry/reference.js';
import { loadPriceCatalog, type PriceSource } from '../cost/prices/load.js';
import { projectionPrices } from '../cost/simulate/prices.js';
import { parseText, type SourceDocument } from '../load/document.js';
import { quarantineProtectionFindings } from '../quarantine/rules.js';
import type { StorageClassName } from '../model/lifecycle.js';
import { isStorageClass } from '../model/storage-classes.js';
import { splitByProtectTags, TAG_CONCURRENCY, untag } from '../orphans/actions.js';
import { add, classify } from '../orphans/classify.js';
import { inventoryObjects, listObjects } from '../orphans/objects.js';
import { artifactPrefixes, type ArtifactPrefixes } from '../orphans/prefixes.js';
import { SAMPLE_KEYS, type OrphanReport } from '../orphans/report.js';
import { summarize } from '../orphans/summary.js';
import { batchStatuses } from '../orphans/batches.js';
import { proposedConfiguration } from '../plan/source.js';
import { dayOf, expireOnFor } from '../quarantine/edit.js';
import { journalPath, readJournal } from '../quarantine/journal.js';
import { quarantineOrphans, releaseFromRecord } from './orphans-quarantine.js';
import {
  DEFAULT_QUARANTINE_DAYS,
  loadQuarantine,
  renderQuarantine,
  type LoadedQuarantine,
  type QuarantineRecord,
} from '../quarantine/record.js';
import { resolveFindings } from '../findings/resolve.js';
import type { Diagnostic } from '../findings/types.js';
import { ENDPOINT_FALLBACK_REGION, openS3, type S3Access } from '../s3/client.js';
import type { BucketRef } from '../s3/state.js';
import { selectTargets } from './plan.js';
import { append } from '../plan/protection.js';
import { DAY_MS } from '../model/timing.js';

export interface OrphansOptions {
  target: string;
  minAgeDays: number;
  /** An S3 Inventory report (folder or manifest.json); absent: list the bucket. */
  inventory?: string;
  quarantine: boolean;
  release: boolean;
  expireAfterDays?: number;
  /** Objects tagged at once (default TAG_CONCURRENCY). */
  concurrency?: number;
  prices: PriceSource;
  region?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  now: Date;
  configDoc?: SourceDocument;
}

/** A target that cannot be swept at all: one sentence, and the findings that say why. */
export class OrphansError extends Error {
  override name = 'OrphansError';
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
  }
}

/** Findings of the source that concern the sweep (quarantined objects referenced again are re-derived at the end). */
const OWN_FINDINGS = new Set(['registry-entry', 'quarantine-file', 'parse-error']);

export async function runOrphans(config: LifeguardConfig, o: OrphansOptions): Promise<OrphanReport> {
  const { target } = selectTargets(config, [o.target])[0]!;
  if (!target.registry)
    throw new OrphansError(
      `target ${target.name} names no registry manifest; orphans are the objects a registry does not reference (set registry: in .lifeguard.yml)`,
    );
  const source = await proposedConfiguration(target, config);
  const docs = new Map<string, SourceDocument>(o.configDoc ? [[o.configDoc.file, o.configDoc]] : []);
  if (!source.ok) {
    for (const d of source.documents) docs.set(d.file, d);
    throw new OrphansError(`target ${target.name}: ${source.message}`, resolveFindings(source.findings, docs));
  }
  const proposed = source.proposed;
  for (const d of proposed.documents) docs.set(d.file, d);
  const diagnostics = resolveFindings(
    proposed.findings.filter((f) => OWN_FINDINGS.has(f.ruleId) && !(f.file === proposed.file && f.ruleId === 'parse-error')),
    docs,
  );
  const registry = proposed.references?.registry ?? [];
  const protect = proposed.references?.protect ?? [];
  const prefixes = artifactPrefixes(target, registry);
  if ('error' in prefixes) throw new OrphansError(prefixes.error, diagnostics);
  const quarantine = await loadQuarantine(target, config);
  let s3: S3Access | undefined;
  const bucket = async () => (s3 ??= await openS3(target, o.env));
  try {
    return await sweep({ target, o, docs, diagnostics, registry, protect, prefixes, quarantine, rules: config.rules, bucket });
  } finally {
    s3?.client.destroy();
  }
}

interface Sweep {
  target: TargetConfig;
  o: OrphansOptions;
  docs: Map<string, SourceDocument>;
  /** Registry and quarantine-file findings so far. */
  diagnostics: Diagnostic[];
  registry: Reference[];
  protect: Reference[];
  prefixes: ArtifactPrefixes;
  quarantine: LoadedQuarantine;
  /** Severities from `.lifeguard.yml`. */
  rules: LifeguardConfig['rules'];
  bucket(): Promise<S3Access>;
}

/** Objects, classification, cost; then release and quarantine when asked; the report. */
async function sweep({
  target,
  o,
  docs,
  diagnostics,
  registry,
  protect,
  prefixes,
  quarantine,
  rules,
  bucket,
}: Sweep): Promise<OrphanReport> {
  let record: QuarantineRecord | undefined = quarantine.record;
  const ref: BucketRef = {
    bucket: target.bucket,
    ...(target.expectedBucketOwner ? { expectedBucketOwner: target.expectedBucketOwner } : {}),
  };
  const gathered = o.inventory
    ? await inventoryObjects(o.inventory, o.cwd, target.bucket, prefixes.prefixes)
    : await listObjects(await bucket(), ref, prefixes.prefixes);
  const c = classify(gathered.objects, { prefixes: prefixes.prefixes, registry, protect, record, minAgeDays: o.minAgeDays, now: o.now });
  const notices: string[] = [];
  const failed: OrphanReport['action']['failed'] = [];
  let orphans = c.orphans;
  if (c.tagProtect.length && orphans.length) {
    const split = await splitByProtectTags(await bucket(), ref, orphans, c.tagProtect);
    orphans = split.kept;
    for (const p of split.protectedObjects) add(c.protected, p);
    for (const f of split.failed) failed.push({ key: f.key, reason: `tags not readable, so left alone: ${f.reason}` });
  }

  const region = o.region ?? target.region ?? (o.env.AWS_REGION || o.env.AWS_DEFAULT_REGION || undefined);
  if (!region) notices.push(`target ${target.name} names no region; prices are ${ENDPOINT_FALLBACK_REGION}'s`);
  const catalog = await loadPriceCatalog(o.prices, region ?? ENDPOINT_FALLBACK_REGION);
  const regionPrices = catalog.region(region ?? ENDPOINT_FALLBACK_REGION);
  const prices = projectionPrices(regionPrices, {
    storage: new Set(orphans.map((x) => x.storageClass).filter(isClass)),
    transition: new Set(),
  });
  const summary = summarize(orphans, prefixes.prefixes, prices);

  const pending = await readJournal(journalPath(quarantine.path));
  if (pending && (pending.header.target !== target.name || pending.header.bucket !== target.bucket)) {
    throw new OrphansError(
      `${journalPath(quarantine.file)} is the tagging journal of target ${pending.header.target} (bucket ${pending.header.bucket}), not ${target.name}; finish that sweep or remove the file`,
    );
  }
  // An interrupted quarantine is continued: same batch, same tag value, whatever the day.
  const day = pending?.header.tag ?? dayOf(o.now);
  const action: OrphanReport['action'] = {
    mode: o.quarantine && o.release ? 'quarantine+release' : o.quarantine ? 'quarantine' : o.release ? 'release' : 'dry-run',
    tagged: 0,
    released: 0,
    skipped: [],
    failed,
  };
  const blocking = diagnostics.filter((d) => d.severity === 'error' && d.ruleId !== 'registry-protection');
  const released = new Set<string>();
  if (pending && !o.quarantine)
    notices.push(
      `a quarantine of batch ${pending.header.tag} (started ${pending.header.startedAt}) was interrupted after ${pending.tagged.size.toLocaleString('en-US')} objects were tagged; run --quarantine to finish it`,
    );

  if (o.release && c.releasable.length) {
    if (quarantine.findings.some((f) => f.severity === 'error')) action.refused = `${quarantine.file} has errors; fix it before releasing`;
    else {
      const done = await untag(
        await bucket(),
        ref,
        c.releasable.map((r) => r.object.key),
      );
      action.released = done.released.length;
      for (const k of done.released) released.add(k);
      append(failed, done.failed);
      if (record && done.released.length) {
        record = await releaseFromRecord(
          quarantine,
          record,
          released,
          dayOf(o.now),
          new Map(c.releasable.map((r) => [r.object.key, r.object.size])),
          target.bucket,
        );
        action.quarantineFile = quarantine.file;
      }
    }
  }

  // Why --quarantine would tag nothing; said in a dry run too, so the first run already knows.
  const fresh = expireOnFor(o.now, o.expireAfterDays ?? target.quarantine?.expireAfterDays ?? DEFAULT_QUARANTINE_DAYS);
  const expireOn = pending && pending.header.expireOn > fresh ? pending.header.expireOn : fresh;
  const refusal = blocking.length
    ? `the registry manifest or the quarantine file has ${blocking.length} error finding${blocking.length === 1 ? '' : 's'}; a registry lifeguard cannot read fully must not decide what is unreferenced`
    : registry.length === 0
      ? 'the registry references nothing; refusing to quarantine every object under the artifact prefixes'
      : undefined;
  if (refusal && !o.quarantine && orphans.length) action.wouldRefuse = refusal;
  if (o.quarantine && refusal) action.refused = refusal;
  else if (o.quarantine && (orphans.length || pending)) {
    const done = await quarantineOrphans({
      s3: await bucket(),
      ref,
      target,
      quarantine,
      record,
      orphans,
      present: new Set(gathered.objects.map((x) => x.key)),
      batch: { tag: day, expireOn, minAgeDays: o.minAgeDays, prefixes: prefixes.prefixes },
      protect: protect.filter((r) => r.tags?.length),
      olderThanMs: o.now.getTime() - o.minAgeDays * DAY_MS,
      concurrency: o.concurrency ?? TAG_CONCURRENCY,
      journal: {
        path: journalPath(quarantine.path),
        header: pending?.header ?? { target: target.name, bucket: target.bucket, tag: day, expireOn, startedAt: o.now.toISOString() },
        tagged: pending?.tagged ?? new Map(),
      },
    });
    Object.assign(action, { tagged: done.tagged, tag: day, expireOn });
    if (done.resumed || pending) action.resumed = { tag: day, alreadyTagged: done.resumed, untagged: done.untagged };
    append(action.skipped, done.skipped);
    append(failed, done.failed);
    if (done.record !== record) {
      record = done.record;
      action.quarantineFile = quarantine.file;
    }
  }

  const stillReleasable = c.releasable.filter((r) => !released.has(r.object.key));
  if (action.quarantineFile && record) {
    const parsed = parseText(quarantine.file, renderQuarantine(record));
    if (parsed.ok) docs.set(quarantine.file, parsed.doc);
  }
  if (record && !quarantine.findings.length) {
    append(
      diagnostics,
      resolveFindings(
        applySeverities(quarantineProtectionFindings(record, quarantine.file, [...registry, ...protect], target.name), rules),
        docs,
      ),
    );
  }
  return {
    version: 1,
    target: target.name,
    bucket: target.bucket,
    objects: o.inventory ? { source: 'inventory', path: o.inventory, asOf: gathered.asOf ?? '' } : { source: 'live' },
    now: o.now.toISOString(),
    minAgeDays: o.minAgeDays,
    artifactPrefixes: prefixes,
    registry: { file: target.registry!, references: registry.length, protectEntries: protect.length },
    scanned: c.scanned,
    referenced: c.referenced,
    protected: c.protected,
    young: c.young,
    quarantined: c.quarantined,
    orphans: { ...summary, sample: orphans.slice(0, SAMPLE_KEYS).map((x) => x.key) },
    prices: {
      source: catalog.info.source,
      date: catalog.info.date,
      region: regionPrices.region,
      notes: [...catalog.info.notices, ...prices.notes],
    },
    batches: batchStatuses(record, gathered.objects, prefixes.prefixes, new Set(stillReleasable.map((r) => r.object.key))),
    releasable: stillReleasable.map((r) => ({ key: r.object.key, batch: r.batch, by: r.by.protectedBy ?? 'the registry' })),
    action,
    diagnostics,
    notices,
  };
}

function isClass(s: string): s is StorageClassName {
  return isStorageClass(s);
}
