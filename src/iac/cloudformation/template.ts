/**
 * AWS::S3::Bucket LifecycleConfiguration as the request S3 receives (spec iac-lifecycle §6.1, the
 * CloudFormation property pages for LifecycleConfiguration, Rule, Transition and
 * NoncurrentVersionTransition): Prefix, TagFilters and the size properties fold into one Filter,
 * ExpirationInDays/ExpirationDate/ExpiredObjectDeleteMarker into Expiration, TransitionInDays into
 * Days (NoncurrentDays for noncurrent versions), the singular Transition into Transitions. CDK
 * output is the same format; its construct path names the resource.
 */
import { Builder, type SourceValue } from '../builder.js';
import { IAC_UNKNOWN } from '../../lint/file-rules.js';
import type { FrontEndFinding, LifecycleUnit } from '../types.js';
import { NO_VALUE, evaluateCfn, type TemplateContext } from './intrinsics.js';

const HINT = 'the value is known only when the stack is deployed';
/** Transforms that leave AWS::S3::Bucket resources as written. */
const HARMLESS_TRANSFORMS = new Set(['AWS::Serverless-2016-10-31']);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (x: unknown): unknown => (typeof x === 'string' && /^\s*\d+\s*$/.test(x) ? Number(x) : x);
const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

export interface TemplateResult {
  units: LifecycleUnit[];
  findings: FrontEndFinding[];
}

export function templateUnits(template: Record<string, unknown>, defaultLine: (name: string) => number | undefined): TemplateResult {
  const ctx: TemplateContext = {
    parameters: isObj(template.Parameters) ? template.Parameters : {},
    conditions: isObj(template.Conditions) ? template.Conditions : {},
    mappings: isObj(template.Mappings) ? template.Mappings : {},
    defaultLine,
  };
  const resources = isObj(template.Resources) ? template.Resources : {};
  const buckets = Object.entries(resources).filter(
    ([, r]) => isObj(r) && r.Type === 'AWS::S3::Bucket' && isObj(r.Properties) && 'LifecycleConfiguration' in r.Properties,
  );
  const transforms = (Array.isArray(template.Transform) ? template.Transform : [template.Transform]).filter((t) => t !== undefined);
  const rewriting = transforms.filter((t) => typeof t !== 'string' || !HARMLESS_TRANSFORMS.has(t));
  if (rewriting.length && buckets.length) {
    const name = rewriting.map((t) => (typeof t === 'string' ? t : isObj(t) && typeof t.Name === 'string' ? t.Name : 'a macro')).join(', ');
    return {
      units: [],
      findings: [
        {
          ruleId: IAC_UNKNOWN.id,
          severity: IAC_UNKNOWN.defaultSeverity,
          pointer: '/Transform',
          message: `the template uses the transform ${name}, which may rewrite any resource before deployment; its lifecycle rules are not checked.`,
        },
      ],
    };
  }
  return { units: buckets.map(([id, r]) => bucketUnit(id, r as Record<string, unknown>, ctx)), findings: [] };
}

function bucketUnit(id: string, resource: Record<string, unknown>, ctx: TemplateContext): LifecycleUnit {
  const cdkPath =
    isObj(resource.Metadata) && typeof resource.Metadata['aws:cdk:path'] === 'string' ? resource.Metadata['aws:cdk:path'] : undefined;
  const subject = cdkPath ? `${id} (${cdkPath})` : id;
  const b = new Builder(subject, HINT);
  const props = resource.Properties as Record<string, unknown>;
  const base = `/Resources/${esc(id)}/Properties/LifecycleConfiguration`;
  const request: LifecycleUnit['request'] = { Rules: [] };
  const value = (raw: unknown, pointer: string): SourceValue | undefined => {
    if (raw === undefined) return undefined;
    const e = evaluateCfn(raw, ctx);
    if (!e.known) return { known: false, reason: e.reason, pointer };
    if (e.value === NO_VALUE) return undefined;
    return { known: true, value: e.value, pointer, ...(e.via ? { via: e.via } : {}) };
  };
  b.at('', base);
  const config = value(props.LifecycleConfiguration, base);
  const bucketName = value(props.BucketName, `/Resources/${esc(id)}/Properties/BucketName`);
  const unit = (): LifecycleUnit => ({
    subject,
    address: id,
    pointer: `/Resources/${esc(id)}`,
    ...(bucketName?.known && typeof bucketName.value === 'string' ? { bucket: bucketName.value } : {}),
    request,
    origins: b.origins,
    unknown: b.unknown,
    incomplete: b.incomplete,
    findings: b.findings,
  });
  if (!config?.known || !isObj(config.value)) {
    if (config && !config.known) {
      b.incomplete.add('');
      b.notEvaluated(base, '`LifecycleConfiguration`', config.reason);
    }
    return unit();
  }
  const raw = props.LifecycleConfiguration as Record<string, unknown>;
  b.put(
    request as Record<string, unknown>,
    'TransitionDefaultMinimumObjectSize',
    '/TransitionDefaultMinimumObjectSize',
    value(raw.TransitionDefaultMinimumObjectSize, `${base}/TransitionDefaultMinimumObjectSize`),
  );
  b.at('/Rules', `${base}/Rules`);
  const rules = value(raw.Rules, `${base}/Rules`);
  if (rules && !rules.known) {
    b.incomplete.add('');
    b.notEvaluated(`${base}/Rules`, '`Rules`', rules.reason);
  } else if (Array.isArray(raw.Rules)) {
    raw.Rules.forEach((r, i) => request.Rules.push(rule(b, r, `${base}/Rules/${i}`, `/Rules/${request.Rules.length}`, value)));
  } else if (rules?.known) {
    request.Rules = rules.value as unknown[];
  }
  return unit();
}

