/**
 * ajv's errors turned into plain sentences at the offending key, in the user's words:
 * "rule 'logs': Transitions[0] has an unknown key "days" (did you mean "Days"?)".
 */
import { joinPointer, splitPointer, valueAtPointer } from '../load/pointer.js';
import { ruleLabel } from './view.js';
import { isObj } from '../model/values.js';

export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export interface SchemaProblem {
  pointer: string;
  message: string;
  reportOnKey: boolean;
}

/** Names people write that S3's JSON does not use, with the right place to put them. */
const KNOWN_MISTAKES: Record<string, string> = {
  Transition: 'the S3 API JSON takes a list named "Transitions"',
  NoncurrentVersionTransition: 'the S3 API JSON takes a list named "NoncurrentVersionTransitions"',
  Rule: 'rules go in the list "Rules"',
  ExpirationInDays: 'that is CloudFormation\'s name; the S3 API uses "Expiration": {"Days": N}',
  ExpirationDate: 'that is CloudFormation\'s name; the S3 API uses "Expiration": {"Date": "…"}',
  TransitionInDays: 'that is CloudFormation\'s name; the S3 API uses "Transitions": [{"Days": N, "StorageClass": …}]',
  TagFilters: 'that is CloudFormation\'s name; the S3 API uses "Filter": {"Tag": …} or "Filter": {"And": {"Tags": […]}}',
  Id: 'the S3 API spells it "ID"',
  Tags: 'a single tag goes in "Tag"; several tags go in "And": {"Tags": […]}',
  Tag: 'inside "And", tags go in the list "Tags"',
};

export interface SchemaSource {
  /** The JSON Schema the validator was generated from (for key suggestions). */
  schema: Record<string, unknown>;
  /** Name under $defs of the definition validated at the document root. */
  rootDef: string;
  /** How to name the node at a data path in messages (default: the lifecycle wording of subjectOf). */
  subject?: (instancePath: string, data: unknown) => string;
}

export function describeSchemaErrors(errors: readonly SchemaError[], data: unknown, source: SchemaSource): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const p = describe(e, data, source);
    const key = p.pointer + '\u0000' + p.message;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}

function describe(e: SchemaError, data: unknown, source: SchemaSource): SchemaProblem {
  const where = (source.subject ?? subjectOf)(e.instancePath, data);
  const pointer = e.instancePath;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const siblings = allowedKeys(source.schema, source.rootDef, e.instancePath);
      return {
        pointer: joinPointer(pointer, key),
        message: `${where}: unknown key "${key}"${hint(key, siblings)}.`,
        reportOnKey: true,
      };
    }
    case 'required':
      return {
        pointer,
        message: `${where} needs "${String(e.params.missingProperty)}".`,
        reportOnKey: true,
      };
    case 'type': {
      const wanted =
        e.params.type === 'integer'
          ? 'a whole number'
          : e.params.type === 'array'
            ? 'a list'
            : e.params.type === 'object'
              ? 'a mapping of keys'
              : `a ${String(e.params.type)}`;
      return {
        pointer,
        message: `${where} must be ${wanted}, not ${describeValue(valueAtPointer(data, e.instancePath))}.`,
        reportOnKey: false,
      };
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const value = valueAtPointer(data, e.instancePath);
      const near = allowed.find((a) => a.toLowerCase() === String(value).toLowerCase());
      const fix = near ? ` (did you mean "${near}"?)` : `; use one of ${allowed.join(', ')}`;
      return { pointer, message: `${where}: ${JSON.stringify(value)} is not an allowed value${fix}.`, reportOnKey: false };
    }
    default:
      return { pointer, message: `${where} ${e.message ?? 'is not valid'}.`, reportOnKey: false };
  }
}

/** "rule 'logs': Transitions[0].Days" style subject for a data path. */
export function subjectOf(instancePath: string, data: unknown): string {
  const segs = splitPointer(instancePath);
  let node: unknown = data;
  let rulePrefix = '';
  const rest: string[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (i >= 1 && segs[i - 1] === 'Rules' && /^\d+$/.test(s) && !rulePrefix) {
      const rule = Array.isArray(node) ? node[Number(s)] : undefined;
      rulePrefix = isObj(rule) ? ruleLabel(rule, Number(s)) : `rule #${Number(s) + 1}`;
      rest.length = 0;
    } else if (/^\d+$/.test(s) && Array.isArray(node)) {
      rest[rest.length - 1] = `${rest[rest.length - 1] ?? ''}[${s}]`;
    } else {
      rest.push(s);
    }
    node = Array.isArray(node) ? node[Number(s)] : isObj(node) ? node[s] : undefined;
  }
  const path = rest.join('.');
  if (rulePrefix) return path ? `${rulePrefix}: ${path}` : rulePrefix;
  return path || 'the configuration';
}

function describeValue(v: unknown): string {
  // JSON's 1e309 and YAML's .inf and .nan parse to numbers JSON cannot show (JSON.stringify says null).
  if (typeof v === 'number' && !Number.isFinite(v))
    return Number.isNaN(v)
      ? 'NaN, which is not a number (YAML .nan)'
      : `${v > 0 ? '' : 'minus '}infinity (a number too large to hold, such as 1e309 or YAML .inf)`;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the text ${JSON.stringify(v)}`;
  return `${typeof v} ${JSON.stringify(v)}`;
}

function hint(key: string, allowed: readonly string[]): string {
  const exact = allowed.find((a) => a.toLowerCase() === key.toLowerCase());
  if (exact) return ` (did you mean "${exact}"? S3's names are case-sensitive)`;
  if (KNOWN_MISTAKES[key]) return ` (${KNOWN_MISTAKES[key]})`;
  const close = allowed.find((a) => editDistance(a.toLowerCase(), key.toLowerCase()) <= 2);
  if (close) return ` (did you mean "${close}"?)`;
  return allowed.length ? `; allowed here: ${allowed.join(', ')}` : '';
}

/** The property names the schema allows at a data path (walked from the root definition). */
function allowedKeys(schema: Record<string, unknown>, rootDef: string, instancePath: string): string[] {
  const defs = (schema.$defs ?? {}) as Record<string, Record<string, unknown>>;
  const deref = (n: unknown): Record<string, unknown> | undefined => {
    let node = isObj(n) ? n : undefined;
    while (node && typeof node.$ref === 'string') node = defs[node.$ref.replace('#/$defs/', '')];
    return node;
  };
  let node = deref(rootDef ? defs[rootDef] : schema);
  for (const s of splitPointer(instancePath)) {
    if (!node) break;
    // Maps keyed by the user's names (policy stages) describe their members in additionalProperties.
    const named =
      isObj(node.properties) && Object.hasOwn(node.properties, s)
        ? node.properties[s]
        : isObj(node.additionalProperties)
          ? node.additionalProperties
          : undefined;
    node = deref(/^\d+$/.test(s) && node.items ? node.items : named);
  }
  return node && isObj(node.properties) ? Object.keys(node.properties) : [];
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}
