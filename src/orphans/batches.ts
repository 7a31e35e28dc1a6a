/** Where each quarantine batch stands: its rules, its objects, how many are still there, how many are referenced again. */
import type { QuarantineRecord } from '../quarantine/record.js';
import { quarantineRules } from '../quarantine/rules.js';
import type { StoredObject } from './classify.js';
import { prefixFor } from './prefixes.js';
import type { BatchStatus } from './report.js';

export function batchStatuses(
  record: QuarantineRecord | undefined,
  scanned: readonly StoredObject[],
  scannedPrefixes: readonly string[],
  referencedAgain: ReadonlySet<string>,
): BatchStatus[] {
  if (!record) return [];
  const rules = quarantineRules(record);
  const present = new Set(scanned.map((o) => o.key));
  return record.batches.map((b, i) => {
    const seen = b.prefixes.every((p) => prefixFor(scannedPrefixes, p) !== undefined);
    return {
      tag: b.tag,
      expireOn: b.expireOn,
      rules: rules.filter((r) => r.batch === i).map((r) => r.rule.ID!),
      objects: b.objects.length,
      bytes: b.bytes ?? b.objects.reduce((s, o) => s + o.size, 0),
      ...(seen ? { present: b.objects.filter((o) => present.has(o.key)).length } : {}),
      referencedAgain: b.objects.filter((o) => referencedAgain.has(o.key)).length,
    };
  });
}