type ValueOf = (raw: unknown, pointer: string) => SourceValue | undefined;

function rule(b: Builder, raw: unknown, src: string, at: string, value: ValueOf): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  b.at(at, src);
  if (!isObj(raw)) {
    const whole = value(raw, src);
    if (whole && !whole.known) {
      b.incomplete.add(at);
      b.notEvaluated(src, 'the rule', whole.reason);
      return out;
    }
    return isObj(whole?.value) ? rule(b, whole.value, src, at, value) : out;
  }
  const p = (name: string) => value(raw[name], `${src}/${name}`);
  b.put(out, 'ID', `${at}/ID`, p('Id'));
  b.put(out, 'Status', `${at}/Status`, p('Status'));
  // Prefix, TagFilters and the size bounds are one V2 Filter: one predicate alone, several in And.
  const filter: Record<string, unknown> = {};
  const and: Record<string, unknown> = {};
  let predicates = 0;
  const prefix = p('Prefix');
  const gt = p('ObjectSizeGreaterThan');
  const lt = p('ObjectSizeLessThan');
  const tags = p('TagFilters');
  const tagList = tags?.known && Array.isArray(tags.value) ? tags.value.map((t) => (isObj(t) ? { Key: t.Key, Value: t.Value } : t)) : [];
  predicates += (prefix ? 1 : 0) + (gt ? 1 : 0) + (lt ? 1 : 0) + (tags && !tags.known ? 1 : tagList.length);
  const target = predicates > 1 ? and : filter;
  const fp = predicates > 1 ? `${at}/Filter/And` : `${at}/Filter`;
  b.at(`${at}/Filter`, src);
  b.put(target, 'Prefix', `${fp}/Prefix`, prefix);
  b.put(target, 'ObjectSizeGreaterThan', `${fp}/ObjectSizeGreaterThan`, gt, num);
  b.put(target, 'ObjectSizeLessThan', `${fp}/ObjectSizeLessThan`, lt, num);
  if (tags && !tags.known) b.put(target, 'Tags', `${fp}/Tags`, tags);
  else if (tagList.length === 1 && predicates === 1) {
    filter.Tag = tagList[0];
    b.origins.set(`${at}/Filter/Tag`, { pointer: `${src}/TagFilters/0`, exact: false });
  } else if (tagList.length) {
    and.Tags = tagList;
    tagList.forEach((_, i) => b.origins.set(`${fp}/Tags/${i}`, { pointer: `${src}/TagFilters/${i}`, exact: false }));
  }
  out.Filter = predicates > 1 ? { And: and } : filter;
  const expiration: Record<string, unknown> = {};
  b.at(`${at}/Expiration`, src);
  b.put(expiration, 'Days', `${at}/Expiration/Days`, p('ExpirationInDays'), num);
  b.put(expiration, 'Date', `${at}/Expiration/Date`, p('ExpirationDate'));
  b.put(expiration, 'ExpiredObjectDeleteMarker', `${at}/Expiration/ExpiredObjectDeleteMarker`, p('ExpiredObjectDeleteMarker'));
  if (Object.keys(expiration).length) out.Expiration = expiration;
  const current = transitions(b, raw, src, `${at}/Transitions`, value, 'Transition', 'Days');
  if (current) out.Transitions = current;
  const noncurrent = transitions(b, raw, src, `${at}/NoncurrentVersionTransitions`, value, 'NoncurrentVersionTransition', 'NoncurrentDays');
  if (noncurrent) out.NoncurrentVersionTransitions = noncurrent;
  const nve = p('NoncurrentVersionExpiration');
  const nveDays = p('NoncurrentVersionExpirationInDays');
  if (nve && nveDays)
    b.invalid(
      `${src}/NoncurrentVersionExpirationInDays`,
      'the rule sets both NoncurrentVersionExpiration and NoncurrentVersionExpirationInDays; give one',
    );
  if (nve?.known && isObj(raw.NoncurrentVersionExpiration)) {
    const x: Record<string, unknown> = {};
    const rp = `${src}/NoncurrentVersionExpiration`;
    b.at(`${at}/NoncurrentVersionExpiration`, rp);
    b.put(
      x,
      'NoncurrentDays',
      `${at}/NoncurrentVersionExpiration/NoncurrentDays`,
      value(raw.NoncurrentVersionExpiration.NoncurrentDays, `${rp}/NoncurrentDays`),
      num,
    );
    b.put(
      x,
      'NewerNoncurrentVersions',
      `${at}/NoncurrentVersionExpiration/NewerNoncurrentVersions`,
      value(raw.NoncurrentVersionExpiration.NewerNoncurrentVersions, `${rp}/NewerNoncurrentVersions`),
      num,
    );
    out.NoncurrentVersionExpiration = x;
  } else if (nveDays) {
    const x: Record<string, unknown> = {};
    b.put(x, 'NoncurrentDays', `${at}/NoncurrentVersionExpiration/NoncurrentDays`, nveDays, num);
    out.NoncurrentVersionExpiration = x;
  }
  if (isObj(raw.AbortIncompleteMultipartUpload)) {
    const x: Record<string, unknown> = {};
    const rp = `${src}/AbortIncompleteMultipartUpload`;
    b.at(`${at}/AbortIncompleteMultipartUpload`, rp);
    b.put(
      x,
      'DaysAfterInitiation',
      `${at}/AbortIncompleteMultipartUpload/DaysAfterInitiation`,
      value(raw.AbortIncompleteMultipartUpload.DaysAfterInitiation, `${rp}/DaysAfterInitiation`),
      num,
    );
    out.AbortIncompleteMultipartUpload = x;
  }
  return out;
}

