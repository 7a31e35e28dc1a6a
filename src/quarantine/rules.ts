/**
 * A quarantine record as lifecycle rules: for each batch and each of its prefixes that still holds
 * quarantined objects, one rule selecting the prefix and the batch's tag
 * (`lifeguard-quarantine=<day>`) with `Expiration.Date` = the batch's expireOn. Date, not Days:
 * Days counts from an object's creation, and orphans are old by definition, so Days would delete
 * them at the next lifecycle run after apply instead of N days after tagging (ADR 0100). The tag
 * filter rules out AbortIncompleteMultipartUpload and ExpiredObjectDeleteMarker (catalogue 3a.4,
 * 3e.2), and none is needed.
 */
import type { S3LifecycleRule } from '../model/lifecycle.js';
import { joinPointer } from '../load/pointer.js';
import type { Finding } from '../lint/types.js';
import { filterOf } from '../policy/filter.js';
import { describeReference, referenceIndex, referencedBy, type Reference } from '../model-registry/reference.js';
import { REGISTRY_PROTECTION } from '../model-registry/protect.js';
import { objectLocation, QUARANTINE_TAG, type QuarantineBatch, type QuarantineRecord } from './record.js';

/** Rule IDs lifeguard owns: quarantine rules are generated, never written by hand. */
export const QUARANTINE_RULE_PREFIX = 'lifeguard-quarantine-';

export interface QuarantineRule {
  rule: S3LifecycleRule;
  batch: number;
  /** Pointer into the quarantine file of what a member of the rule comes from. */
  origin(member: string): string;
}

export function quarantineRules(record: QuarantineRecord): QuarantineRule[] {
  const out: QuarantineRule[] = [];
  record.batches.forEach((b, i) => {
    b.prefixes.forEach((prefix, j) => {
      if (!b.objects.some((o) => prefixOf(b, o.key) === prefix)) return;
      const id = quarantineRuleId(b, j);
      const rule: S3LifecycleRule = {
        ID: id,
        Status: 'Enabled',
        Filter: filterOf({ prefix, tags: [{ key: QUARANTINE_TAG, value: b.tag }] }),
        Expiration: { Date: `${b.expireOn}T00:00:00.000Z` },
      };
      const at = (...s: Array<string | number>) => joinPointer('/batches', i, ...s);
      out.push({
        rule,
        batch: i,
        origin: (member) =>
          member.startsWith('/Expiration') ? at('expireOn') : member.startsWith('/Filter') ? at('prefixes', j) : at('tag'),
      });
    });
  });
  return out;
}

export function quarantineRuleId(batch: QuarantineBatch, prefixIndex: number): string {
  return `${QUARANTINE_RULE_PREFIX}${batch.tag}${batch.prefixes.length > 1 ? `-${prefixIndex + 1}` : ''}`;
}

/** The batch prefix whose rule expires `key`: the longest one it lies under (rules are per prefix). */
export function prefixOf(batch: QuarantineBatch, key: string): string | undefined {
  return batch.prefixes.filter((p) => key.startsWith(p)).sort((a, b) => b.length - a.length)[0];
}

/** The rules of a configuration that lifeguard generated for quarantine (left out of drift checks). */
export function isQuarantineRule(rule: unknown): boolean {
  return typeof (rule as { ID?: unknown })?.ID === 'string' && (rule as { ID: string }).ID.startsWith(QUARANTINE_RULE_PREFIX);
}

export function withoutQuarantineRules<T extends { Rules: unknown[] } | undefined>(configuration: T): T {
  if (!configuration || !configuration.Rules.some(isQuarantineRule)) return configuration;
  return { ...configuration, Rules: configuration.Rules.filter((r) => !isQuarantineRule(r)) };
}

/**
 * The registry-protection check for quarantine rules, exact rather than by prefix: the file lists
 * every object a batch's tag is on, so an object the registry (or a protect entry's prefix)
 * references again is named, at its line. Protect entries that need tags are left to the tagging
 * step, which reads each object's tags before it tags it.
 */
export function quarantineProtectionFindings(
  record: QuarantineRecord,
  file: string,
  refs: readonly Reference[],
  targetName: string,
): Finding[] {
  const out: Finding[] = [];
  // An index, not a scan per key: a batch can hold millions of objects.
  const referenced = referenceIndex(refs.filter((r) => !r.tags?.length));
  record.batches.forEach((b, i) => {
    b.objects.forEach((o, j) => {
      const ref = referenced(o.key);
      if (!ref) return;
      const prefix = prefixOf(b, o.key);
      const id = prefix === undefined ? `${QUARANTINE_RULE_PREFIX}${b.tag}` : quarantineRuleId(b, b.prefixes.indexOf(prefix));
      out.push({
        ruleId: REGISTRY_PROTECTION.id,
        severity: REGISTRY_PROTECTION.defaultSeverity,
        ...objectLocation(record, file, i, j),
        message: `quarantine batch ${b.tag} (rule '${id}') expires ${o.key} on ${b.expireOn}, and it is part of ${describeReference(ref)}, which ${referencedBy(ref)}. Run lifeguard orphans --target ${targetName} --release to untag it and take it out of the batch.`,
      });
    });
  });
  return out;
}
