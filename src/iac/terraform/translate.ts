/**
 * Terraform's lifecycle resources as the request the AWS provider sends (spec iac-lifecycle §2, §3;
 * checked against terraform-provider-aws internal/service/s3/bucket_lifecycle_configuration.go,
 * the Plugin Framework expanders of provider ≥ 5.86): what it drops (`days = 0` in expiration),
 * what it adds (Days 0 for a transition without days or date, `Filter {}` for a rule without filter
 * or prefix, Prefix "" for `filter {}`) and what it refuses at plan.
 */
import { Builder } from '../builder.js';
import type { LifecycleUnit } from '../types.js';
import type { TfBlock, TfValue } from './block.js';

export const LIFECYCLE_CONFIGURATION = 'aws_s3_bucket_lifecycle_configuration';
export const BUCKET = 'aws_s3_bucket';
const PLAN_HINT = 'a plan JSON (terraform show -json) gives the full answer';

const num = (x: unknown): unknown => (typeof x === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(x) ? Number(x) : x);
const one = (b: TfBlock, type: string): TfBlock | undefined => b.blocks.get(type)?.[0];
const isSet = (v: TfValue | undefined): boolean => v !== undefined && (!v.known || (v.value !== null && v.value !== undefined));

function known(v: TfValue | undefined): unknown {
  return v?.known ? v.value : undefined;
}

function tooMany(b: Builder, block: TfBlock, types: readonly string[]): void {
  for (const t of types) {
    const list = block.blocks.get(t) ?? [];
    if (list.length > 1) b.invalid(list[1]!.pointer, `a rule takes at most one \`${t}\` block; Terraform refuses this at plan`);
  }
}

/** `aws_s3_bucket_lifecycle_configuration` (provider ≥ 5.86). */
export function fromLifecycleConfiguration(block: TfBlock, subject: string, address: string): LifecycleUnit {
  const b = new Builder(subject, PLAN_HINT);
  const request: LifecycleUnit['request'] = { Rules: [] };
  b.at('', block.pointer);
  b.dynamic(block, '');
  const tdmos = block.attrs.get('transition_default_minimum_object_size');
  b.put(request as Record<string, unknown>, 'TransitionDefaultMinimumObjectSize', '/TransitionDefaultMinimumObjectSize', tdmos);
  const rules = block.blocks.get('rule') ?? [];
  if (rules.length === 0 && block.unknownBlocks.length === 0)
    b.invalid(block.pointer, 'the resource has no `rule` block, and Terraform requires at least one');
  rules.forEach((r, i) => request.Rules.push(rule(b, r, `/Rules/${i}`)));
  // Findings on the configuration as a whole land on the resource's first line.
  return unit(b, block, subject, address, request);
}

