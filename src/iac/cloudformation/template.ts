/**
 * AWS::S3::Bucket LifecycleConfiguration as the request S3 receives (spec iac-lifecycle §6.1, the
 * CloudFormation property pages for LifecycleConfiguration, Rule, Transition and
 * NoncurrentVersionTransition): Prefix, TagFilters and the size properties fold into one Filter,
 * ExpirationInDays/ExpirationDate/ExpiredObjectDeleteMarker into Expiration, TransitionInDays into
 * Days (NoncurrentDays for noncurrent versions), the singular Transition into Transitions. CDK
 * output is the same format; its construct path names the resource.
 */
import { Builder, type SourceValue } from '../builder.js';
import { IAC_UNKNOWN, PARSE_ERROR } from '../../lint/file-rules.js';
import type { FrontEndFinding, LifecycleUnit } from '../types.js';
import { NO_VALUE, evaluateCfn, intrinsic, templateContext, type CfnValue, type TemplateContext } from './intrinsics.js';

const NOT_KNOWN = Symbol('not known before deployment');
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
  const ctx = templateContext({
    parameters: isObj(template.Parameters) ? template.Parameters : {},
    conditions: isObj(template.Conditions) ? template.Conditions : {},
    mappings: isObj(template.Mappings) ? template.Mappings : {},
    defaultLine,
  });
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

/** Thrown when the template's step budget is spent: the bucket is reported once, as not evaluated. */
class OutOfSteps {
  constructor(readonly reason: string) {}
}

function bucketUnit(id: string, resource: Record<string, unknown>, ctx: TemplateContext): LifecycleUnit {
  const cdkPath =
    isObj(resource.Metadata) && typeof resource.Metadata['aws:cdk:path'] === 'string' ? resource.Metadata['aws:cdk:path'] : undefined;
  const subject = cdkPath ? `${id} (${cdkPath})` : id;
  let b = new Builder(subject, HINT);
  const props = resource.Properties as Record<string, unknown>;
  const base = `/Resources/${esc(id)}/Properties/LifecycleConfiguration`;
  let request: LifecycleUnit['request'] = { Rules: [] };
  const evaluate = (raw: unknown): CfnValue => {
    const e = evaluateCfn(raw, ctx);
    if (!e.known && e.outOfSteps) throw new OutOfSteps(e.reason);
    return e;
  };
  const value = (raw: unknown, pointer: string): SourceValue | undefined => {
    if (raw === undefined) return undefined;
    const e = evaluate(raw);
    if (!e.known) return { known: false, reason: e.reason, pointer };
    if (e.value === NO_VALUE) return undefined;
    return { known: true, value: e.value, pointer, ...(e.via ? { via: e.via } : {}) };
  };
  // A property that holds other properties is walked member by member, so that one value known only
  // at deploy time hides only what depends on it (ADR 0196); only when the property is itself an
  // intrinsic is it evaluated whole, and if that is unknown, the request scope `scope` is incomplete.
  const shape: ShapeOf = (raw, pointer, scope, what) => {
    if (raw === undefined || !intrinsic(raw)) return raw;
    const e = evaluate(raw);
    if (e.known) return e.value === NO_VALUE ? undefined : e.value;
    b.incomplete.add(scope);
    b.notEvaluated(pointer, what, e.reason);
    return NOT_KNOWN;
  };
  let bucketName: SourceValue | undefined;
  try {
    bucketName = value(props.BucketName, `/Resources/${esc(id)}/Properties/BucketName`);
    b.at('', base);
    const config = shape(props.LifecycleConfiguration, base, '', '`LifecycleConfiguration`');
    if (isObj(config)) {
      b.put(
        request as Record<string, unknown>,
        'TransitionDefaultMinimumObjectSize',
        '/TransitionDefaultMinimumObjectSize',
        value(config.TransitionDefaultMinimumObjectSize, `${base}/TransitionDefaultMinimumObjectSize`),
      );
      b.at('/Rules', `${base}/Rules`);
      const rules = shape(config.Rules, `${base}/Rules`, '', '`Rules`');
      if (Array.isArray(rules)) {
        rules.forEach((r, i) => {
          const out = rule(b, r, `${base}/Rules/${i}`, `/Rules/${request.Rules.length}`, value, shape);
          if (out) request.Rules.push(out);
        });
      } else if (rules !== undefined && rules !== NOT_KNOWN) {
        // Not a list: the schema rule says so at the property.
        request.Rules = rules as unknown[];
      }
    } else if (config !== undefined && config !== NOT_KNOWN) {
      b.incomplete.add('');
      b.invalid(base, 'CloudFormation refuses this property: `LifecycleConfiguration` must be an object');
    }
  } catch (e) {
    if (!(e instanceof OutOfSteps)) throw e;
    // Nothing evaluated so far is kept, and the bucket fails once: a template past lifeguard's bound
    // is not usable, like a YAML alias bomb, never a pass of rules nobody checked (ADR 0195).
    b = new Builder(subject, HINT);
    request = { Rules: [] };
    b.incomplete.add('');
    b.findings.push({
      ruleId: PARSE_ERROR.id,
      severity: PARSE_ERROR.defaultSeverity,
      pointer: `/Resources/${esc(id)}`,
      message: `${subject}: its lifecycle rules are not evaluated: ${e.reason}.`,
      hint: 'Simplify the conditions, Fn::Sub and Fn::Join the rules use, or check the rules as S3 lifecycle JSON.',
    });
  }
  return {
    subject,
    address: id,
    pointer: `/Resources/${esc(id)}`,
    ...(bucketName?.known && typeof bucketName.value === 'string' ? { bucket: bucketName.value } : {}),
    request,
    origins: b.origins,
    unknown: b.unknown,
    incomplete: b.incomplete,
    findings: b.findings,
  };
}

