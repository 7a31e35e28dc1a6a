/**
 * `lifeguard orphans --quarantine` at bucket scale: tag the orphans with bounded concurrency,
 * journal each one as it is tagged, and record the batch (its key list in a manifest file, the
 * quarantine file updated last, both written whole or not at all). An interrupted run leaves the
 * journal; the next run continues the same batch: what the journal lists is not tagged again, what
 * the registry references by now is untagged rather than recorded, and everything else is read
 * again before it is tagged (ADR 0143).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { tagOrphans, untag } from '../orphans/actions.js';
import type { StoredObject } from '../orphans/classify.js';
import type { ObjectProblem } from '../orphans/report.js';
import { addBatch, releaseKeys, type NewBatch } from '../quarantine/edit.js';
import { Journal, removeJournal, type JournalEntry, type JournalHeader } from '../quarantine/journal.js';
import { manifestPath, writeManifest } from '../quarantine/manifest.js';
import { renderQuarantine, type LoadedQuarantine, type QuarantinedObject, type QuarantineRecord } from '../quarantine/record.js';
import type { Reference } from '../model-registry/reference.js';
import type { S3Access } from '../s3/client.js';
import type { BucketRef } from '../s3/state.js';

export interface QuarantineRun {
  s3: S3Access;
  ref: BucketRef;
  target: { name: string; bucket: string };
  quarantine: LoadedQuarantine;
  record: QuarantineRecord | undefined;
  /** The orphans found now (after protect tags were read). */
  orphans: readonly StoredObject[];
  /** Every object the listing or inventory holds under the prefixes, by key. */
  present: ReadonlySet<string>;
  batch: Omit<NewBatch, 'objects'>;
  protect: readonly Reference[];
  olderThanMs: number;
  concurrency: number;
  journal: { path: string; header: JournalHeader; tagged: ReadonlyMap<string, JournalEntry> };
}

export interface QuarantineOutcome {
  record: QuarantineRecord | undefined;
  /** Objects recorded in the batch by this run (tagged now, or by the interrupted run). */
  tagged: number;
  /** Of those, tagged by the interrupted run (listed in its journal). */
  resumed: number;
  /** Tagged by the interrupted run but referenced (or protected) by now: untagged, not recorded. */
  untagged: string[];
  skipped: ObjectProblem[];
  failed: ObjectProblem[];
}

export async function quarantineOrphans(r: QuarantineRun): Promise<QuarantineOutcome> {
  const out: QuarantineOutcome = { record: r.record, tagged: 0, resumed: 0, untagged: [], skipped: [], failed: [] };
  const recorded = new Set((r.record?.batches ?? []).flatMap((b) => b.objects.map((o) => o.key)));
  const orphanKeys = new Set(r.orphans.map((o) => o.key));
  const earlier: StoredObject[] = [];
  const stale: string[] = [];
  for (const [key, entry] of r.journal.tagged) {
    if (recorded.has(key)) continue;
    if (orphanKeys.has(key)) continue;
    // Tagged by the interrupted run, no longer an orphan and still there: referenced or protected since.
    if (r.present.has(key)) stale.push(entry.key);
  }
  for (const o of r.orphans) {
    const entry = r.journal.tagged.get(o.key);
    if (entry) earlier.push({ ...o, ...(entry.versionId ? { versionId: entry.versionId } : {}) });
  }
  const toTag = r.orphans.filter((o) => !r.journal.tagged.has(o.key));

  const journal = await Journal.open(r.journal.path, r.journal.header);
  let done;
  try {
    if (stale.length) {
      const released = await untag(r.s3, r.ref, stale);
      out.untagged = released.released;
      out.failed.push(
        ...released.failed.map((f) => ({
          key: f.key,
          reason: `tagged by the interrupted run and referenced since, but the tag could not be removed: ${f.reason}`,
        })),
      );
    }
    done = await tagOrphans(r.s3, r.ref, toTag, {
      day: r.batch.tag,
      protect: r.protect,
      olderThanMs: r.olderThanMs,
      concurrency: r.concurrency,
      onTagged: (o) => journal.tagged({ key: o.key, ...(o.versionId ? { versionId: o.versionId } : {}) }),
    });
  } finally {
    await journal.close();
  }
  out.skipped = done.skipped;
  out.failed.push(...done.failed);
  const objects = [...earlier, ...done.tagged].map(recordedObject);
  out.tagged = objects.length;
  out.resumed = earlier.length;
  if (objects.length) {
    out.record = addBatch(r.record, r.target, { ...r.batch, objects });
    await writeRecord(r.quarantine, out.record, r.target.bucket, new Set([r.batch.tag]));
  }
  // Recorded (or nothing to record): the journal has done its job.
  await removeJournal(r.journal.path);
  return out;
}

/** `--release` on the record: the keys leave their batches, whose manifests are written again. */
export async function releaseFromRecord(
  quarantine: LoadedQuarantine,
  record: QuarantineRecord,
  keys: ReadonlySet<string>,
  day: string,
  sizes: ReadonlyMap<string, number>,
  bucket: string,
): Promise<QuarantineRecord> {
  const touched = new Set(record.batches.filter((b) => b.objects.some((o) => keys.has(o.key))).map((b) => b.tag));
  const next = releaseKeys(record, keys, day, sizes);
  await writeRecord(quarantine, next, bucket, touched);
  return next;
}

/** The manifests of the touched batches first, then the quarantine file: each replaced whole. */
export async function writeRecord(
  quarantine: LoadedQuarantine,
  record: QuarantineRecord,
  bucket: string,
  touched: ReadonlySet<string>,
): Promise<void> {
  for (const b of record.batches) {
    if (b.manifest === undefined || !touched.has(b.tag)) continue;
    const path = manifestPath(quarantine.path, b.manifest);
    if (!path) throw new Error(`the manifest ${b.manifest} of batch ${b.tag} is outside the quarantine file's folder`);
    await writeManifest(path, bucket, b.objects);
  }
  await mkdir(dirname(quarantine.path), { recursive: true });
  const temp = join(dirname(quarantine.path), `.${Date.now()}-${process.pid}.json.tmp`);
  await writeFile(temp, renderQuarantine(record));
  await rename(temp, quarantine.path);
}

function recordedObject(x: StoredObject): QuarantinedObject {
  return {
    key: x.key,
    size: x.size,
    lastModified: x.lastModified.toISOString(),
    storageClass: x.storageClass,
    ...(x.versionId ? { versionId: x.versionId } : {}),
  };
}
