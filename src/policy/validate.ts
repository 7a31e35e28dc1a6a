/**
 * The policy's schema check: ajv's errors (from the validator generated out of
 * schemas/retention-policy.schema.json) as sentences at the offending key, in policy words
 * ("stage 'dev': transitions[0].afterDays must be at least 0").
 */
import { schemaDocument, validateRetentionPolicy } from '../generated/retention-policy-validator.js';
import { joinPointer, splitPointer, valueAtPointer } from '../load/pointer.js';
import { describeSchemaErrors, type SchemaError, type SchemaProblem } from '../lint/schema-errors.js';
import { isObj } from '../model/values.js';

const NAME_RULE =
  'must be lower-case letters, digits and hyphens (at most 63, not starting or ending with a hyphen), because it becomes part of every rule ID';

/** Friendlier words for the patterns of the schema, by the definition they come from. */
const PATTERN_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\$defs\/Name\//, NAME_RULE],
  [/\$defs\/Bucket\/properties\/name\//, 'must be an S3 bucket name: 3 to 63 lower-case letters, digits, dots and hyphens'],
  [/\$defs\/Bucket\/properties\/region\//, 'must be an AWS region code such as us-east-1'],
];

export function policySchemaProblems(data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  if (!validateRetentionPolicy(data)) {
    const rest: SchemaError[] = [];
    for (const e of validateRetentionPolicy.errors ?? []) {
      const own = describeOwn(e, data);
      if (own === null) continue;
      if (own) problems.push(own);
      else rest.push(e);
    }
    problems.push(...describeSchemaErrors(rest, data, { schema: schemaDocument, rootDef: '', subject: policySubject }));
  }
  // "prefix or tags, or both" reads badly as a JSON Schema; it is checked here instead.
  const protect = isObj(data) && Array.isArray(data.protect) ? data.protect : [];
  protect.forEach((p, i) => {
    if (isObj(p) && p.prefix === undefined && p.tags === undefined) {
      problems.push({
        pointer: joinPointer('/protect', i),
        message: `protect[${i}] names neither a prefix nor tags; give one or both.`,
        reportOnKey: false,
      });
    }
  });
  return problems;
}

/** A problem, null to drop the error (reported through another one), undefined for the generic path. */
function describeOwn(e: SchemaError & { propertyName?: string }, data: unknown): SchemaProblem | null | undefined {
  const where = policySubject(e.instancePath, data);
  if (e.keyword === 'propertyNames') return null;
  if (e.propertyName !== undefined) {
    const words = e.keyword === 'pattern' ? NAME_RULE : (e.message ?? 'is not valid');
    return {
      pointer: joinPointer(e.instancePath, e.propertyName),
      message: `${where}: the name "${e.propertyName}" ${words}.`,
      reportOnKey: true,
    };
  }
  if (e.keyword === 'pattern') {
    const words = PATTERN_WORDS.find(([re]) => re.test(e.schemaPath))?.[1] ?? `must match ${String(e.params.pattern)}`;
    return {
      pointer: e.instancePath,
      message: `${where} ${words}, not ${JSON.stringify(valueAtPointer(data, e.instancePath))}.`,
      reportOnKey: false,
    };
  }
  if (e.keyword === 'minimum' || e.keyword === 'maximum') {
    const bound = e.keyword === 'minimum' ? 'at least' : 'at most';
    return {
      pointer: e.instancePath,
      message: `${where} must be ${bound} ${String(e.params.limit)}, not ${JSON.stringify(valueAtPointer(data, e.instancePath))}.`,
      reportOnKey: false,
    };
  }
  if (e.keyword === 'minProperties') {
    const what = e.instancePath === '/stages' ? 'stage' : 'tag';
    return { pointer: e.instancePath, message: `${where} must name at least one ${what}.`, reportOnKey: true };
  }
  if (e.keyword === 'maxProperties' && /\/(tags)$/.test(e.instancePath)) {
    return {
      pointer: e.instancePath,
      message: `${where} names more than ${String(e.params.limit)} tags; an S3 object carries at most 10, so the selection could never match.`,
      reportOnKey: true,
    };
  }
  return undefined;
}

/** "stage 'dev': transitions[0].afterDays", "bucket.name", "protect[1].tags", "the policy". */
export function policySubject(instancePath: string, _data?: unknown): string {
  const segs = splitPointer(instancePath);
  let head = '';
  let rest = segs;
  if (segs[0] === 'stages' && segs.length >= 2) {
    head = `stage '${segs[1]}'`;
    rest = segs.slice(2);
  }
  const path = rest.reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
  if (head) return path ? `${head}: ${path}` : head;
  return path || 'the policy';
}
