/**
 * What a projection cannot know, with what would be needed to price it, and the assumptions it
 * makes instead (docs/cost-model.md, "What is not projected"). Pure: built from the configurations,
 * the classes the projection bills and the ledgers' usage.
 */
import type { StorageClassName } from '../../model/lifecycle.js';
import { STORAGE_CLASSES } from '../../model/storage-classes.js';
import type { PriceBand } from '../prices/types.js';
import type { Assumption, Unknown } from '../report/types.js';
import type { CompiledConfig } from '../rules/compile.js';

/** Classes whose reads are charged per GB (the pricing page's "Data retrievals"). */
const RETRIEVAL_CLASSES: readonly StorageClassName[] = ['STANDARD_IA', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'];

export function modelUnknowns(configs: readonly CompiledConfig[], billed: ReadonlySet<StorageClassName>): Unknown[] {
  const out: Unknown[] = [
    {
      kind: 'model',
      topic: 'requests',
      message:
        'request charges (PUT, COPY, POST, LIST, GET) are not projected: an inventory shows objects, not how often they are written or read',
      needs:
        "request counts per storage class: S3 request metrics in CloudWatch, Storage Lens, or the bucket's lines in the Cost and Usage Report",
    },
  ];
  const reads = RETRIEVAL_CLASSES.filter((c) => billed.has(c));
  if (reads.length) {
    out.push({
      kind: 'model',
      topic: 'retrievals',
      message: `retrieval charges are not projected: reading from ${reads.map((c) => STORAGE_CLASSES[c].label).join(', ')} is charged per GB, and restores from the Glacier classes per request too`,
      needs:
        'bytes read per storage class (GetObject bytes in S3 request metrics, or server access logs) and, for Glacier, restore requests by tier',
    });
  }
  const aborts = configs.some((c) => c.rules.some((r) => r.abortsMultipartUploads));
  out.push({
    kind: 'model',
    topic: 'multipart-uploads',
    message: `incomplete multipart uploads are not in an inventory or a listing: their storage${aborts ? ', and what AbortIncompleteMultipartUpload saves,' : ''} is not projected`,
    needs:
      'the bytes of incomplete multipart uploads and their age: ListMultipartUploads and ListParts, or Storage Lens "incomplete multipart upload bytes"',
  });
  return out;
}

/** Shown in every report that prices Intelligent-Tiering objects. */
export function accessAssumption(accessedShare: number, setBy = `--it-access ${accessedShare}`): Assumption {
  const pct = `${Math.round(accessedShare * 1000) / 10}%`;
  const what =
    accessedShare === 0
      ? 'no object in S3 Intelligent-Tiering is read after it arrives'
      : accessedShare === 1
        ? 'every object in S3 Intelligent-Tiering is read at least every 30 days'
        : `${pct} of the objects in S3 Intelligent-Tiering are read at least every 30 days and the rest never`;
  return {
    kind: 'intelligent-tiering-access',
    accessedShare,
    message: `assumed that ${what} (${setBy}): objects of 128 KiB or more not read move to Infrequent Access after 30 days and to Archive Instant Access after 90; smaller ones stay in Frequent Access`,
  };
}

/** When a month's usage of a banded class goes past the first band, the one-bucket simplification matters. */
export function volumeBandUnknown(cls: StorageClassName, peakGbMonths: number, bands: readonly PriceBand[]): Unknown | undefined {
  const first = bands[0];
  if (!first || first.toGb === null || peakGbMonths <= first.toGb || bands.length < 2) return undefined;
  const tb = (gb: number) => `${Math.round((gb / 1024) * 10) / 10} TB`;
  const inferred = bands
    .filter((b) => b.origin && peakGbMonths > b.fromGb)
    .map((b) => b.origin!.note)
    .filter(Boolean);
  return {
    kind: 'model',
    topic: 'volume-bands',
    message: `${STORAGE_CLASSES[cls].label} reaches ${tb(peakGbMonths)} in a month, past the first volume band (${tb(first.toGb)}): it is priced by this bucket's own volume, but AWS bands the account's total in the region, so with other buckets more of it falls in the cheaper bands${inferred.length ? `; ${inferred.join('; ')}` : ''}`,
    needs: "the account's other storage of this class in the region (Cost and Usage Report, or Storage Lens at account level)",
  };
}
