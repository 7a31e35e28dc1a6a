/** Sentences shared by the plan formatters: the bucket's state and each rule's expiry, in words. */
import { formatBytes } from '../gate/verdict.js';
import { plural } from '../lint/messages.js';
import type { RuleExpiry } from '../plan/expiry.js';
import type { BucketSummary, TargetPlan } from '../plan/types.js';

/** Keys named per rule before "and N more". */
export const SAMPLE_KEYS = 5;

export function describeBucket(s: BucketSummary): string {
  const versioning = s.versioning === 'Never' ? 'never versioned' : `versioning ${s.versioning.toLowerCase()}`;
  const r = s.objectLock.defaultRetention;
  const retention = r ? ` (${r.mode ?? 'no mode'}, ${r.days !== undefined ? plural(r.days, 'day') : plural(r.years ?? 0, 'year')})` : '';
  const lock = s.objectLock.enabled ? `Object Lock on${retention}` : 'no Object Lock';
  const live = s.liveRules === null ? 'no lifecycle configuration' : `lifecycle: ${plural(s.liveRules, 'rule')}`;
  return `${versioning}, MFA delete ${s.mfaDelete ? 'on' : 'off'}, ${lock}; ${live}`;
}

const VERB: Record<RuleExpiry['effect'], (n: number) => string> = {
  delete: (n) => `expires ${plural(n, 'object')}`,
  'delete-marker': (n) => `expires ${plural(n, 'object')}`,
  'delete-version': (n) => `deletes ${plural(n, 'noncurrent version')}`,
};

/** What expiring means on a versioned bucket, said once per rule. */
const EFFECT_NOTE: Record<RuleExpiry['effect'], string> = {
  delete: '',
  'delete-marker': ' (versioned bucket: each gets a delete marker and its data stays as a noncurrent version)',
  'delete-version': '',
};

export function describeExpiry(e: RuleExpiry, quote: (s: string) => string = (s) => s): string {
  const n = e.objects.length;
  if (n === 0) {
    return `${e.rule} (${e.action}): nothing listed matches${e.unknown ? `; ${plural(e.unknown, 'object')} unknown (tags not read)` : ''}`;
  }
  const later = n - e.dueNow;
  const lastDue = e.objects[n - 1]!.dueAt.slice(0, 10);
  const firstLater = e.objects[e.dueNow]?.dueAt.slice(0, 10);
  const when =
    e.dueNow === n
      ? 'all due now'
      : e.dueNow > 0
        ? `${e.dueNow} due now, ${later} from ${firstLater} to ${lastDue}`
        : later === 1 || firstLater === lastDue
          ? `due ${lastDue}`
          : `due from ${firstLater} to ${lastDue}`;
  const keys = e.objects.slice(0, SAMPLE_KEYS).map((o) => quote(o.key));
  const more = n > SAMPLE_KEYS ? ` and ${n - SAMPLE_KEYS} more` : '';
  const unknown = e.unknown ? `; ${plural(e.unknown, 'more object')} may match (tags not read)` : '';
  return `${e.rule} ${VERB[e.effect](n)} (${formatBytes(e.bytes)}), ${when}: ${keys.join(', ')}${more}${unknown}${EFFECT_NOTE[e.effect]}`;
}

export function describeKept(p: NonNullable<TargetPlan['expiry']>, quote: (s: string) => string = (s) => s): string {
  const k = p.kept;
  if (k.objects === 0) return 'no listed object is kept by every rule';
  const keys = k.keys.slice(0, SAMPLE_KEYS).map(quote);
  const more = k.objects > SAMPLE_KEYS ? ` and ${k.objects - SAMPLE_KEYS} more` : '';
  return `no rule expires ${plural(k.objects, 'object')} (${formatBytes(k.bytes)}): ${keys.join(', ')}${more}`;
}

export function listingLine(p: NonNullable<TargetPlan['expiry']>): string {
  const what = p.versions ? 'versions and delete markers' : 'objects';
  return `from a listing of ${p.listed} ${what}${p.truncated ? ' (stopped early)' : ''}`;
}