function rule(b: Builder, r: TfBlock, at: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  b.at(at, r.pointer);
  b.dynamic(r, at);
  tooMany(b, r, ['expiration', 'filter', 'noncurrent_version_expiration', 'abort_incomplete_multipart_upload']);
  if (!b.put(out, 'ID', `${at}/ID`, r.attrs.get('id'))) b.invalid(r.pointer, 'the rule has no `id`, and Terraform requires one');
  if (!b.put(out, 'Status', `${at}/Status`, r.attrs.get('status')))
    b.invalid(r.pointer, 'the rule has no `status`, and Terraform requires one');
  const prefix = r.attrs.get('prefix');
  const filter = one(r, 'filter');
  // `prefix = ""` counts as unset (EmptyStringAsNull).
  const hasPrefix = isSet(prefix) && known(prefix) !== '';
  if (hasPrefix) b.put(out, 'Prefix', `${at}/Prefix`, prefix);
  if (filter) out.Filter = filterOf(b, filter, `${at}/Filter`);
  else if (!hasPrefix) {
    out.Filter = {};
    b.at(`${at}/Filter`, r.pointer);
  }
  const expiration = one(r, 'expiration');
  if (expiration) out.Expiration = expirationOf(b, expiration, `${at}/Expiration`);
  const transitions = r.blocks.get('transition') ?? [];
  if (transitions.length) {
    b.at(`${at}/Transitions`, transitions[0]!.pointer);
    out.Transitions = transitions.map((t, i) => transitionOf(b, t, `${at}/Transitions/${i}`));
  }
  const nve = one(r, 'noncurrent_version_expiration');
  if (nve) {
    const x: Record<string, unknown> = {};
    b.at(`${at}/NoncurrentVersionExpiration`, nve.pointer);
    if (!b.put(x, 'NoncurrentDays', `${at}/NoncurrentVersionExpiration/NoncurrentDays`, nve.attrs.get('noncurrent_days'), num)) {
      b.invalid(nve.pointer, '`noncurrent_version_expiration` has no `noncurrent_days`, and Terraform requires it');
    }
    b.put(
      x,
      'NewerNoncurrentVersions',
      `${at}/NoncurrentVersionExpiration/NewerNoncurrentVersions`,
      nve.attrs.get('newer_noncurrent_versions'),
      num,
    );
    out.NoncurrentVersionExpiration = x;
  }
  const nvts = r.blocks.get('noncurrent_version_transition') ?? [];
  if (nvts.length) {
    b.at(`${at}/NoncurrentVersionTransitions`, nvts[0]!.pointer);
    out.NoncurrentVersionTransitions = nvts.map((t, i) => {
      const p = `${at}/NoncurrentVersionTransitions/${i}`;
      const x: Record<string, unknown> = {};
      b.at(p, t.pointer);
      if (!b.put(x, 'NoncurrentDays', `${p}/NoncurrentDays`, t.attrs.get('noncurrent_days'), num)) {
        b.invalid(t.pointer, '`noncurrent_version_transition` has no `noncurrent_days`, and Terraform requires it');
      }
      b.put(x, 'StorageClass', `${p}/StorageClass`, t.attrs.get('storage_class'));
      b.put(x, 'NewerNoncurrentVersions', `${p}/NewerNoncurrentVersions`, t.attrs.get('newer_noncurrent_versions'), num);
      return x;
    });
  }
  const abort = one(r, 'abort_incomplete_multipart_upload');
  if (abort) {
    // days_after_initiation is optional and not validated: an empty block is sent empty.
    const x: Record<string, unknown> = {};
    b.at(`${at}/AbortIncompleteMultipartUpload`, abort.pointer);
    b.put(
      x,
      'DaysAfterInitiation',
      `${at}/AbortIncompleteMultipartUpload/DaysAfterInitiation`,
      abort.attrs.get('days_after_initiation'),
      num,
    );
    out.AbortIncompleteMultipartUpload = x;
  }
  return out;
}

function filterOf(b: Builder, f: TfBlock, at: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  b.at(at, f.pointer);
  b.dynamic(f, at);
  const and = one(f, 'and');
  const tag = one(f, 'tag');
  const gt = f.attrs.get('object_size_greater_than');
  const lt = f.attrs.get('object_size_less_than');
  const prefix = f.attrs.get('prefix');
  // `filter {}` (or only `prefix = ""`): the provider sends Filter {Prefix: ""}.
  if (!and && !tag && !isSet(gt) && !isSet(lt)) {
    if (!b.put(out, 'Prefix', `${at}/Prefix`, prefix)) out.Prefix = '';
    return out;
  }
  // Every member given is sent: more than one is S3's MalformedXML (filter-single-predicate).
  if (isSet(prefix) && known(prefix) !== '') b.put(out, 'Prefix', `${at}/Prefix`, prefix);
  b.put(out, 'ObjectSizeGreaterThan', `${at}/ObjectSizeGreaterThan`, gt, num);
  b.put(out, 'ObjectSizeLessThan', `${at}/ObjectSizeLessThan`, lt, num);
  if (tag) {
    const t: Record<string, unknown> = {};
    b.at(`${at}/Tag`, tag.pointer);
    b.put(t, 'Key', `${at}/Tag/Key`, tag.attrs.get('key'));
    b.put(t, 'Value', `${at}/Tag/Value`, tag.attrs.get('value'));
    out.Tag = t;
  }
  if (and) out.And = andOf(b, and, `${at}/And`);
  return out;
}

function andOf(b: Builder, a: TfBlock, at: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  b.at(at, a.pointer);
  b.put(out, 'Prefix', `${at}/Prefix`, a.attrs.get('prefix'));
  b.put(out, 'ObjectSizeGreaterThan', `${at}/ObjectSizeGreaterThan`, a.attrs.get('object_size_greater_than'), num);
  // object_size_less_than = 0 is dropped (Int64FromFrameworkLegacy); greater_than = 0 is sent.
  const lt = a.attrs.get('object_size_less_than');
  if (!(lt?.known && num(lt.value) === 0)) b.put(out, 'ObjectSizeLessThan', `${at}/ObjectSizeLessThan`, lt, num);
  const tags = a.attrs.get('tags');
  if (tags && !tags.known) b.put(out, 'Tags', `${at}/Tags`, tags);
  else if (tags?.known && tags.value !== null && typeof tags.value === 'object') {
    // Keys starting with aws: are dropped (IgnoreAWS).
    const list = Object.entries(tags.value as Record<string, unknown>)
      .filter(([k]) => !k.toLowerCase().startsWith('aws:'))
      .map(([Key, Value]) => ({ Key, Value }));
    if (list.length) {
      out.Tags = list;
      b.origins.set(`${at}/Tags`, { pointer: tags.pointer, exact: true, ...(tags.via ? { via: tags.via } : {}) });
    }
  }
  return out;
}

