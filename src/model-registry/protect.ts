/**
 * The registry-protection check: a lifecycle rule whose filter reaches an artifact the registry
 * still references, and whose expiry (or noncurrent-version expiry) would delete it, is an error
 * that names the rule, the artifact and when. With an inventory, it also counts the objects and
 * bytes affected and gives the first deletion date.
 */
import type { RuleMeta } from '../lint/types.js';
import { int, obj, str } from '../model/values.js';
import { ruleViews, type RuleView } from '../lint/view.js';
import { locateConfiguration } from '../model/extract.js';
import { dateDueTime, dueTimeAfter } from '../model/timing.js';
import { describeReference, referenceLookup, referencedBy, type Reference } from './reference.js';

export const REGISTRY_PROTECTION: RuleMeta = {
  id: 'registry-protection',
  description: "No lifecycle rule expires an artifact that the model registry (or a policy's protect list) still references.",
  defaultSeverity: 'error',
  catalogue: [],
};

export interface InventoryObject {
  key: string;
  size: number;
  lastModified: Date;
  /** Only for noncurrent versions: when they became noncurrent. */
  noncurrentSince?: Date;
  isLatest?: boolean;
}

export interface ProtectionFinding {
  pointer: string;
  message: string;
  rule: string;
  reference: Reference;
  objects?: number;
  bytes?: number;
  firstDeletion?: string;
}

/** `objectsFrom` names where `objects` come from, for messages ("the inventory", "the listing"). */
export function checkProtection(
  data: unknown,
  refs: readonly Reference[],
  objects?: readonly InventoryObject[],
  objectsFrom = 'the inventory',
): ProtectionFinding[] {
  const located = locateConfiguration(data);
  const out: ProtectionFinding[] = [];
  // Each object is matched to its references once, not once per rule and reference.
  const byRef = objects && objectsByReference(refs, objects);
  for (const rule of ruleViews(located.config, located.base)) {
    if (!rule.enabled) continue;
    const exp = obj(rule.raw.Expiration);
    const days = int(exp?.Days);
    const date = str(exp?.Date);
    const nce = obj(rule.raw.NoncurrentVersionExpiration);
    const nceDays = int(nce?.NoncurrentDays);
    for (const ref of refs) {
      if (!reaches(rule, ref)) continue;
      const caveat = unknownPredicates(rule, ref);
      if (days !== undefined || date !== undefined) {
        const when =
          days !== undefined
            ? `${days} day${days === 1 ? '' : 's'} after each object is created`
            : `on ${date!.slice(0, 10)} (and every day after)`;
        out.push(
          finding(
            rule,
            ref,
            rule.at('Expiration'),
            `expires current versions ${when}`,
            caveat,
            byRef && (byRef.get(ref) ?? []),
            objectsFrom,
            (o) => (o.isLatest === false ? undefined : deletionDate(o.lastModified, days, date)),
          ),
        );
      }
      if (nceDays !== undefined && ref.versionId) {
        out.push(
          finding(
            rule,
            ref,
            rule.at('NoncurrentVersionExpiration'),
            `deletes noncurrent versions ${nceDays} days after they are replaced, and the registry pins version ${ref.versionId}`,
            caveat,
            undefined,
            objectsFrom,
            () => undefined,
          ),
        );
      }
    }
  }
  return out;
}

function finding(
  rule: RuleView,
  ref: Reference,
  pointer: string,
  action: string,
  caveat: string,
  /** The objects the reference covers. */
  objects: readonly InventoryObject[] | undefined,
  objectsFrom: string,
  due: (o: InventoryObject) => Date | undefined,
): ProtectionFinding {
  let tail = '';
  const f: ProtectionFinding = { pointer, message: '', rule: rule.label, reference: ref };
  if (objects) {
    const hit = objects.filter((o) => matchesKnown(rule, o));
    const dates = hit
      .map(due)
      .filter((d): d is Date => d !== undefined)
      .sort((a, b) => a.getTime() - b.getTime());
    f.objects = hit.length;
    f.bytes = hit.reduce((s, o) => s + o.size, 0);
    f.firstDeletion = dates[0]?.toISOString().slice(0, 10);
    const From = objectsFrom.charAt(0).toUpperCase() + objectsFrom.slice(1);
    tail = hit.length
      ? ` In ${objectsFrom}: ${hit.length} object${hit.length === 1 ? '' : 's'}, ${f.bytes} bytes${f.firstDeletion ? `, the first deleted on ${f.firstDeletion}` : ''}.`
      : ` ${From} holds no matching object yet.`;
  }
  f.message = `${rule.label} ${action}, and it reaches ${describeReference(ref)}, which ${referencedBy(ref)}${caveat}. Narrow the rule's filter or exclude the artifact.${tail}`;
  return f;
}

/**
 * Can the rule's prefix reach the reference? Tags and sizes of registry artifacts are unknown, so
 * only a tag the reference itself requires (a protect entry's) with another value than the rule's
 * keeps them apart: an object holds one value per key.
 */
function reaches(rule: RuleView, ref: Reference): boolean {
  if (ref.tags?.some((t) => rule.selector.tags.some((r) => r.key === t.key && r.value !== t.value))) return false;
  const p = rule.selector.prefix;
  if (ref.match === 'key') return ref.path.startsWith(p);
  const folder = ref.match === 'both' && !ref.path.endsWith('/') ? `${ref.path}/` : ref.path;
  const key = ref.match === 'both' && ref.path.startsWith(p);
  return key || folder.startsWith(p) || p.startsWith(folder);
}

function unknownPredicates(rule: RuleView, ref: Reference): string {
  const s = rule.selector;
  const parts: string[] = [];
  // A tag the reference itself requires is known to match (reaches() ruled out a different value).
  const tags = s.tags.filter((t) => !ref.tags?.some((r) => r.key === t.key));
  if (tags.length) parts.push(`its tags (${tags.map((t) => `${t.key}=${t.value}`).join(', ')})`);
  if (s.sizeGreaterThan !== undefined || s.sizeLessThan !== undefined) parts.push('its size filter');
  return parts.length ? ` if the artifact matches ${parts.join(' and ')}` : '';
}

function matchesKnown(rule: RuleView, o: InventoryObject): boolean {
  const s = rule.selector;
  if (!o.key.startsWith(s.prefix)) return false;
  if (s.sizeGreaterThan !== undefined && !(o.size > s.sizeGreaterThan)) return false;
  if (s.sizeLessThan !== undefined && !(o.size < s.sizeLessThan)) return false;
  return true;
}

function objectsByReference(refs: readonly Reference[], objects: readonly InventoryObject[]): Map<Reference, InventoryObject[]> {
  const lookup = referenceLookup(refs);
  const out = new Map<Reference, InventoryObject[]>();
  for (const o of objects) {
    for (const r of lookup(o.key)) {
      const list = out.get(r);
      if (list) list.push(o);
      else out.set(r, [o]);
    }
  }
  return out;
}

/** When S3 deletes an object created at `created` under an Expiration of `days` or `date` (model/timing.ts). */
export function deletionDate(created: Date, days: number | undefined, date: string | undefined): Date | undefined {
  if (date !== undefined) {
    const d = Date.parse(date);
    return Number.isNaN(d) ? undefined : new Date(dateDueTime(d, created.getTime()));
  }
  return days === undefined ? undefined : new Date(dueTimeAfter(created.getTime(), days));
}