/** `Transitions` plus the deprecated singular `Transition`, in that order; TransitionInDays → Days or NoncurrentDays. */
function transitions(
  b: Builder,
  raw: Record<string, unknown>,
  src: string,
  at: string,
  value: ValueOf,
  singular: string,
  daysKey: string,
): unknown[] | undefined {
  const plural = `${singular}s`;
  const items: Array<{ item: unknown; pointer: string }> = [];
  if (Array.isArray(raw[plural])) (raw[plural] as unknown[]).forEach((item, i) => items.push({ item, pointer: `${src}/${plural}/${i}` }));
  if (raw[singular] !== undefined) items.push({ item: raw[singular], pointer: `${src}/${singular}` });
  if (!items.length) return undefined;
  const list: unknown[] = [];
  b.at(at, items[0]!.pointer);
  for (const { item, pointer } of items) {
    const p = `${at}/${list.length}`;
    const x: Record<string, unknown> = {};
    b.at(p, pointer);
    if (!isObj(item)) {
      list.push(x);
      continue;
    }
    const days = value(item.TransitionInDays, `${pointer}/TransitionInDays`);
    const date = value(item.TransitionDate, `${pointer}/TransitionDate`);
    if (daysKey === 'Days' && (days ? 1 : 0) + (date ? 1 : 0) !== 1) {
      b.invalid(pointer, 'CloudFormation refuses this transition: "Exactly one of TransitionDate and TransitionInDays must be specified"');
    }
    b.put(x, daysKey, `${p}/${daysKey}`, days, num);
    if (daysKey === 'Days') b.put(x, 'Date', `${p}/Date`, date);
    // CloudFormation's StorageClass enum also accepts the spelling "Glacier".
    b.put(x, 'StorageClass', `${p}/StorageClass`, value(item.StorageClass, `${pointer}/StorageClass`), (s) =>
      s === 'Glacier' ? 'GLACIER' : s,
    );
    b.put(
      x,
      'NewerNoncurrentVersions',
      `${p}/NewerNoncurrentVersions`,
      value(item.NewerNoncurrentVersions, `${pointer}/NewerNoncurrentVersions`),
      num,
    );
    list.push(x);
  }
  return list;
}