function expirationOf(b: Builder, e: TfBlock, at: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  b.at(at, e.pointer);
  const days = e.attrs.get('days');
  const date = e.attrs.get('date');
  const marker = e.attrs.get('expired_object_delete_marker');
  // days = 0 is treated as unset (ZeroInt32AsNull).
  const daysSet = isSet(days) && num(known(days)) !== 0;
  if (daysSet) b.put(out, 'Days', `${at}/Days`, days, num);
  b.put(out, 'Date', `${at}/Date`, date);
  const dateSet = isSet(date);
  if (!daysSet && !dateSet) {
    // Neither days nor date: the marker as given, or false when unset.
    if (!b.put(out, 'ExpiredObjectDeleteMarker', `${at}/ExpiredObjectDeleteMarker`, marker)) out.ExpiredObjectDeleteMarker = false;
  } else {
    // With days or date the marker is dropped, so S3 never sees both; a true one is worth a word.
    droppedMarker(b, marker);
  }
  return out;
}

/**
 * `expired_object_delete_marker = true` beside `days` or `date`: the provider sends only the
 * latter (S3 refuses the pair), and plan says nothing. S3 then removes a delete marker left alone
 * only once the rule's own expiration reaches it, not as soon as it is the only version left.
 */
function droppedMarker(b: Builder, marker: TfValue | undefined): void {
  if (!marker?.known || (marker.value !== true && marker.value !== 'true')) return;
  b.dropped(
    marker.pointer,
    '`expired_object_delete_marker` is dropped: beside `days` or `date` the AWS provider leaves it out, and S3 removes lone delete markers only when this expiration reaches them',
    'To remove delete markers as soon as they are the only version left, set `expired_object_delete_marker = true` in the `expiration` block of a rule of its own.',
  );
}

function transitionOf(b: Builder, t: TfBlock, at: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  b.at(at, t.pointer);
  const days = t.attrs.get('days');
  const date = t.attrs.get('date');
  if (isSet(days) && isSet(date))
    b.invalid(
      t.pointer,
      'a `transition` block sets both `days` and `date`; Terraform refuses this at plan ("2 attributes specified when one (and only one) of [days, date] is required")',
    );
  if (isSet(date)) b.put(out, 'Date', `${at}/Date`, date);
  else if (isSet(days)) b.put(out, 'Days', `${at}/Days`, days, num);
  else {
    // Neither: the provider sends Days 0 (and plans days = 0).
    out.Days = 0;
    b.at(`${at}/Days`, t.attrs.get('storage_class')?.pointer ?? t.pointer);
  }
  b.put(out, 'StorageClass', `${at}/StorageClass`, t.attrs.get('storage_class'));
  return out;
}

/** `lifecycle_rule` blocks of `aws_s3_bucket` (provider 3.x; deprecated from 4.9). */
export function fromLegacyBucket(block: TfBlock, subject: string, address: string): LifecycleUnit | undefined {
  const rules = block.blocks.get('lifecycle_rule') ?? [];
  const dynamicRules = block.unknownBlocks.filter((d) => d.type === 'lifecycle_rule');
  if (rules.length === 0 && dynamicRules.length === 0) return undefined;
  const b = new Builder(subject, PLAN_HINT);
  const request: LifecycleUnit['request'] = { Rules: [] };
  b.at('', block.pointer);
  for (const d of dynamicRules) {
    b.incomplete.add('');
    b.notEvaluated(d.pointer, 'the `lifecycle_rule` blocks', d.reason);
  }
  rules.forEach((r, i) => request.Rules.push(legacyRule(b, r, `/Rules/${i}`)));
  return unit(b, block, subject, address, request);
}