type ValueOf = (raw: unknown, pointer: string) => SourceValue | undefined;
/** A container property as written or as its intrinsic evaluates; undefined when absent, NOT_KNOWN when reported as unknown. */
type ShapeOf = (raw: unknown, pointer: string, scope: string, what: string) => unknown;

function rule(b: Builder, written: unknown, src: string, at: string, value: ValueOf, shape: ShapeOf): Record<string, unknown> | undefined {
  const raw = shape(written, src, at, 'the rule');
  if (raw === undefined) return undefined;
  b.at(at, src);
  if (!isObj(raw)) return {};
  const out: Record<string, unknown> = {};
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
  const current = transitions(b, raw, src, at, value, shape, 'Transition', 'Days');
  if (current) out.Transitions = current;
  const noncurrent = transitions(b, raw, src, at, value, shape, 'NoncurrentVersionTransition', 'NoncurrentDays');
  if (noncurrent) out.NoncurrentVersionTransitions = noncurrent;
  const nve = shape(raw.NoncurrentVersionExpiration, `${src}/NoncurrentVersionExpiration`, at, '`NoncurrentVersionExpiration`');
  const nveDays = p('NoncurrentVersionExpirationInDays');
  // Both as evaluated: one side may be an Fn::If that gives AWS::NoValue.
  if (nve !== undefined && nveDays)
    b.invalid(
      `${src}/NoncurrentVersionExpirationInDays`,
      'the rule sets both NoncurrentVersionExpiration and NoncurrentVersionExpirationInDays; give one',
    );
  if (isObj(nve)) {
    const x: Record<string, unknown> = {};
    const rp = `${src}/NoncurrentVersionExpiration`;
    b.at(`${at}/NoncurrentVersionExpiration`, rp);
    b.put(x, 'NoncurrentDays', `${at}/NoncurrentVersionExpiration/NoncurrentDays`, value(nve.NoncurrentDays, `${rp}/NoncurrentDays`), num);
    b.put(
      x,
      'NewerNoncurrentVersions',
      `${at}/NoncurrentVersionExpiration/NewerNoncurrentVersions`,
      value(nve.NewerNoncurrentVersions, `${rp}/NewerNoncurrentVersions`),
      num,
    );
    out.NoncurrentVersionExpiration = x;
  } else if (nveDays) {
    const x: Record<string, unknown> = {};
    b.put(x, 'NoncurrentDays', `${at}/NoncurrentVersionExpiration/NoncurrentDays`, nveDays, num);
    out.NoncurrentVersionExpiration = x;
  }
  const rp = `${src}/AbortIncompleteMultipartUpload`;
  const abort = shape(raw.AbortIncompleteMultipartUpload, rp, at, '`AbortIncompleteMultipartUpload`');
  if (isObj(abort)) {
    const x: Record<string, unknown> = {};
    b.at(`${at}/AbortIncompleteMultipartUpload`, rp);
    b.put(
      x,
      'DaysAfterInitiation',
      `${at}/AbortIncompleteMultipartUpload/DaysAfterInitiation`,
      value(abort.DaysAfterInitiation, `${rp}/DaysAfterInitiation`),
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
  ruleAt: string,
  value: ValueOf,
  shape: ShapeOf,
  singular: string,
  daysKey: string,
): unknown[] | undefined {
  const plural = `${singular}s`;
  const at = `${ruleAt}/${plural}`;
  const items: Array<{ item: unknown; pointer: string }> = [];
  const many = shape(raw[plural], `${src}/${plural}`, ruleAt, `\`${plural}\``);
  if (Array.isArray(many)) many.forEach((item, i) => items.push({ item, pointer: `${src}/${plural}/${i}` }));
  if (raw[singular] !== undefined) items.push({ item: raw[singular], pointer: `${src}/${singular}` });
  if (!items.length) return undefined;
  const list: unknown[] = [];
  b.at(at, items[0]!.pointer);
  for (const { item: written, pointer } of items) {
    const p = `${at}/${list.length}`;
    const x: Record<string, unknown> = {};
    const item = shape(written, pointer, ruleAt, 'the transition');
    if (item === undefined) continue;
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