function legacyRule(b: Builder, r: TfBlock, at: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  b.at(at, r.pointer);
  b.dynamic(r, at);
  b.put(out, 'ID', `${at}/ID`, r.attrs.get('id'));
  b.put(out, 'Status', `${at}/Status`, r.attrs.get('enabled'), (x) => (x === true || x === 'true' ? 'Enabled' : 'Disabled'));
  const prefix = r.attrs.get('prefix');
  const tags = r.attrs.get('tags');
  const filter: Record<string, unknown> = {};
  b.at(`${at}/Filter`, r.pointer);
  if (tags?.known && tags.value && typeof tags.value === 'object' && Object.keys(tags.value).length) {
    const and: Record<string, unknown> = {};
    if (!b.put(and, 'Prefix', `${at}/Filter/And/Prefix`, prefix)) and.Prefix = '';
    and.Tags = Object.entries(tags.value as Record<string, unknown>).map(([Key, Value]) => ({ Key, Value }));
    b.origins.set(`${at}/Filter/And/Tags`, { pointer: tags.pointer, exact: true });
    filter.And = and;
  } else {
    if (tags && !tags.known) b.put({}, 'Tags', `${at}/Filter/And/Tags`, tags);
    if (!b.put(filter, 'Prefix', `${at}/Filter/Prefix`, prefix)) filter.Prefix = '';
  }
  out.Filter = filter;
  const abortDays = r.attrs.get('abort_incomplete_multipart_upload_days');
  if (abortDays && (!abortDays.known || Number(num(abortDays.value)) > 0)) {
    const x: Record<string, unknown> = {};
    b.at(`${at}/AbortIncompleteMultipartUpload`, abortDays.pointer);
    b.put(x, 'DaysAfterInitiation', `${at}/AbortIncompleteMultipartUpload/DaysAfterInitiation`, abortDays, num);
    out.AbortIncompleteMultipartUpload = x;
  }
  const e = one(r, 'expiration');
  if (e) {
    const x: Record<string, unknown> = {};
    b.at(`${at}/Expiration`, e.pointer);
    const date = e.attrs.get('date');
    const days = e.attrs.get('days');
    const daysSet = isSet(days) && (!days!.known || Number(num(days!.value)) > 0);
    if (isSet(date))
      b.put(x, 'Date', `${at}/Expiration/Date`, date, (d) =>
        typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d,
      );
    else if (daysSet) b.put(x, 'Days', `${at}/Expiration/Days`, days, num);
    else if (
      !b.put(x, 'ExpiredObjectDeleteMarker', `${at}/Expiration/ExpiredObjectDeleteMarker`, e.attrs.get('expired_object_delete_marker'))
    )
      x.ExpiredObjectDeleteMarker = false;
    if (isSet(date) || daysSet) droppedMarker(b, e.attrs.get('expired_object_delete_marker'));
    out.Expiration = x;
  }
  const transitions = r.blocks.get('transition') ?? [];
  if (transitions.length) {
    out.Transitions = transitions.map((t, i) => {
      const p = `${at}/Transitions/${i}`;
      const x: Record<string, unknown> = {};
      b.at(p, t.pointer);
      const date = t.attrs.get('date');
      if (isSet(date))
        b.put(x, 'Date', `${p}/Date`, date, (d) => (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d));
      else if (!b.put(x, 'Days', `${p}/Days`, t.attrs.get('days'), num)) x.Days = 0;
      b.put(x, 'StorageClass', `${p}/StorageClass`, t.attrs.get('storage_class'));
      return x;
    });
  }
  const nve = one(r, 'noncurrent_version_expiration');
  if (nve) {
    const x: Record<string, unknown> = {};
    b.at(`${at}/NoncurrentVersionExpiration`, nve.pointer);
    b.put(x, 'NoncurrentDays', `${at}/NoncurrentVersionExpiration/NoncurrentDays`, nve.attrs.get('days'), num);
    out.NoncurrentVersionExpiration = x;
  }
  const nvts = r.blocks.get('noncurrent_version_transition') ?? [];
  if (nvts.length) {
    out.NoncurrentVersionTransitions = nvts.map((t, i) => {
      const p = `${at}/NoncurrentVersionTransitions/${i}`;
      const x: Record<string, unknown> = {};
      b.at(p, t.pointer);
      b.put(x, 'NoncurrentDays', `${p}/NoncurrentDays`, t.attrs.get('days'), num);
      b.put(x, 'StorageClass', `${p}/StorageClass`, t.attrs.get('storage_class'));
      return x;
    });
  }
  // A rule with no action gets Expiration {ExpiredObjectDeleteMarker: false} from the provider.
  if (
    !out.Expiration &&
    !out.Transitions &&
    !out.NoncurrentVersionExpiration &&
    !out.NoncurrentVersionTransitions &&
    !out.AbortIncompleteMultipartUpload
  ) {
    out.Expiration = { ExpiredObjectDeleteMarker: false };
  }
  return out;
}

function unit(b: Builder, block: TfBlock, subject: string, address: string, request: LifecycleUnit['request']): LifecycleUnit {
  const bucket = block.attrs.get('bucket');
  return {
    subject,
    address,
    pointer: block.pointer,
    ...(bucket?.known && typeof bucket.value === 'string' ? { bucket: bucket.value } : {}),
    request,
    origins: b.origins,
    unknown: b.unknown,
    incomplete: b.incomplete,
    findings: b.findings,
  };
}
