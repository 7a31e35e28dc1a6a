export const id = 887;
export const ids = [887,580];
export const modules = {

/***/ 4580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ lintUnits),
/* harmony export */   originOf: () => (/* binding */ originOf)
/* harmony export */ });
/* unused harmony export name */
/* harmony import */ var _lint_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8082);
/* harmony import */ var _lint_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5193);
/**
 * The lifecycle rules, unchanged, on each resource's request; their findings moved to the origin of
 * the field they point at (the Terraform attribute, the template property) and named after the
 * resource. A finding on a value not known before apply is dropped: that value has its own info.
 */


function lintUnits(file, units, options = {}) {
    const out = [];
    for (const unit of units) {
        // With a known bucket the request shape names it, so the rules for directory buckets apply.
        const data = unit.bucket === undefined
            ? unit.request
            : { Bucket: unit.bucket, LifecycleConfiguration: { Rules: unit.request.Rules }, ...tdmos(unit) };
        for (const raw of (0,_lint_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .lintLifecycle */ .O8)(file, data, options)) {
            const f = { ...raw, pointer: raw.pointer.replace(/^\/LifecycleConfiguration(?=\/|$)/, '') };
            const moved = relocate(unit, f);
            if (moved)
                out.push(moved);
        }
        for (const f of unit.findings) {
            const severity = (0,_lint_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .severityFor */ .v)(undefined, f.severity, options.severities?.[f.ruleId]);
            if (!severity)
                continue;
            out.push({ ruleId: f.ruleId, severity, message: f.message, file, pointer: f.pointer, ...(f.hint ? { hint: f.hint } : {}) });
        }
    }
    return out;
}
function tdmos(unit) {
    const v = unit.request.TransitionDefaultMinimumObjectSize;
    return v === undefined ? {} : { TransitionDefaultMinimumObjectSize: v };
}
function relocate(unit, f) {
    for (const u of unit.unknown)
        if (f.pointer === u || f.pointer.startsWith(`${u}/`))
            return undefined;
    const { origin, exactMatch } = originOf(unit, f.pointer);
    if (!exactMatch || !origin.exact) {
        for (const scope of unit.incomplete) {
            if (scope === '' || f.pointer === scope || f.pointer.startsWith(`${scope}/`))
                return undefined;
        }
    }
    const via = origin.via && exactMatch ? ` (${origin.via})` : '';
    return {
        ...f,
        pointer: origin.pointer,
        reportOnKey: exactMatch && origin.exact ? false : true,
        message: `${name(unit.subject, f.message)}${via}`,
    };
}
/** The origin of a request pointer, or of its closest ancestor that has one. */
function originOf(unit, pointer) {
    let p = pointer;
    for (;;) {
        const o = unit.origins.get(p);
        if (o)
            return { origin: o, exactMatch: p === pointer };
        if (p === '')
            return { origin: { pointer: unit.pointer, exact: false }, exactMatch: false };
        p = p.slice(0, p.lastIndexOf('/'));
    }
}
/** "rule 'x': …" becomes "aws_s3_bucket_lifecycle_configuration.ml, rule 'x': …"; others get the subject first. */
function name(subject, message) {
    if (/^rule ('|#)/.test(message))
        return `${subject}, ${message}`;
    if (message.startsWith('the configuration'))
        return `${subject}${message.slice('the configuration'.length)}`;
    return `${subject}: ${message}`;
}


/***/ }),

/***/ 6887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ fromDocument),
  lintIac: () => (/* binding */ lintIac),
  T: () => (/* binding */ readTerraform)
});

// EXTERNAL MODULE: ./src/lint/severity.ts
var lint_severity = __webpack_require__(8082);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/load/decode.ts
var decode = __webpack_require__(3504);
// EXTERNAL MODULE: ./src/load/limits.ts
var limits = __webpack_require__(9010);
// EXTERNAL MODULE: ./src/load/read.ts
var read = __webpack_require__(7338);
// EXTERNAL MODULE: ./src/config/target-sources.ts
var target_sources = __webpack_require__(9366);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/iac/cloudformation/yaml-tags.ts
/**
 * CloudFormation YAML's short forms (`!Ref Days`, `!If [IsProd, 30, 60]`, `!GetAtt A.B`) as the long
 * forms of the JSON syntax (`{"Ref": "Days"}`), so that one evaluator reads both. The `yaml` library
 * keeps an unknown tag on its node; the loader has already checked the file (size, depth, aliases,
 * duplicate keys), so this second walk only reads the tags it kept.
 */

const INTRINSICS = new Set([
    'And',
    'Base64',
    'Cidr',
    'Equals',
    'FindInMap',
    'GetAtt',
    'GetAZs',
    'If',
    'ImportValue',
    'Join',
    'Not',
    'Or',
    'Select',
    'Split',
    'Sub',
    'Transform',
    'Length',
    'ToJsonString',
]);
function cfnYamlData(text) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: false, prettyErrors: false });
    return toJs(doc.contents, doc, 0);
}
function toJs(node, doc, depth) {
    if (node === null || depth > 128)
        return null;
    let value;
    if ((0,dist/* isAlias */.Vj)(node))
        return toJs(node.resolve(doc), doc, depth + 1);
    if ((0,dist/* isMap */.jh)(node)) {
        const out = {};
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
            out[key] = toJs(pair.value, doc, depth + 1);
        }
        value = out;
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        value = node.items.map((i) => toJs(i, doc, depth + 1));
    }
    else if ((0,dist/* isScalar */.jn)(node)) {
        value = node.value;
    }
    const tag = node.tag;
    if (!tag?.startsWith('!') || tag.startsWith('!!'))
        return value;
    const name = tag.slice(1);
    if (name === 'Ref' || name === 'Condition')
        return { [name]: value };
    if (name === 'GetAtt' && typeof value === 'string')
        return { 'Fn::GetAtt': value.split('.') };
    return INTRINSICS.has(name) ? { [`Fn::${name}`]: value } : value;
}

// EXTERNAL MODULE: ./src/lint/file-rules.ts
var file_rules = __webpack_require__(73);
;// CONCATENATED MODULE: ./src/iac/builder.ts
/**
 * Builds one resource's request and its origin map, for every front end: a value is put with the
 * pointer that wrote it; an unknown value leaves a placeholder (its findings are dropped) and an
 * info finding; what the tool itself refuses becomes an iac-invalid error, what it leaves out
 * without a word an iac-dropped-value warning.
 */

class Builder {
    subject;
    hint;
    origins = new Map();
    unknown = new Set();
    incomplete = new Set();
    findings = [];
    constructor(subject, 
    /** Where the full answer comes from, for values not evaluated. */
    hint) {
        this.subject = subject;
        this.hint = hint;
    }
    /** The value of `name` in `block`, converted; unknown values leave a placeholder the rules skip. */
    put(target, key, reqPointer, v, convert = (x) => x) {
        if (!v)
            return false;
        if (!v.known) {
            target[key] = `(not known before apply)`;
            this.unknown.add(reqPointer);
            this.origins.set(reqPointer, { pointer: v.pointer, exact: true });
            this.notEvaluated(v.pointer, attributeName(v.pointer), v.reason);
            return true;
        }
        if (v.value === null || v.value === undefined)
            return false;
        target[key] = convert(v.value);
        this.origins.set(reqPointer, { pointer: v.pointer, exact: true, ...(v.via ? { via: v.via } : {}) });
        return true;
    }
    at(reqPointer, pointer) {
        if (!this.origins.has(reqPointer))
            this.origins.set(reqPointer, { pointer, exact: false });
    }
    notEvaluated(pointer, what, reason) {
        this.findings.push({
            ruleId: file_rules/* IAC_UNKNOWN */.rH.id,
            severity: file_rules/* IAC_UNKNOWN */.rH.defaultSeverity,
            pointer,
            message: `${this.subject}: ${what} ${/s$/.test(what) ? 'are' : 'is'} not evaluated (${reason})`,
            hint: `lifeguard checks the rest, and ${this.hint}.`,
        });
    }
    invalid(pointer, message) {
        this.findings.push({ ruleId: file_rules/* IAC_INVALID */.Ci.id, severity: file_rules/* IAC_INVALID */.Ci.defaultSeverity, pointer, message: `${this.subject}: ${message}.` });
    }
    /** A value the tool leaves out of the request without saying so. */
    dropped(pointer, message, hint) {
        this.findings.push({
            ruleId: file_rules/* IAC_DROPPED */.LP.id,
            severity: file_rules/* IAC_DROPPED */.LP.defaultSeverity,
            pointer,
            message: `${this.subject}: ${message}.`,
            hint,
        });
    }
    dynamic(block, reqPointer) {
        for (const d of block.unknownBlocks) {
            this.incomplete.add(reqPointer);
            this.notEvaluated(d.pointer, `the \`${d.type}\` blocks`, d.reason);
        }
    }
}
function attributeName(pointer) {
    const parts = pointer.split('/').filter((p) => !/^\d+$/.test(p));
    return `\`${parts.slice(-1)[0] ?? ''}\``;
}

;// CONCATENATED MODULE: ./src/iac/cloudformation/intrinsics.ts
/**
 * CloudFormation intrinsic functions, evaluated as far as a template alone allows (spec
 * iac-lifecycle §6.2): `Ref` to a parameter's Default, `AWS::NoValue`, `Fn::If` on conditions of
 * known parameters, `Fn::FindInMap` with known keys, `Fn::Sub`, `Fn::Join`, `Fn::Select`. Pseudo
 * parameters, resources, imports and parameters without a default are unknown.
 */

const NO_VALUE = Symbol('AWS::NoValue');
/** How deep intrinsic functions and the conditions they name may nest. */
const MAX_INTRINSIC_DEPTH = 32;
/** Steps one template may spend on intrinsic functions (ADR 0195). */
const MAX_INTRINSIC_STEPS = 1_000_000;
/** The longest string Fn::Sub or Fn::Join may build, in characters: the bound of Terraform's templates too (ADR 0195). */
const MAX_BUILT_STRING = limits/* MAX_EVAL_STRING */.i_;
/** Characters an intrinsic builds per step of the budget. */
const CHARS_PER_STEP = 100;
function templateContext(parts) {
    return { ...parts, steps: 0, memo: new Map(), evaluating: [] };
}
const OUT_OF_STEPS = {
    known: false,
    reason: `evaluating the template's intrinsic functions takes more than ${MAX_INTRINSIC_STEPS.toLocaleString('en-US')} steps, lifeguard's bound`,
    settled: true,
    outOfSteps: true,
};
const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The one key of an intrinsic (`Ref`, `Fn::If`, `Condition`), or undefined for a plain object. */
function intrinsic(v) {
    if (!isObj(v))
        return undefined;
    const keys = Object.keys(v);
    if (keys.length !== 1)
        return undefined;
    const k = keys[0];
    return k === 'Ref' || k === 'Condition' || k.startsWith('Fn::') ? [k, v[k]] : undefined;
}
function evaluateCfn(v, ctx, depth = 0) {
    if (++ctx.steps > MAX_INTRINSIC_STEPS)
        return OUT_OF_STEPS;
    if (depth > MAX_INTRINSIC_DEPTH)
        return {
            known: false,
            reason: `the intrinsic functions and conditions nest more than ${MAX_INTRINSIC_DEPTH} deep, lifeguard's bound`,
            settled: true,
            tooDeep: true,
        };
    const call = intrinsic(v);
    if (!call) {
        if (Array.isArray(v)) {
            const out = [];
            for (const item of v) {
                const e = evaluateCfn(item, ctx, depth + 1);
                if (!e.known)
                    return e;
                if (e.value !== NO_VALUE)
                    out.push(e.value);
            }
            return { known: true, value: out };
        }
        if (isObj(v)) {
            const out = {};
            for (const [k, x] of Object.entries(v)) {
                const e = evaluateCfn(x, ctx, depth + 1);
                if (!e.known)
                    return e;
                if (e.value !== NO_VALUE)
                    out[k] = e.value;
            }
            return { known: true, value: out };
        }
        return { known: true, value: v };
    }
    const [fn, arg] = call;
    const sub = (x) => evaluateCfn(x, ctx, depth + 1);
    switch (fn) {
        case 'Ref':
            return ref(String(arg), ctx);
        case 'Fn::If': {
            if (!Array.isArray(arg) || arg.length !== 3)
                return { known: false, reason: 'Fn::If needs [condition, value if true, value if false]' };
            const c = condition(String(arg[0]), ctx, depth);
            if (!c.known)
                return c;
            return sub(c.value ? arg[1] : arg[2]);
        }
        case 'Condition':
            return condition(String(arg), ctx, depth);
        case 'Fn::Equals':
        case 'Fn::Not':
        case 'Fn::And':
        case 'Fn::Or': {
            if (!Array.isArray(arg))
                return { known: false, reason: `${fn} needs a list` };
            const parts = [];
            for (const a of arg) {
                const e = sub(a);
                if (!e.known)
                    return e;
                parts.push(e.value);
            }
            if (fn === 'Fn::Equals')
                return { known: true, value: String(parts[0]) === String(parts[1]) };
            if (fn === 'Fn::Not')
                return { known: true, value: parts[0] !== true };
            return { known: true, value: fn === 'Fn::And' ? parts.every((p) => p === true) : parts.some((p) => p === true) };
        }
        case 'Fn::FindInMap': {
            if (!Array.isArray(arg) || arg.length < 3)
                return { known: false, reason: 'Fn::FindInMap needs [map, key, key]' };
            const keys = [];
            for (const a of arg.slice(0, 3)) {
                const e = sub(a);
                if (!e.known)
                    return e;
                keys.push(String(e.value));
            }
            let found = ctx.mappings;
            for (const k of keys)
                found = isObj(found) && own(found, k) ? found[k] : undefined;
            return found === undefined
                ? { known: false, reason: `Fn::FindInMap finds no ${keys.join('/')} in Mappings` }
                : { known: true, value: found };
        }
        case 'Fn::Sub': {
            const [template, vars] = Array.isArray(arg) ? [arg[0], arg[1]] : [arg, undefined];
            if (typeof template !== 'string')
                return { known: false, reason: 'Fn::Sub needs a string' };
            // Each variable is evaluated once, however often the string names it.
            const seen = new Map();
            const out = { parts: [], length: 0 };
            let last = 0;
            for (const m of template.matchAll(/\$\{([^!}][^}]*)\}/g)) {
                const name = m[1];
                let local = seen.get(name);
                if (!local)
                    seen.set(name, (local = isObj(vars) && own(vars, name) ? sub(vars[name]) : ref(name, ctx)));
                if (!local.known)
                    return local;
                const text = scalarText(local.value, 'Fn::Sub');
                if (typeof text !== 'string')
                    return text;
                const failed = append(out, template.slice(last, m.index).replace(/\$\{!/g, '${'), ctx, 'Fn::Sub') ?? append(out, text, ctx, 'Fn::Sub');
                if (failed)
                    return failed;
                last = m.index + m[0].length;
            }
            return append(out, template.slice(last).replace(/\$\{!/g, '${'), ctx, 'Fn::Sub') ?? { known: true, value: out.parts.join('') };
        }
        case 'Fn::Join': {
            if (!Array.isArray(arg) || arg.length !== 2)
                return { known: false, reason: 'Fn::Join needs [delimiter, list]' };
            const list = sub(arg[1]);
            if (!list.known)
                return list;
            if (!Array.isArray(list.value))
                return { known: false, reason: 'Fn::Join needs a list' };
            const out = { parts: [], length: 0 };
            for (const [i, item] of list.value.entries()) {
                const text = scalarText(item, 'Fn::Join');
                if (typeof text !== 'string')
                    return text;
                const failed = (i ? append(out, String(arg[0]), ctx, 'Fn::Join') : undefined) ?? append(out, text, ctx, 'Fn::Join');
                if (failed)
                    return failed;
            }
            return { known: true, value: out.parts.join('') };
        }
        case 'Fn::Select': {
            if (!Array.isArray(arg) || arg.length !== 2)
                return { known: false, reason: 'Fn::Select needs [index, list]' };
            const list = sub(arg[1]);
            if (!list.known)
                return list;
            return Array.isArray(list.value) && list.value[Number(arg[0])] !== undefined
                ? { known: true, value: list.value[Number(arg[0])] }
                : { known: false, reason: 'Fn::Select: no such element' };
        }
        default:
            return { known: false, reason: `${fn} is resolved by CloudFormation at deploy time` };
    }
}
function ref(name, ctx) {
    if (name === 'AWS::NoValue')
        return { known: true, value: NO_VALUE };
    if (name.startsWith('AWS::'))
        return { known: false, reason: `Ref ${name} is a pseudo parameter, known at deploy time` };
    const p = own(ctx.parameters, name) ? ctx.parameters[name] : undefined;
    if (isObj(p)) {
        if (!('Default' in p))
            return { known: false, reason: `parameter ${name} has no Default; its value is given at deploy time` };
        const line = ctx.defaultLine(name);
        return { known: true, value: p.Default, via: `parameter ${name}, Default${line ? ` at line ${line}` : ''}` };
    }
    return { known: false, reason: `Ref ${name} names a resource, known at deploy time` };
}
function condition(name, ctx, depth) {
    if (!own(ctx.conditions, name))
        return { known: false, reason: `condition ${name} is not defined` };
    const known = ctx.memo.get(name);
    if (known)
        return known;
    const at = ctx.evaluating.indexOf(name);
    if (at >= 0) {
        const loop = [...ctx.evaluating.slice(at), name].join(' → ');
        return { known: false, reason: `the conditions refer to each other in a cycle (${loop})`, settled: true };
    }
    ctx.evaluating.push(name);
    const e = evaluateCfn(ctx.conditions[name], ctx, depth + 1);
    ctx.evaluating.pop();
    // Neither bound is the condition's own value: past the depth bound here, it may be known where it
    // is named less deep, so remembering it would make one rule's result depend on another's.
    if (!e.known && (e.outOfSteps || e.tooDeep))
        return e;
    const result = e.known
        ? { known: true, value: e.value === true }
        : e.settled
            ? e
            : { known: false, reason: `condition ${name} depends on a value known at deploy time (${e.reason})`, settled: true };
    // Remembered once evaluated, so a condition named many times is evaluated once (ADR 0195).
    ctx.memo.set(name, result);
    return result;
}
/** A value Fn::Sub or Fn::Join puts into its string: a string, number or boolean. */
function scalarText(v, fn) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return { known: false, reason: `${fn} puts a list or mapping into a string` };
}
/** Adds `text` to a string being built, charged to the step budget; past the string bound the value is unknown. */
function append(out, text, ctx, fn) {
    out.length += text.length;
    if (out.length > MAX_BUILT_STRING)
        return {
            known: false,
            reason: `${fn} builds a string longer than ${MAX_BUILT_STRING.toLocaleString('en-US')} characters, lifeguard's bound`,
            settled: true,
        };
    ctx.steps += Math.ceil(text.length / CHARS_PER_STEP);
    if (ctx.steps > MAX_INTRINSIC_STEPS)
        return OUT_OF_STEPS;
    out.parts.push(text);
    return undefined;
}

;// CONCATENATED MODULE: ./src/iac/cloudformation/template.ts
/**
 * AWS::S3::Bucket LifecycleConfiguration as the request S3 receives (spec iac-lifecycle §6.1, the
 * CloudFormation property pages for LifecycleConfiguration, Rule, Transition and
 * NoncurrentVersionTransition): Prefix, TagFilters and the size properties fold into one Filter,
 * ExpirationInDays/ExpirationDate/ExpiredObjectDeleteMarker into Expiration, TransitionInDays into
 * Days (NoncurrentDays for noncurrent versions), the singular Transition into Transitions. CDK
 * output is the same format; its construct path names the resource.
 */



const NOT_KNOWN = Symbol('not known before deployment');
const HINT = 'the value is known only when the stack is deployed';
/** Transforms that leave AWS::S3::Bucket resources as written. */
const HARMLESS_TRANSFORMS = new Set(['AWS::Serverless-2016-10-31']);
const template_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (x) => (typeof x === 'string' && /^\s*\d+\s*$/.test(x) ? Number(x) : x);
const esc = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');
function templateUnits(template, defaultLine) {
    const ctx = templateContext({
        parameters: template_isObj(template.Parameters) ? template.Parameters : {},
        conditions: template_isObj(template.Conditions) ? template.Conditions : {},
        mappings: template_isObj(template.Mappings) ? template.Mappings : {},
        defaultLine,
    });
    const resources = template_isObj(template.Resources) ? template.Resources : {};
    const buckets = Object.entries(resources).filter(([, r]) => template_isObj(r) && r.Type === 'AWS::S3::Bucket' && template_isObj(r.Properties) && 'LifecycleConfiguration' in r.Properties);
    const transforms = (Array.isArray(template.Transform) ? template.Transform : [template.Transform]).filter((t) => t !== undefined);
    const rewriting = transforms.filter((t) => typeof t !== 'string' || !HARMLESS_TRANSFORMS.has(t));
    if (rewriting.length && buckets.length) {
        const name = rewriting.map((t) => (typeof t === 'string' ? t : template_isObj(t) && typeof t.Name === 'string' ? t.Name : 'a macro')).join(', ');
        return {
            units: [],
            findings: [
                {
                    ruleId: file_rules/* IAC_UNKNOWN */.rH.id,
                    severity: file_rules/* IAC_UNKNOWN */.rH.defaultSeverity,
                    pointer: '/Transform',
                    message: `the template uses the transform ${name}, which may rewrite any resource before deployment; its lifecycle rules are not checked.`,
                },
            ],
        };
    }
    return { units: buckets.map(([id, r]) => bucketUnit(id, r, ctx)), findings: [] };
}
/** Thrown when the template's step budget is spent: the bucket is reported once, as not evaluated. */
class OutOfSteps {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
function bucketUnit(id, resource, ctx) {
    const cdkPath = template_isObj(resource.Metadata) && typeof resource.Metadata['aws:cdk:path'] === 'string' ? resource.Metadata['aws:cdk:path'] : undefined;
    const subject = cdkPath ? `${id} (${cdkPath})` : id;
    let b = new Builder(subject, HINT);
    const props = resource.Properties;
    const base = `/Resources/${esc(id)}/Properties/LifecycleConfiguration`;
    let request = { Rules: [] };
    const evaluate = (raw) => {
        const e = evaluateCfn(raw, ctx);
        if (!e.known && e.outOfSteps)
            throw new OutOfSteps(e.reason);
        return e;
    };
    const value = (raw, pointer) => {
        if (raw === undefined)
            return undefined;
        const e = evaluate(raw);
        if (!e.known)
            return { known: false, reason: e.reason, pointer };
        if (e.value === NO_VALUE)
            return undefined;
        return { known: true, value: e.value, pointer, ...(e.via ? { via: e.via } : {}) };
    };
    // A property that holds other properties is walked member by member, so that one value known only
    // at deploy time hides only what depends on it (ADR 0196); only when the property is itself an
    // intrinsic is it evaluated whole, and if that is unknown, the request scope `scope` is incomplete.
    const shape = (raw, pointer, scope, what) => {
        if (raw === undefined || !intrinsic(raw))
            return raw;
        const e = evaluate(raw);
        if (e.known)
            return e.value === NO_VALUE ? undefined : e.value;
        b.incomplete.add(scope);
        b.notEvaluated(pointer, what, e.reason);
        return NOT_KNOWN;
    };
    let bucketName;
    try {
        bucketName = value(props.BucketName, `/Resources/${esc(id)}/Properties/BucketName`);
        b.at('', base);
        const config = shape(props.LifecycleConfiguration, base, '', '`LifecycleConfiguration`');
        if (template_isObj(config)) {
            b.put(request, 'TransitionDefaultMinimumObjectSize', '/TransitionDefaultMinimumObjectSize', value(config.TransitionDefaultMinimumObjectSize, `${base}/TransitionDefaultMinimumObjectSize`));
            b.at('/Rules', `${base}/Rules`);
            const rules = shape(config.Rules, `${base}/Rules`, '', '`Rules`');
            if (Array.isArray(rules)) {
                rules.forEach((r, i) => {
                    const out = rule(b, r, `${base}/Rules/${i}`, `/Rules/${request.Rules.length}`, value, shape);
                    if (out)
                        request.Rules.push(out);
                });
            }
            else if (rules !== undefined && rules !== NOT_KNOWN) {
                // Not a list: the schema rule says so at the property.
                request.Rules = rules;
            }
        }
        else if (config !== undefined && config !== NOT_KNOWN) {
            b.incomplete.add('');
            b.invalid(base, 'CloudFormation refuses this property: `LifecycleConfiguration` must be an object');
        }
    }
    catch (e) {
        if (!(e instanceof OutOfSteps))
            throw e;
        // Nothing evaluated so far is kept, and the bucket fails once: a template past lifeguard's bound
        // is not usable, like a YAML alias bomb, never a pass of rules nobody checked (ADR 0195).
        b = new Builder(subject, HINT);
        request = { Rules: [] };
        b.incomplete.add('');
        b.findings.push({
            ruleId: file_rules/* PARSE_ERROR */.to.id,
            severity: file_rules/* PARSE_ERROR */.to.defaultSeverity,
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
function rule(b, written, src, at, value, shape) {
    const raw = shape(written, src, at, 'the rule');
    if (raw === undefined)
        return undefined;
    b.at(at, src);
    if (!template_isObj(raw))
        return {};
    const out = {};
    const p = (name) => value(raw[name], `${src}/${name}`);
    b.put(out, 'ID', `${at}/ID`, p('Id'));
    b.put(out, 'Status', `${at}/Status`, p('Status'));
    // Prefix, TagFilters and the size bounds are one V2 Filter: one predicate alone, several in And.
    const filter = {};
    const and = {};
    let predicates = 0;
    const prefix = p('Prefix');
    const gt = p('ObjectSizeGreaterThan');
    const lt = p('ObjectSizeLessThan');
    const tags = p('TagFilters');
    const tagList = tags?.known && Array.isArray(tags.value) ? tags.value.map((t) => (template_isObj(t) ? { Key: t.Key, Value: t.Value } : t)) : [];
    predicates += (prefix ? 1 : 0) + (gt ? 1 : 0) + (lt ? 1 : 0) + (tags && !tags.known ? 1 : tagList.length);
    const target = predicates > 1 ? and : filter;
    const fp = predicates > 1 ? `${at}/Filter/And` : `${at}/Filter`;
    b.at(`${at}/Filter`, src);
    b.put(target, 'Prefix', `${fp}/Prefix`, prefix);
    b.put(target, 'ObjectSizeGreaterThan', `${fp}/ObjectSizeGreaterThan`, gt, num);
    b.put(target, 'ObjectSizeLessThan', `${fp}/ObjectSizeLessThan`, lt, num);
    if (tags && !tags.known)
        b.put(target, 'Tags', `${fp}/Tags`, tags);
    else if (tagList.length === 1 && predicates === 1) {
        filter.Tag = tagList[0];
        b.origins.set(`${at}/Filter/Tag`, { pointer: `${src}/TagFilters/0`, exact: false });
    }
    else if (tagList.length) {
        and.Tags = tagList;
        tagList.forEach((_, i) => b.origins.set(`${fp}/Tags/${i}`, { pointer: `${src}/TagFilters/${i}`, exact: false }));
    }
    out.Filter = predicates > 1 ? { And: and } : filter;
    const expiration = {};
    b.at(`${at}/Expiration`, src);
    b.put(expiration, 'Days', `${at}/Expiration/Days`, p('ExpirationInDays'), num);
    b.put(expiration, 'Date', `${at}/Expiration/Date`, p('ExpirationDate'));
    b.put(expiration, 'ExpiredObjectDeleteMarker', `${at}/Expiration/ExpiredObjectDeleteMarker`, p('ExpiredObjectDeleteMarker'));
    if (Object.keys(expiration).length)
        out.Expiration = expiration;
    const current = transitions(b, raw, src, at, value, shape, 'Transition', 'Days');
    if (current)
        out.Transitions = current;
    const noncurrent = transitions(b, raw, src, at, value, shape, 'NoncurrentVersionTransition', 'NoncurrentDays');
    if (noncurrent)
        out.NoncurrentVersionTransitions = noncurrent;
    const nve = shape(raw.NoncurrentVersionExpiration, `${src}/NoncurrentVersionExpiration`, at, '`NoncurrentVersionExpiration`');
    const nveDays = p('NoncurrentVersionExpirationInDays');
    // Both as evaluated: one side may be an Fn::If that gives AWS::NoValue.
    if (nve !== undefined && nveDays)
        b.invalid(`${src}/NoncurrentVersionExpirationInDays`, 'the rule sets both NoncurrentVersionExpiration and NoncurrentVersionExpirationInDays; give one');
    if (template_isObj(nve)) {
        const x = {};
        const rp = `${src}/NoncurrentVersionExpiration`;
        b.at(`${at}/NoncurrentVersionExpiration`, rp);
        b.put(x, 'NoncurrentDays', `${at}/NoncurrentVersionExpiration/NoncurrentDays`, value(nve.NoncurrentDays, `${rp}/NoncurrentDays`), num);
        b.put(x, 'NewerNoncurrentVersions', `${at}/NoncurrentVersionExpiration/NewerNoncurrentVersions`, value(nve.NewerNoncurrentVersions, `${rp}/NewerNoncurrentVersions`), num);
        out.NoncurrentVersionExpiration = x;
    }
    else if (nveDays) {
        const x = {};
        b.put(x, 'NoncurrentDays', `${at}/NoncurrentVersionExpiration/NoncurrentDays`, nveDays, num);
        out.NoncurrentVersionExpiration = x;
    }
    const rp = `${src}/AbortIncompleteMultipartUpload`;
    const abort = shape(raw.AbortIncompleteMultipartUpload, rp, at, '`AbortIncompleteMultipartUpload`');
    if (template_isObj(abort)) {
        const x = {};
        b.at(`${at}/AbortIncompleteMultipartUpload`, rp);
        b.put(x, 'DaysAfterInitiation', `${at}/AbortIncompleteMultipartUpload/DaysAfterInitiation`, value(abort.DaysAfterInitiation, `${rp}/DaysAfterInitiation`), num);
        out.AbortIncompleteMultipartUpload = x;
    }
    return out;
}
/** `Transitions` plus the deprecated singular `Transition`, in that order; TransitionInDays → Days or NoncurrentDays. */
function transitions(b, raw, src, ruleAt, value, shape, singular, daysKey) {
    const plural = `${singular}s`;
    const at = `${ruleAt}/${plural}`;
    const items = [];
    const many = shape(raw[plural], `${src}/${plural}`, ruleAt, `\`${plural}\``);
    if (Array.isArray(many))
        many.forEach((item, i) => items.push({ item, pointer: `${src}/${plural}/${i}` }));
    if (raw[singular] !== undefined)
        items.push({ item: raw[singular], pointer: `${src}/${singular}` });
    if (!items.length)
        return undefined;
    const list = [];
    b.at(at, items[0].pointer);
    for (const { item: written, pointer } of items) {
        const p = `${at}/${list.length}`;
        const x = {};
        const item = shape(written, pointer, ruleAt, 'the transition');
        if (item === undefined)
            continue;
        b.at(p, pointer);
        if (!template_isObj(item)) {
            list.push(x);
            continue;
        }
        const days = value(item.TransitionInDays, `${pointer}/TransitionInDays`);
        const date = value(item.TransitionDate, `${pointer}/TransitionDate`);
        if (daysKey === 'Days' && (days ? 1 : 0) + (date ? 1 : 0) !== 1) {
            b.invalid(pointer, 'CloudFormation refuses this transition: "Exactly one of TransitionDate and TransitionInDays must be specified"');
        }
        b.put(x, daysKey, `${p}/${daysKey}`, days, num);
        if (daysKey === 'Days')
            b.put(x, 'Date', `${p}/Date`, date);
        // CloudFormation's StorageClass enum also accepts the spelling "Glacier".
        b.put(x, 'StorageClass', `${p}/StorageClass`, value(item.StorageClass, `${pointer}/StorageClass`), (s) => s === 'Glacier' ? 'GLACIER' : s);
        b.put(x, 'NewerNoncurrentVersions', `${p}/NewerNoncurrentVersions`, value(item.NewerNoncurrentVersions, `${pointer}/NewerNoncurrentVersions`), num);
        list.push(x);
    }
    return list;
}

;// CONCATENATED MODULE: ./src/iac/hcl/document.ts
/** Pointer of a top-level block: resource and data by type and name, the others by their labels. */
function blockPointer(type, labels) {
    return ['', type, ...labels].map(document_escape).join('/');
}
function document_escape(s) {
    return s.replace(/~/g, '~0').replace(/\//g, '~1');
}
function hclDocument(file, text, hcl) {
    let positions;
    return {
        file,
        text,
        format: 'hcl',
        data: undefined,
        hcl,
        locate(pointer) {
            positions ??= indexPositions(hcl.body);
            let p = pointer;
            for (;;) {
                const r = positions.get(p);
                if (r)
                    return r;
                if (p === '')
                    return { line: 1, column: 1 };
                p = p.slice(0, p.lastIndexOf('/'));
            }
        },
    };
}
function indexPositions(root) {
    const out = new Map();
    const walk = (body, at) => {
        for (const a of body.attributes)
            out.set(`${at}/${document_escape(a.name)}`, a.expr.range);
        const counts = new Map();
        for (const b of body.blocks) {
            const n = counts.get(b.type) ?? 0;
            counts.set(b.type, n + 1);
            const p = at === '' ? blockPointer(b.type, b.labels) : `${at}/${document_escape(b.type)}/${n}`;
            // A block is shown by its opening words: `transition {`.
            out.set(p, { line: b.range.line, column: b.range.column, endLine: b.range.line, endColumn: b.range.column + b.type.length });
            walk(b.body, p);
        }
    };
    walk(root, '');
    return out;
}

// EXTERNAL MODULE: ./src/iac/lint-units.ts
var lint_units = __webpack_require__(4580);
;// CONCATENATED MODULE: ./src/iac/terraform/block.ts
/** Marks a value a plan knows only after apply (`after_unknown`). */
const UNKNOWN = Symbol('known after apply');
function emptyBlock(pointer) {
    return { pointer, attrs: new Map(), blocks: new Map(), unknownBlocks: [] };
}
/**
 * A block from plain data (Terraform JSON, plan values): objects are nested blocks when `blockTypes`
 * names them, lists of objects likewise; everything else is an attribute. `isUnknown` marks values
 * a plan knows only after apply.
 */
function blockFromData(data, pointer, blockTypes, value) {
    const block = emptyBlock(pointer);
    for (const [key, raw] of Object.entries(data)) {
        const at = `${pointer}/${block_escape(key)}`;
        if (key === 'dynamic' && raw !== null && typeof raw === 'object') {
            for (const type of Object.keys(raw))
                block.unknownBlocks.push({
                    type,
                    pointer: `${at}/${block_escape(type)}`,
                    reason: `a dynamic "${type}" block, expanded by Terraform at plan`,
                });
            continue;
        }
        if (raw === UNKNOWN && blockTypes.has(key)) {
            block.unknownBlocks.push({ type: key, pointer: at, reason: 'known only after apply' });
            continue;
        }
        if (blockTypes.has(key)) {
            const list = Array.isArray(raw) ? raw : raw !== null && typeof raw === 'object' ? [raw] : [];
            const nested = [];
            list.forEach((item, i) => {
                const p = Array.isArray(raw) ? `${at}/${i}` : at;
                if (item !== null && typeof item === 'object' && !Array.isArray(item))
                    nested.push(blockFromData(item, p, blockTypes, value));
            });
            if (raw !== null && raw !== undefined)
                block.blocks.set(key, nested);
            continue;
        }
        block.attrs.set(key, value(raw, at));
    }
    return block;
}
function block_escape(s) {
    return s.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** The set of nested block types of the two resources lifeguard reads. */
const LIFECYCLE_BLOCK_TYPES = new Set([
    'rule',
    'filter',
    'and',
    'tag',
    'expiration',
    'transition',
    'noncurrent_version_expiration',
    'noncurrent_version_transition',
    'abort_incomplete_multipart_upload',
    'lifecycle_rule',
]);

;// CONCATENATED MODULE: ./src/iac/hcl/syntax.ts
/** The source text of an expression, shortened for a message. */
function exprText(e) {
    const text = 'text' in e ? e.text : e.kind === 'literal' ? JSON.stringify(e.value) : e.kind;
    const one = text.replace(/\s+/g, ' ');
    return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

;// CONCATENATED MODULE: ./src/iac/terraform/evaluate.ts
/**
 * What can be known about a Terraform expression before `terraform plan` (spec iac-lifecycle §4):
 * literals, variables with a literal default or a tfvars value, locals built from those, and a few
 * pure functions. Everything else is unknown, with a reason a person can act on; nothing is guessed.
 */


const EMPTY_SCOPE = { variables: new Map(), required: new Set(), locals: new Map() };
const known = (value, via) => (via ? { known: true, value, via } : { known: true, value });
const unknown = (reason) => ({ known: false, reason });
const newBudget = () => ({ left: limits/* MAX_EVAL_UNITS */.y8 });
const BUDGET_REASON = `this file's expressions build more than ${limits/* MAX_EVAL_UNITS */.y8.toLocaleString('en-US')} units of values, lifeguard's limit`;
const budgetSpent = (b) => b.left < 0;
/** Steps one top-level evaluation may take: a reference cycle or a deep chain of locals stays short. */
const MAX_STEPS = 10_000;
/** Known values of locals and variables, per module scope: one named a thousand times is evaluated once. */
const memo = new WeakMap();
const NO_LOCALS = new Map();
/** Units of a value (see MAX_EVAL_UNITS), counted without recursion and only up to `cap`. */
function unitsOf(value, cap) {
    let n = 0;
    const stack = [value];
    while (stack.length > 0 && n <= cap) {
        const v = stack.pop();
        if (typeof v === 'string')
            n += Math.max(1, v.length);
        else {
            n += 1;
            if (Array.isArray(v))
                for (const x of v)
                    stack.push(x);
            else if (v !== null && typeof v === 'object')
                for (const x of Object.values(v))
                    stack.push(x);
        }
    }
    return n;
}
/** Takes `units` from the budget; false when it is spent. */
function charge(ctx, units) {
    ctx.budget.left -= units;
    return !budgetSpent(ctx.budget);
}
/** Charges a value that is handed out again (the part of a local or variable a reference names): whoever reads it walks it all. */
function chargeValue(ctx, v) {
    if (!v.known)
        return v;
    return charge(ctx, unitsOf(v.value, ctx.budget.left + 1)) ? v : unknown(BUDGET_REASON);
}
function evaluate(e, scope, budget = newBudget()) {
    return ev(e, scope, { budget, steps: 0 }, 0);
}
function ev(e, scope, ctx, depth) {
    if (budgetSpent(ctx.budget))
        return unknown(BUDGET_REASON);
    if (++ctx.steps > MAX_STEPS)
        return unknown(`${exprText(e)} takes too many steps to evaluate`);
    if (depth > 32)
        return unknown(`${exprText(e)} nests references more than 32 deep`);
    const sub = (x) => ev(x, scope, ctx, depth + 1);
    switch (e.kind) {
        case 'literal':
            // Written in the file: bounded by its size, one unit whatever its length.
            return charge(ctx, 1) ? known(e.value) : unknown(BUDGET_REASON);
        case 'template': {
            // "${var.x}" alone keeps the variable's type, as Terraform does.
            if (e.parts.length === 1 && typeof e.parts[0] !== 'string')
                return sub(e.parts[0]);
            const pieces = [];
            let length = 0;
            let via;
            for (const p of e.parts) {
                let piece;
                if (typeof p === 'string')
                    piece = p;
                else {
                    const v = sub(p);
                    if (!v.known)
                        return v;
                    if (v.value === null || typeof v.value === 'object')
                        return unknown(`${exprText(e)} interpolates a value that is not a string`);
                    piece = String(v.value);
                    via ??= v.via;
                }
                length += piece.length;
                if (length > limits/* MAX_EVAL_STRING */.i_)
                    return unknown(`${exprText(e)} builds a string longer than ${limits/* MAX_EVAL_STRING */.i_.toLocaleString('en-US')} characters`);
                pieces.push(piece);
            }
            return charge(ctx, Math.max(1, length)) ? known(pieces.join(''), via) : unknown(BUDGET_REASON);
        }
        case 'ref':
            return reference(e, scope, ctx, depth);
        case 'tuple': {
            const items = [];
            for (const i of e.items) {
                const v = sub(i);
                if (!v.known)
                    return v;
                items.push(v.value);
            }
            return charge(ctx, 1) ? known(items) : unknown(BUDGET_REASON);
        }
        case 'object': {
            const out = {};
            for (const { key, value } of e.entries) {
                const k = sub(key);
                if (!k.known)
                    return k;
                const v = sub(value);
                if (!v.known)
                    return v;
                out[String(k.value)] = v.value;
            }
            return charge(ctx, 1) ? known(out) : unknown(BUDGET_REASON);
        }
        case 'unary': {
            const v = sub(e.operand);
            if (!v.known)
                return v;
            if (e.op === '-' && typeof v.value === 'number')
                return known(-v.value, v.via);
            if (e.op === '!' && typeof v.value === 'boolean')
                return known(!v.value, v.via);
            return unknown(`${exprText(e)} is not a number or a boolean`);
        }
        case 'binary':
            return binary(e.op, sub(e.left), sub(e.right), exprText(e));
        case 'conditional': {
            const t = sub(e.test);
            if (!t.known)
                return t;
            return t.value === true ? sub(e.then) : t.value === false ? sub(e.else) : unknown(`the condition of ${exprText(e)} is not a boolean`);
        }
        case 'call':
            return call(e, scope, ctx, depth);
        case 'other':
            return unknown(`${exprText(e)} (${e.what})`);
    }
}
function reference(e, scope, ctx, depth) {
    const [first, ...rest] = e.path;
    const name = String(first ?? '');
    if (e.root === 'var') {
        const v = scope.variables.get(name);
        if (!v) {
            return unknown(scope.required.has(name)
                ? `var.${name} has no default; its value comes from the caller, a tfvars file or -var`
                : `var.${name} is not declared in this module${unreadNote(scope)}`);
        }
        const value = v.expr ? once(scope.variables, name, () => ev(v.expr, { ...scope, locals: NO_LOCALS }, ctx, depth + 1)) : known(v.value);
        if (!value.known)
            return value;
        // What the reader walks is the part it names (local.teams.a.days), not the whole value.
        return chargeValue(ctx, dig(value.value, rest, `var.${name}`, `var.${name}, ${v.where}`));
    }
    if (e.root === 'local') {
        const l = scope.locals.get(name);
        if (!l)
            return unknown(`local.${name} is not defined in this module${unreadNote(scope)}`);
        const value = once(scope.locals, name, () => (l.expr ? ev(l.expr, scope, ctx, depth + 1) : known(l.value)));
        if (!value.known)
            return value;
        return chargeValue(ctx, dig(value.value, rest, `local.${name}`, value.via ?? `local.${name}, ${l.where}`));
    }
    if (e.root === 'module')
        return unknown(`${e.text} is a module output, known at plan`);
    if (e.root === 'data')
        return unknown(`${e.text} comes from a data source, read at plan`);
    if (e.root === 'each' || e.root === 'count')
        return unknown(`${e.text} differs per instance (for_each or count)`);
    if (e.root === 'path' || e.root === 'terraform')
        return unknown(`${e.text} is known only when Terraform runs`);
    if (e.path.length >= 2)
        return unknown(`${e.text} is an attribute of a resource, known after apply`);
    return unknown(`${e.text} is not something lifeguard can evaluate`);
}
/** A local's or variable's value, worked out once per module scope (known values only). */
function once(declared, name, work) {
    let cache = memo.get(declared);
    const hit = cache?.get(name);
    if (hit)
        return hit;
    const value = work();
    if (value.known) {
        if (!cache)
            memo.set(declared, (cache = new Map()));
        cache.set(name, value);
    }
    return value;
}
/** A declaration may sit in a file of the module that could not be read: say so. */
function unreadNote(scope) {
    const first = scope.unreadable?.[0];
    return first ? ` (${first.file} of this module could not be read: ${first.reason})` : '';
}
function dig(value, path, name, via) {
    let v = value;
    for (const p of path) {
        if (Array.isArray(v) && typeof p === 'number')
            v = v[p];
        else if (v !== null && typeof v === 'object' && !Array.isArray(v))
            v = v[String(p)];
        else
            return unknown(`${name} has no element ${String(p)}`);
        if (v === undefined)
            return unknown(`${name} has no element ${String(p)}`);
    }
    return known(v, via);
}
function binary(op, a, b, text) {
    if (!a.known)
        return a;
    if (!b.known)
        return b;
    const via = a.via ?? b.via;
    const x = a.value;
    const y = b.value;
    if (op === '==')
        return known(JSON.stringify(x) === JSON.stringify(y), via);
    if (op === '!=')
        return known(JSON.stringify(x) !== JSON.stringify(y), via);
    if (op === '&&' || op === '||') {
        if (typeof x !== 'boolean' || typeof y !== 'boolean')
            return unknown(`${text} combines values that are not booleans`);
        return known(op === '&&' ? x && y : x || y, via);
    }
    const nx = typeof x === 'string' && x.trim() !== '' ? Number(x) : x;
    const ny = typeof y === 'string' && y.trim() !== '' ? Number(y) : y;
    if (typeof nx !== 'number' || typeof ny !== 'number' || Number.isNaN(nx) || Number.isNaN(ny))
        return unknown(`${text} is arithmetic on values that are not numbers`);
    const ops = {
        '+': (p, q) => p + q,
        '-': (p, q) => p - q,
        '*': (p, q) => p * q,
        '/': (p, q) => p / q,
        '%': (p, q) => p % q,
        '<': (p, q) => p < q,
        '>': (p, q) => p > q,
        '<=': (p, q) => p <= q,
        '>=': (p, q) => p >= q,
    };
    const f = ops[op];
    return f ? known(f(nx, ny), via) : unknown(`${text} uses the operator ${op}`);
}
/** Pure functions whose result depends only on their arguments (Terraform's built-ins of the same name). */
const FUNCTIONS = {
    max: (a) => (a.every((x) => typeof x === 'number') ? Math.max(...a) : undefined),
    min: (a) => (a.every((x) => typeof x === 'number') ? Math.min(...a) : undefined),
    abs: ([x]) => (typeof x === 'number' ? Math.abs(x) : undefined),
    floor: ([x]) => (typeof x === 'number' ? Math.floor(x) : undefined),
    ceil: ([x]) => (typeof x === 'number' ? Math.ceil(x) : undefined),
    tonumber: ([x]) => typeof x === 'number' ? x : typeof x === 'string' && x.trim() !== '' && !Number.isNaN(Number(x)) ? Number(x) : undefined,
    tostring: ([x]) => (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? String(x) : undefined),
    lower: ([x]) => (typeof x === 'string' ? x.toLowerCase() : undefined),
    upper: ([x]) => (typeof x === 'string' ? x.toUpperCase() : undefined),
    coalesce: (a) => a.find((x) => x !== null && x !== ''),
    lookup: ([m, k, d]) => m !== null && typeof m === 'object' && typeof k === 'string' ? (m[k] ?? d) : undefined,
};
function call(e, scope, ctx, depth) {
    if (e.name === 'try') {
        for (const a of e.args) {
            const v = ev(a, scope, ctx, depth + 1);
            if (v.known)
                return v;
        }
        return unknown(`${exprText(e)}: none of its arguments can be evaluated before plan`);
    }
    const f = FUNCTIONS[e.name];
    if (!f)
        return unknown(`${exprText(e)} calls ${e.name}(), which lifeguard does not evaluate`);
    const args = [];
    let via;
    for (const a of e.args) {
        const v = ev(a, scope, ctx, depth + 1);
        if (!v.known)
            return v;
        args.push(v.value);
        via ??= v.via;
    }
    const out = f(args);
    if (out === undefined)
        return unknown(`${exprText(e)} cannot be evaluated with these arguments`);
    // lookup() and coalesce() hand out an argument again: counted like a reference.
    return chargeValue(ctx, known(out, via));
}

;// CONCATENATED MODULE: ./src/iac/terraform/translate.ts
/**
 * Terraform's lifecycle resources as the request the AWS provider sends (spec iac-lifecycle §2, §3;
 * checked against terraform-provider-aws internal/service/s3/bucket_lifecycle_configuration.go,
 * the Plugin Framework expanders of provider ≥ 5.86): what it drops (`days = 0` in expiration),
 * what it adds (Days 0 for a transition without days or date, `Filter {}` for a rule without filter
 * or prefix, Prefix "" for `filter {}`) and what it refuses at plan.
 */

const LIFECYCLE_CONFIGURATION = 'aws_s3_bucket_lifecycle_configuration';
const BUCKET = 'aws_s3_bucket';
const PLAN_HINT = 'a plan JSON (terraform show -json) gives the full answer';
const translate_num = (x) => (typeof x === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(x) ? Number(x) : x);
const one = (b, type) => b.blocks.get(type)?.[0];
const isSet = (v) => v !== undefined && (!v.known || (v.value !== null && v.value !== undefined));
function translate_known(v) {
    return v?.known ? v.value : undefined;
}
function tooMany(b, block, types) {
    for (const t of types) {
        const list = block.blocks.get(t) ?? [];
        if (list.length > 1)
            b.invalid(list[1].pointer, `a rule takes at most one \`${t}\` block; Terraform refuses this at plan`);
    }
}
/** `aws_s3_bucket_lifecycle_configuration` (provider ≥ 5.86). */
function fromLifecycleConfiguration(block, subject, address) {
    const b = new Builder(subject, PLAN_HINT);
    const request = { Rules: [] };
    b.at('', block.pointer);
    b.dynamic(block, '');
    const tdmos = block.attrs.get('transition_default_minimum_object_size');
    b.put(request, 'TransitionDefaultMinimumObjectSize', '/TransitionDefaultMinimumObjectSize', tdmos);
    const rules = block.blocks.get('rule') ?? [];
    if (rules.length === 0 && block.unknownBlocks.length === 0)
        b.invalid(block.pointer, 'the resource has no `rule` block, and Terraform requires at least one');
    rules.forEach((r, i) => request.Rules.push(translate_rule(b, r, `/Rules/${i}`)));
    // Findings on the configuration as a whole land on the resource's first line.
    return unit(b, block, subject, address, request);
}
function translate_rule(b, r, at) {
    const out = {};
    b.at(at, r.pointer);
    b.dynamic(r, at);
    tooMany(b, r, ['expiration', 'filter', 'noncurrent_version_expiration', 'abort_incomplete_multipart_upload']);
    if (!b.put(out, 'ID', `${at}/ID`, r.attrs.get('id')))
        b.invalid(r.pointer, 'the rule has no `id`, and Terraform requires one');
    if (!b.put(out, 'Status', `${at}/Status`, r.attrs.get('status')))
        b.invalid(r.pointer, 'the rule has no `status`, and Terraform requires one');
    const prefix = r.attrs.get('prefix');
    const filter = one(r, 'filter');
    // `prefix = ""` counts as unset (EmptyStringAsNull).
    const hasPrefix = isSet(prefix) && translate_known(prefix) !== '';
    if (hasPrefix)
        b.put(out, 'Prefix', `${at}/Prefix`, prefix);
    if (filter)
        out.Filter = filterOf(b, filter, `${at}/Filter`);
    else if (!hasPrefix) {
        out.Filter = {};
        b.at(`${at}/Filter`, r.pointer);
    }
    const expiration = one(r, 'expiration');
    if (expiration)
        out.Expiration = expirationOf(b, expiration, `${at}/Expiration`);
    const transitions = r.blocks.get('transition') ?? [];
    if (transitions.length) {
        b.at(`${at}/Transitions`, transitions[0].pointer);
        out.Transitions = transitions.map((t, i) => transitionOf(b, t, `${at}/Transitions/${i}`));
    }
    const nve = one(r, 'noncurrent_version_expiration');
    if (nve) {
        const x = {};
        b.at(`${at}/NoncurrentVersionExpiration`, nve.pointer);
        if (!b.put(x, 'NoncurrentDays', `${at}/NoncurrentVersionExpiration/NoncurrentDays`, nve.attrs.get('noncurrent_days'), translate_num)) {
            b.invalid(nve.pointer, '`noncurrent_version_expiration` has no `noncurrent_days`, and Terraform requires it');
        }
        b.put(x, 'NewerNoncurrentVersions', `${at}/NoncurrentVersionExpiration/NewerNoncurrentVersions`, nve.attrs.get('newer_noncurrent_versions'), translate_num);
        out.NoncurrentVersionExpiration = x;
    }
    const nvts = r.blocks.get('noncurrent_version_transition') ?? [];
    if (nvts.length) {
        b.at(`${at}/NoncurrentVersionTransitions`, nvts[0].pointer);
        out.NoncurrentVersionTransitions = nvts.map((t, i) => {
            const p = `${at}/NoncurrentVersionTransitions/${i}`;
            const x = {};
            b.at(p, t.pointer);
            if (!b.put(x, 'NoncurrentDays', `${p}/NoncurrentDays`, t.attrs.get('noncurrent_days'), translate_num)) {
                b.invalid(t.pointer, '`noncurrent_version_transition` has no `noncurrent_days`, and Terraform requires it');
            }
            b.put(x, 'StorageClass', `${p}/StorageClass`, t.attrs.get('storage_class'));
            b.put(x, 'NewerNoncurrentVersions', `${p}/NewerNoncurrentVersions`, t.attrs.get('newer_noncurrent_versions'), translate_num);
            return x;
        });
    }
    const abort = one(r, 'abort_incomplete_multipart_upload');
    if (abort) {
        // days_after_initiation is optional and not validated: an empty block is sent empty.
        const x = {};
        b.at(`${at}/AbortIncompleteMultipartUpload`, abort.pointer);
        b.put(x, 'DaysAfterInitiation', `${at}/AbortIncompleteMultipartUpload/DaysAfterInitiation`, abort.attrs.get('days_after_initiation'), translate_num);
        out.AbortIncompleteMultipartUpload = x;
    }
    return out;
}
function filterOf(b, f, at) {
    const out = {};
    b.at(at, f.pointer);
    b.dynamic(f, at);
    const and = one(f, 'and');
    const tag = one(f, 'tag');
    const gt = f.attrs.get('object_size_greater_than');
    const lt = f.attrs.get('object_size_less_than');
    const prefix = f.attrs.get('prefix');
    // `filter {}` (or only `prefix = ""`): the provider sends Filter {Prefix: ""}.
    if (!and && !tag && !isSet(gt) && !isSet(lt)) {
        if (!b.put(out, 'Prefix', `${at}/Prefix`, prefix))
            out.Prefix = '';
        return out;
    }
    // Every member given is sent: more than one is S3's MalformedXML (filter-single-predicate).
    if (isSet(prefix) && translate_known(prefix) !== '')
        b.put(out, 'Prefix', `${at}/Prefix`, prefix);
    b.put(out, 'ObjectSizeGreaterThan', `${at}/ObjectSizeGreaterThan`, gt, translate_num);
    b.put(out, 'ObjectSizeLessThan', `${at}/ObjectSizeLessThan`, lt, translate_num);
    if (tag) {
        const t = {};
        b.at(`${at}/Tag`, tag.pointer);
        b.put(t, 'Key', `${at}/Tag/Key`, tag.attrs.get('key'));
        b.put(t, 'Value', `${at}/Tag/Value`, tag.attrs.get('value'));
        out.Tag = t;
    }
    if (and)
        out.And = andOf(b, and, `${at}/And`);
    return out;
}
function andOf(b, a, at) {
    const out = {};
    b.at(at, a.pointer);
    b.put(out, 'Prefix', `${at}/Prefix`, a.attrs.get('prefix'));
    b.put(out, 'ObjectSizeGreaterThan', `${at}/ObjectSizeGreaterThan`, a.attrs.get('object_size_greater_than'), translate_num);
    // object_size_less_than = 0 is dropped (Int64FromFrameworkLegacy); greater_than = 0 is sent.
    const lt = a.attrs.get('object_size_less_than');
    if (!(lt?.known && translate_num(lt.value) === 0))
        b.put(out, 'ObjectSizeLessThan', `${at}/ObjectSizeLessThan`, lt, translate_num);
    const tags = a.attrs.get('tags');
    if (tags && !tags.known)
        b.put(out, 'Tags', `${at}/Tags`, tags);
    else if (tags?.known && tags.value !== null && typeof tags.value === 'object') {
        // Keys starting with aws: are dropped (IgnoreAWS).
        const list = Object.entries(tags.value)
            .filter(([k]) => !k.toLowerCase().startsWith('aws:'))
            .map(([Key, Value]) => ({ Key, Value }));
        if (list.length) {
            out.Tags = list;
            b.origins.set(`${at}/Tags`, { pointer: tags.pointer, exact: true, ...(tags.via ? { via: tags.via } : {}) });
        }
    }
    return out;
}
function expirationOf(b, e, at) {
    const out = {};
    b.at(at, e.pointer);
    const days = e.attrs.get('days');
    const date = e.attrs.get('date');
    const marker = e.attrs.get('expired_object_delete_marker');
    // days = 0 is treated as unset (ZeroInt32AsNull).
    const daysSet = isSet(days) && translate_num(translate_known(days)) !== 0;
    if (daysSet)
        b.put(out, 'Days', `${at}/Days`, days, translate_num);
    b.put(out, 'Date', `${at}/Date`, date);
    const dateSet = isSet(date);
    if (!daysSet && !dateSet) {
        // Neither days nor date: the marker as given, or false when unset.
        if (!b.put(out, 'ExpiredObjectDeleteMarker', `${at}/ExpiredObjectDeleteMarker`, marker))
            out.ExpiredObjectDeleteMarker = false;
    }
    else {
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
function droppedMarker(b, marker) {
    if (!marker?.known || (marker.value !== true && marker.value !== 'true'))
        return;
    b.dropped(marker.pointer, '`expired_object_delete_marker` is dropped: beside `days` or `date` the AWS provider leaves it out, and S3 removes lone delete markers only when this expiration reaches them', 'To remove delete markers as soon as they are the only version left, set `expired_object_delete_marker = true` in the `expiration` block of a rule of its own.');
}
function transitionOf(b, t, at) {
    const out = {};
    b.at(at, t.pointer);
    const days = t.attrs.get('days');
    const date = t.attrs.get('date');
    if (isSet(days) && isSet(date))
        b.invalid(t.pointer, 'a `transition` block sets both `days` and `date`; Terraform refuses this at plan ("2 attributes specified when one (and only one) of [days, date] is required")');
    if (isSet(date))
        b.put(out, 'Date', `${at}/Date`, date);
    else if (isSet(days))
        b.put(out, 'Days', `${at}/Days`, days, translate_num);
    else {
        // Neither: the provider sends Days 0 (and plans days = 0).
        out.Days = 0;
        b.at(`${at}/Days`, t.attrs.get('storage_class')?.pointer ?? t.pointer);
    }
    b.put(out, 'StorageClass', `${at}/StorageClass`, t.attrs.get('storage_class'));
    return out;
}
/** `lifecycle_rule` blocks of `aws_s3_bucket` (provider 3.x; deprecated from 4.9). */
function fromLegacyBucket(block, subject, address) {
    const rules = block.blocks.get('lifecycle_rule') ?? [];
    const dynamicRules = block.unknownBlocks.filter((d) => d.type === 'lifecycle_rule');
    if (rules.length === 0 && dynamicRules.length === 0)
        return undefined;
    const b = new Builder(subject, PLAN_HINT);
    const request = { Rules: [] };
    b.at('', block.pointer);
    for (const d of dynamicRules) {
        b.incomplete.add('');
        b.notEvaluated(d.pointer, 'the `lifecycle_rule` blocks', d.reason);
    }
    rules.forEach((r, i) => request.Rules.push(legacyRule(b, r, `/Rules/${i}`)));
    return unit(b, block, subject, address, request);
}
function legacyRule(b, r, at) {
    const out = {};
    b.at(at, r.pointer);
    b.dynamic(r, at);
    b.put(out, 'ID', `${at}/ID`, r.attrs.get('id'));
    b.put(out, 'Status', `${at}/Status`, r.attrs.get('enabled'), (x) => (x === true || x === 'true' ? 'Enabled' : 'Disabled'));
    const prefix = r.attrs.get('prefix');
    const tags = r.attrs.get('tags');
    const filter = {};
    b.at(`${at}/Filter`, r.pointer);
    if (tags?.known && tags.value && typeof tags.value === 'object' && Object.keys(tags.value).length) {
        const and = {};
        if (!b.put(and, 'Prefix', `${at}/Filter/And/Prefix`, prefix))
            and.Prefix = '';
        and.Tags = Object.entries(tags.value).map(([Key, Value]) => ({ Key, Value }));
        b.origins.set(`${at}/Filter/And/Tags`, { pointer: tags.pointer, exact: true });
        filter.And = and;
    }
    else {
        if (tags && !tags.known)
            b.put({}, 'Tags', `${at}/Filter/And/Tags`, tags);
        if (!b.put(filter, 'Prefix', `${at}/Filter/Prefix`, prefix))
            filter.Prefix = '';
    }
    out.Filter = filter;
    const abortDays = r.attrs.get('abort_incomplete_multipart_upload_days');
    if (abortDays && (!abortDays.known || Number(translate_num(abortDays.value)) > 0)) {
        const x = {};
        b.at(`${at}/AbortIncompleteMultipartUpload`, abortDays.pointer);
        b.put(x, 'DaysAfterInitiation', `${at}/AbortIncompleteMultipartUpload/DaysAfterInitiation`, abortDays, translate_num);
        out.AbortIncompleteMultipartUpload = x;
    }
    const e = one(r, 'expiration');
    if (e) {
        const x = {};
        b.at(`${at}/Expiration`, e.pointer);
        const date = e.attrs.get('date');
        const days = e.attrs.get('days');
        const daysSet = isSet(days) && (!days.known || Number(translate_num(days.value)) > 0);
        if (isSet(date))
            b.put(x, 'Date', `${at}/Expiration/Date`, date, (d) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d);
        else if (daysSet)
            b.put(x, 'Days', `${at}/Expiration/Days`, days, translate_num);
        else if (!b.put(x, 'ExpiredObjectDeleteMarker', `${at}/Expiration/ExpiredObjectDeleteMarker`, e.attrs.get('expired_object_delete_marker')))
            x.ExpiredObjectDeleteMarker = false;
        if (isSet(date) || daysSet)
            droppedMarker(b, e.attrs.get('expired_object_delete_marker'));
        out.Expiration = x;
    }
    const transitions = r.blocks.get('transition') ?? [];
    if (transitions.length) {
        out.Transitions = transitions.map((t, i) => {
            const p = `${at}/Transitions/${i}`;
            const x = {};
            b.at(p, t.pointer);
            const date = t.attrs.get('date');
            if (isSet(date))
                b.put(x, 'Date', `${p}/Date`, date, (d) => (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d));
            else if (!b.put(x, 'Days', `${p}/Days`, t.attrs.get('days'), translate_num))
                x.Days = 0;
            b.put(x, 'StorageClass', `${p}/StorageClass`, t.attrs.get('storage_class'));
            return x;
        });
    }
    const nve = one(r, 'noncurrent_version_expiration');
    if (nve) {
        const x = {};
        b.at(`${at}/NoncurrentVersionExpiration`, nve.pointer);
        b.put(x, 'NoncurrentDays', `${at}/NoncurrentVersionExpiration/NoncurrentDays`, nve.attrs.get('days'), translate_num);
        out.NoncurrentVersionExpiration = x;
    }
    const nvts = r.blocks.get('noncurrent_version_transition') ?? [];
    if (nvts.length) {
        out.NoncurrentVersionTransitions = nvts.map((t, i) => {
            const p = `${at}/NoncurrentVersionTransitions/${i}`;
            const x = {};
            b.at(p, t.pointer);
            b.put(x, 'NoncurrentDays', `${p}/NoncurrentDays`, t.attrs.get('days'), translate_num);
            b.put(x, 'StorageClass', `${p}/StorageClass`, t.attrs.get('storage_class'));
            return x;
        });
    }
    // A rule with no action gets Expiration {ExpiredObjectDeleteMarker: false} from the provider.
    if (!out.Expiration &&
        !out.Transitions &&
        !out.NoncurrentVersionExpiration &&
        !out.NoncurrentVersionTransitions &&
        !out.AbortIncompleteMultipartUpload) {
        out.Expiration = { ExpiredObjectDeleteMarker: false };
    }
    return out;
}
function unit(b, block, subject, address, request) {
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

;// CONCATENATED MODULE: ./src/iac/terraform/hcl-units.ts
/**
 * The lifecycle resources of one .tf file, as units: each `aws_s3_bucket_lifecycle_configuration`
 * and each `aws_s3_bucket` with `lifecycle_rule` blocks, its attributes evaluated in the module's
 * scope. `dynamic` blocks and resources repeated by `for_each` are read as far as they are known.
 */





function hclUnits(file, scope) {
    const units = [];
    // One budget for the whole file (ADR 0198): past it every value is unknown, said once.
    const budget = newBudget();
    const settle = budgetSettler(budget);
    for (const b of file.body.blocks) {
        if (b.type !== 'resource' || b.labels.length !== 2)
            continue;
        const [type, name] = b.labels;
        if (type !== LIFECYCLE_CONFIGURATION && type !== BUCKET)
            continue;
        if (isCountZero(b, scope, budget))
            continue;
        const address = `${type}.${name}`;
        const block = toTfBlock(b.body, blockPointer('resource', [type, name]), scope, budget);
        const unit = type === LIFECYCLE_CONFIGURATION ? fromLifecycleConfiguration(block, address, address) : fromLegacyBucket(block, address, address);
        if (!unit)
            continue;
        settle(unit, address);
        units.push(unit);
    }
    return units;
}
/**
 * Past a file's budget each value cut off would say the same: its own findings go, and one
 * parse-error stands for them, where the budget ran out, once per file. An error, as for a
 * CloudFormation template past its step budget (ADR 0195): a file past lifeguard's bound is not
 * usable, never a pass of the rules it could not evaluate. Shared by .tf and .tf.json units.
 */
function budgetSettler(budget) {
    let told = false;
    return (unit, address) => {
        if (budget.exhaustedAt === undefined)
            return;
        unit.findings = unit.findings.filter((f) => !f.message.includes(BUDGET_REASON));
        if (told)
            return;
        told = true;
        unit.findings.push({
            ruleId: file_rules/* PARSE_ERROR */.to.id,
            severity: file_rules/* PARSE_ERROR */.to.defaultSeverity,
            pointer: budget.exhaustedAt,
            message: `${address}: values from here on are not evaluated (${BUDGET_REASON})`,
            hint: 'Build fewer or smaller values from locals, or check the plan JSON (terraform show -json).',
        });
    };
}
/** `count = 0` (known) creates nothing: nothing to check. */
function isCountZero(b, scope, budget) {
    const count = b.body.attributes.find((a) => a.name === 'count');
    if (!count)
        return false;
    const v = evaluate(count.expr, scope, budget);
    return v.known && (v.value === 0 || v.value === false);
}
function toTfBlock(body, pointer, scope, budget = newBudget()) {
    const block = emptyBlock(pointer);
    for (const a of body.attributes) {
        const at = `${pointer}/${document_escape(a.name)}`;
        const v = evaluate(a.expr, scope, budget);
        if (budget.left < 0)
            budget.exhaustedAt ??= at;
        block.attrs.set(a.name, v.known
            ? { known: true, value: v.value, pointer: at, ...(v.via ? { via: v.via } : {}) }
            : { known: false, reason: v.reason, pointer: at });
    }
    const counts = new Map();
    for (const b of body.blocks) {
        const n = counts.get(b.type) ?? 0;
        counts.set(b.type, n + 1);
        const at = `${pointer}/${document_escape(b.type)}/${n}`;
        if (b.type === 'dynamic') {
            block.unknownBlocks.push({
                type: b.labels[0] ?? 'dynamic',
                pointer: at,
                reason: `a dynamic "${b.labels[0] ?? ''}" block, expanded by Terraform at plan`,
            });
            continue;
        }
        const list = block.blocks.get(b.type) ?? [];
        list.push(toTfBlock(b.body, at, scope, budget));
        block.blocks.set(b.type, list);
    }
    return block;
}

;// CONCATENATED MODULE: ./src/iac/terraform/json-units.ts




const json_units_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const REF = /^\$\{\s*(var|local)\.([A-Za-z_][\w-]*)\s*\}$/;
function tfJsonUnits(data, scope) {
    const units = [];
    const budget = newBudget();
    const settle = budgetSettler(budget);
    const resources = json_units_isObj(data) && json_units_isObj(data.resource) ? data.resource : {};
    for (const type of [LIFECYCLE_CONFIGURATION, BUCKET]) {
        const byName = resources[type];
        if (!json_units_isObj(byName))
            continue;
        for (const [name, body] of Object.entries(byName)) {
            const bodies = Array.isArray(body) ? body : [body];
            bodies.forEach((b, i) => {
                if (!json_units_isObj(b))
                    return;
                const pointer = `/resource/${type}/${name}${Array.isArray(body) ? `/${i}` : ''}`;
                const block = blockFromData(b, pointer, LIFECYCLE_BLOCK_TYPES, (raw, at) => json_units_valueOf(raw, at, scope, budget));
                const address = `${type}.${name}`;
                const unit = type === LIFECYCLE_CONFIGURATION
                    ? fromLifecycleConfiguration(block, address, address)
                    : fromLegacyBucket(block, address, address);
                if (!unit)
                    return;
                settle(unit, address);
                units.push(unit);
            });
        }
    }
    return units;
}
function json_units_valueOf(raw, pointer, scope, budget) {
    if (typeof raw !== 'string' || !raw.includes('${'))
        return { known: true, value: raw, pointer };
    const ref = REF.exec(raw);
    if (!ref)
        return { known: false, reason: `${raw} is an interpolation lifeguard does not evaluate`, pointer };
    const range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const v = evaluate({ kind: 'ref', root: ref[1], path: [ref[2]], range, text: `${ref[1]}.${ref[2]}` }, scope, budget);
    if (budget.left < 0)
        budget.exhaustedAt ??= pointer;
    return v.known ? { known: true, value: v.value, pointer, ...(v.via ? { via: v.via } : {}) } : { known: false, reason: v.reason, pointer };
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/load/document.ts + 2 modules
var load_document = __webpack_require__(4651);
;// CONCATENATED MODULE: ./src/iac/hcl/parse.ts
/**
 * HCL text to the syntax of syntax.ts, through tree-sitter's HCL grammar (WebAssembly; ADR 0161).
 * The parser is loaded on the first `.tf` file a run meets, never on the lifecycle-JSON path, and
 * each tree is turned into plain data and freed at once (tree-sitter's memory is not garbage
 * collected).
 */






const WASM = { runtime: 'web-tree-sitter.wasm', grammar: 'tree-sitter-terraform.wasm' };
let parserPromise;
/** The wasm files: next to the bundle in dist/ (scripts/build.mjs copies them), else from node_modules. */
function wasmBytes(name, packagePath) {
    const beside = (0,external_node_url_.fileURLToPath)(new URL(`./${name}`, import.meta.url));
    if ((0,external_node_fs_.existsSync)(beside))
        return (0,external_node_fs_.readFileSync)(beside);
    return (0,external_node_fs_.readFileSync)((0,external_node_module_.createRequire)(import.meta.url).resolve(packagePath));
}
function loadParser() {
    parserPromise ??= (async () => {
        const loaded = (await Promise.all(/* import() */[__webpack_require__.e(551), __webpack_require__.e(372)]).then(__webpack_require__.t.bind(__webpack_require__, 9372, 23)));
        const ts = loaded.default ?? loaded;
        // Emscripten's start-up reads the CommonJS `__dirname`, which an ES module bundle lacks; it is
        // only a base for file names, unused since the wasm comes as bytes, so it exists just for init.
        const g = globalThis;
        const had = '__dirname' in g;
        if (!had)
            g.__dirname = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
        try {
            await ts.Parser.init({ wasmBinary: wasmBytes(WASM.runtime, 'web-tree-sitter/web-tree-sitter.wasm') });
        }
        finally {
            if (!had)
                delete g.__dirname;
        }
        const language = await ts.Language.load(wasmBytes(WASM.grammar, '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'));
        const parser = new ts.Parser();
        parser.setLanguage(language);
        return parser;
    })();
    return parserPromise;
}
async function parseHcl(text) {
    // Untrusted input: bound the nesting before the tree is walked recursively (limits.ts).
    const depth = (0,load_document/* nestingDepth */.Qk)(text);
    if (depth.depth > limits/* MAX_NESTING_DEPTH */.wM)
        return { ok: false, error: { message: `nesting is deeper than ${limits/* MAX_NESTING_DEPTH */.wM} levels`, line: depth.line, column: depth.column } };
    const parser = await loadParser();
    const tree = parser.parse(text);
    if (!tree)
        return { ok: false, error: { message: 'invalid HCL: the parser gave up on this file', line: 1, column: 1 } };
    try {
        const root = tree.rootNode;
        if (root.hasError)
            return { ok: false, error: syntaxError(root, text) };
        const body = root.namedChildren.find((c) => c?.type === 'body');
        return { ok: true, file: { body: body ? toBody(body, text, 0) : { attributes: [], blocks: [] } } };
    }
    catch (err) {
        if (err instanceof TooDeep)
            return { ok: false, error: err.error };
        throw err;
    }
    finally {
        tree.delete();
    }
}
/**
 * The conversion below recurses once per level of blocks, parentheses, operators, calls and
 * templates; the bracket scan above cannot see most of these (`1 + 1 + …`, `!!!…`, `((…))`), nor
 * brackets after a `#` comment with a quote in it. Past the limit the whole file is refused at the
 * node that crosses it (ADR 0198).
 */
class TooDeep extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}
function deeper(node, depth) {
    if (depth < limits/* MAX_SYNTAX_DEPTH */.FT)
        return depth + 1;
    throw new TooDeep({ message: `invalid HCL: nested more than ${limits/* MAX_SYNTAX_DEPTH */.FT} levels deep`, ...pos(node.startPosition) });
}
function syntaxError(root, text) {
    const bad = firstError(root) ?? root;
    const { line, column } = pos(bad.startPosition);
    if (bad.isMissing)
        return { message: `invalid HCL: missing "${bad.type}"`, line, column };
    const near = text
        .slice(bad.startIndex, Math.min(bad.endIndex, bad.startIndex + 30))
        .split('\n')[0]
        .trim();
    return { message: near ? `invalid HCL: unexpected "${near}"` : 'invalid HCL: unexpected end of file', line, column };
}
/** The first error or missing node in source order; a loop, since an error can sit arbitrarily deep. */
function firstError(root) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.isError || node.isMissing)
            return node;
        const next = node.children.filter((c) => c !== null && (c.hasError || c.isMissing || c.isError));
        for (let i = next.length - 1; i >= 0; i--)
            stack.push(next[i]);
    }
    return undefined;
}
function pos(p) {
    return { line: p.row + 1, column: p.column + 1 };
}
function rangeOf(n) {
    const a = pos(n.startPosition);
    const b = pos(n.endPosition);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
function toBody(node, text, depth) {
    const body = { attributes: [], blocks: [] };
    for (const child of node.namedChildren) {
        if (child?.type === 'attribute')
            body.attributes.push(toAttribute(child, text, depth));
        else if (child?.type === 'block')
            body.blocks.push(toBlock(child, text, deeper(child, depth)));
    }
    return body;
}
function toAttribute(node, text, depth) {
    const name = node.namedChildren.find((c) => c?.type === 'identifier').text;
    const value = node.namedChildren.find((c) => c?.type === 'expression');
    return {
        name,
        expr: value ? toExpr(value, text, depth) : { kind: 'other', what: 'an empty value', range: rangeOf(node), text: '' },
        range: rangeOf(node),
    };
}
function toBlock(node, text, depth) {
    let type = '';
    const labels = [];
    let body = { attributes: [], blocks: [] };
    for (const child of node.namedChildren) {
        if (!child)
            continue;
        if (child.type === 'identifier') {
            if (type === '')
                type = child.text;
            else
                labels.push(child.text);
        }
        else if (child.type === 'string_lit') {
            labels.push(parse_unescape(child.namedChildren.find((c) => c?.type === 'template_literal')?.text ?? ''));
        }
        else if (child.type === 'body') {
            body = toBody(child, text, depth);
        }
    }
    return { type, labels, body, range: rangeOf(node) };
}
function toExpr(node, text, outer) {
    // Wrapper nodes (`expression`, `operation`, `collection_value`) are passed through before any
    // position or text is read: each property of a tree-sitter node is a call into WebAssembly.
    const kids = node.namedChildren.filter((c) => c !== null && c.type !== 'comment');
    const type = node.type;
    // A level is an `expression` (a parenthesis, an element, an argument, an interpolation) or an
    // `operation` (one operator): what a person counts as nesting.
    const depth = type === 'expression' || type === 'operation' ? deeper(node, outer) : outer;
    if ((type === 'expression' || type === 'operation' || type === 'collection_value') && kids.length === 1)
        return toExpr(kids[0], text, depth);
    const range = rangeOf(node);
    const src = () => text.slice(node.startIndex, node.endIndex);
    switch (type) {
        case 'expression':
            // `var.x.y[0]`: a variable_expr followed by get_attr / index siblings.
            return toTerm(kids, range, src(), text, depth);
        case 'variable_expr':
            return { kind: 'ref', root: src(), path: [], range, text: src() };
        case 'literal_value':
            return toLiteral(kids[0], range);
        case 'template_expr':
            return toTemplate(kids[0], range, src(), text, depth);
        case 'tuple':
            return { kind: 'tuple', items: kids.filter((k) => k.type === 'expression').map((k) => toExpr(k, text, depth)), range };
        case 'object':
            return {
                kind: 'object',
                entries: kids
                    .filter((k) => k.type === 'object_elem')
                    .map((k) => ({
                    key: objectKey(k.childForFieldName('key'), text, depth),
                    value: toExpr(k.childForFieldName('val'), text, depth),
                })),
                range,
            };
        case 'function_call': {
            const name = kids.find((k) => k.type === 'identifier')?.text ?? '';
            const args = kids
                .find((k) => k.type === 'function_arguments')
                ?.namedChildren.filter((k) => k?.type === 'expression')
                .map((k) => toExpr(k, text, depth)) ?? [];
            return { kind: 'call', name, args, range, text: src() };
        }
        case 'unary_operation': {
            const [operand] = operands(kids, text, depth);
            return { kind: 'unary', op: node.children[0]?.text ?? '', operand: operand, range, text: src() };
        }
        case 'binary_operation': {
            // The operator is the unnamed child between the operands: a parenthesised left operand comes
            // flat too, so its `(` is an unnamed child before it.
            const op = node.children.find((c) => c !== null && !c.isNamed && BINARY_OPERATORS.has(c.text))?.text ?? '';
            const [left, right] = operands(kids, text, depth);
            return { kind: 'binary', op, left: left, right: right, range, text: src() };
        }
        case 'conditional':
            return {
                kind: 'conditional',
                test: toExpr(kids[0], text, depth),
                then: toExpr(kids[1], text, depth),
                else: toExpr(kids[2], text, depth),
                range,
                text: src(),
            };
        case 'for_expr':
            return { kind: 'other', what: 'a for expression', range, text: src() };
        default:
            return { kind: 'other', what: `a ${type.replace(/_/g, ' ')}`, range, text: src() };
    }
}
const BINARY_OPERATORS = new Set(['==', '!=', '<', '>', '<=', '>=', '+', '-', '*', '/', '%', '&&', '||']);
/** Attribute, index and splat nodes: they follow the term they apply to as its siblings. */
const POSTFIX = new Set(['get_attr', 'index', 'splat']);
/**
 * An operation's operands come flat, not wrapped one per operand: `var.env == "prod"` is
 * `variable_expr get_attr literal_value`. Each operand is a term with the postfix nodes after it;
 * read one at a time, `var` and `.env` would be two operands, and `var.env` a nameless reference.
 */
function operands(kids, text, depth) {
    const terms = [];
    for (const k of kids) {
        if (POSTFIX.has(k.type) && terms.length > 0)
            terms.at(-1).push(k);
        else
            terms.push([k]);
    }
    return terms.map((parts) => {
        if (parts.length === 1)
            return toExpr(parts[0], text, depth);
        const first = parts[0];
        const last = parts.at(-1);
        const range = { ...rangeOf(first), endLine: rangeOf(last).endLine, endColumn: rangeOf(last).endColumn };
        return toTerm(parts, range, text.slice(first.startIndex, last.endIndex), text, depth);
    });
}
/** A term and its postfix nodes: `var.x.y[0]` is a reference; anything else with a postfix is not read. */
function toTerm(kids, range, src, text, depth) {
    const head = kids[0];
    if (!head)
        return { kind: 'other', what: 'an empty expression', range, text: src };
    if (head.type === 'variable_expr') {
        const path = [];
        for (const k of kids.slice(1)) {
            if (k.type === 'get_attr')
                path.push(k.namedChildren[0]?.text ?? '');
            else if (k.type === 'index') {
                const inner = k.namedChildren[0];
                const e = inner?.namedChildren[0];
                const literal = e ? toExpr(e, text, depth) : undefined;
                if (literal?.kind === 'literal' && (typeof literal.value === 'number' || typeof literal.value === 'string'))
                    path.push(literal.value);
                else
                    return { kind: 'other', what: 'a computed index', range, text: src };
            }
            else
                return { kind: 'other', what: 'a splat expression', range, text: src };
        }
        return { kind: 'ref', root: head.text, path, range, text: src };
    }
    if (kids.length === 1)
        return toExpr(head, text, depth);
    return { kind: 'other', what: 'an attribute of a computed value', range, text: src };
}
/** An object key: a bare identifier is a string, like Terraform reads `{ a = 1 }`. */
function objectKey(node, text, depth) {
    const e = toExpr(node, text, depth);
    return e.kind === 'ref' && e.path.length === 0 ? { kind: 'literal', value: e.root, range: e.range } : e;
}
function toLiteral(node, range) {
    switch (node.type) {
        case 'numeric_lit':
            return { kind: 'literal', value: Number(node.text), range };
        case 'bool_lit':
            return { kind: 'literal', value: node.text === 'true', range };
        case 'null_lit':
            return { kind: 'literal', value: null, range };
        default:
            return { kind: 'literal', value: parse_unescape(node.namedChildren.find((c) => c?.type === 'template_literal')?.text ?? ''), range };
    }
}
function toTemplate(node, range, src, text, depth) {
    const parts = [];
    for (const k of node.namedChildren) {
        if (!k)
            continue;
        if (k.type === 'template_literal')
            parts.push(node.type === 'heredoc_template' ? k.text : parse_unescape(k.text));
        else if (k.type === 'template_interpolation') {
            const e = k.namedChildren.find((c) => c?.type === 'expression');
            if (e)
                parts.push(toExpr(e, text, depth));
        }
        else if (k.type === 'template_directive')
            return { kind: 'other', what: 'a template directive', range, text: src };
    }
    if (node.type === 'heredoc_template')
        parts.push('\n');
    return { kind: 'template', parts, range, text: src };
}
const ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** HCL's quoted-string escapes, and `$${` / `%%{` for a literal `${` / `%{`. */
function parse_unescape(raw) {
    return raw
        .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e) => e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : (ESCAPES[e] ?? e))
        .replace(/\$\$\{/g, '${')
        .replace(/%%\{/g, '%{');
}

// EXTERNAL MODULE: ./src/load/source-files.ts
var source_files = __webpack_require__(9745);
;// CONCATENATED MODULE: ./src/iac/terraform/module-scope.ts
/**
 * The values a Terraform module can know without running Terraform: variable defaults from every
 * .tf and .tf.json file of the folder, then terraform.tfvars, terraform.tfvars.json and
 * *.auto.tfvars[.json] in lexical order (Terraform's precedence, lowest first), and its locals.
 * Read once per folder and run. Environment variables and -var flags are not seen: a variable set
 * only there is unknown, which is said, never guessed.
 */








// Per process: a run reads each folder's scope once. Keyed so that a long-lived process (the
// action, tests) sees files added since (the folder's mtime) and edited since (the text).
const scopes = new Map();
const parsed = new Map();
/** Parses a .tf file once (its own check and its folder's scope share the result). */
function parseHclFile(path, text) {
    const hit = parsed.get(path);
    if (hit?.text === text)
        return hit.result;
    const result = parseHcl(text);
    parsed.set(path, { text, result });
    return result;
}
function moduleScope(dir) {
    let key = 0;
    try {
        key = (0,external_node_fs_.statSync)(dir).mtimeMs;
    }
    catch {
        return Promise.resolve(EMPTY_SCOPE);
    }
    const hit = scopes.get(dir);
    if (hit?.key === key)
        return hit.scope;
    // buildScope reports each file it cannot read; anything else still leaves a trace in the scope.
    const scope = buildScope(dir).catch((err) => ({
        ...EMPTY_SCOPE,
        unreadable: [{ file: (0,external_node_path_.basename)(dir), reason: err instanceof Error ? err.message : String(err) }],
    }));
    scopes.set(dir, { key, scope });
    return scope;
}
async function buildScope(dir) {
    // The files a module is (source-files.ts): what a commit's copy of the module holds is what is read here.
    const names = (0,external_node_fs_.readdirSync)(dir).filter(source_files/* isTerraformModuleFile */.n$).sort();
    const variables = new Map();
    const required = new Set();
    const locals = new Map();
    const unreadable = [];
    const read = (name) => {
        const r = readText((0,external_node_path_.join)(dir, name));
        if (typeof r === 'string')
            return r;
        unreadable.push({ file: name, reason: r.problem });
        return undefined;
    };
    const unparsed = (name, e) => unreadable.push({ file: name, reason: `${e.message} at ${name}:${e.line}:${e.column}` });
    for (const name of names) {
        const path = (0,external_node_path_.join)(dir, name);
        if (name.endsWith('.tf')) {
            const text = read(name);
            // Only files that declare variables or locals matter here; most do not, and are not parsed twice.
            if (text === undefined || !/^\s*(variable|locals)\b/m.test(text))
                continue;
            const p = await parseHclFile(path, text);
            if (p.ok)
                collect(p.file.body, name, variables, required, locals);
            else
                unparsed(name, p.error);
        }
        else if (name.endsWith('.tf.json')) {
            const data = readJson(read(name));
            const vars = module_scope_isObj(data) && module_scope_isObj(data.variable) ? data.variable : {};
            for (const [k, v] of Object.entries(vars)) {
                if (module_scope_isObj(v) && 'default' in v)
                    variables.set(k, { value: v.default, where: `default in ${name}` });
                else
                    required.add(k);
            }
            const ls = module_scope_isObj(data) && module_scope_isObj(data.locals) ? data.locals : {};
            for (const [k, v] of Object.entries(ls))
                if (typeof v !== 'string' || !v.includes('${'))
                    locals.set(k, { value: v, where: name });
        }
    }
    // tfvars override defaults in Terraform's order.
    const tfvars = ['terraform.tfvars', 'terraform.tfvars.json', ...names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n))];
    for (const name of tfvars) {
        if (!names.includes(name))
            continue;
        const path = (0,external_node_path_.join)(dir, name);
        if (name.endsWith('.json')) {
            const data = readJson(read(name));
            if (module_scope_isObj(data))
                for (const [k, v] of Object.entries(data))
                    setVar(variables, required, k, { value: v, where: `set in ${name}` });
            continue;
        }
        const text = read(name);
        if (text === undefined)
            continue;
        const p = await parseHclFile(path, text);
        if (!p.ok) {
            unparsed(name, p.error);
            continue;
        }
        for (const a of p.file.body.attributes) {
            const v = evaluate(a.expr, EMPTY_SCOPE);
            if (v.known)
                setVar(variables, required, a.name, { value: v.value, where: `set in ${name}:${a.range.line}` });
        }
    }
    return { variables, required, locals, ...(unreadable.length ? { unreadable } : {}) };
}
function setVar(variables, required, name, source) {
    variables.set(name, source);
    required.delete(name);
}
function collect(body, file, variables, required, locals) {
    for (const b of body.blocks) {
        if (b.type === 'variable' && b.labels[0]) {
            const def = b.body.attributes.find((a) => a.name === 'default');
            if (def)
                variables.set(b.labels[0], { expr: def.expr, where: `default in ${(0,external_node_path_.basename)(file)}:${def.range.line}` });
            else
                required.add(b.labels[0]);
        }
        else if (b.type === 'locals') {
            for (const a of b.body.attributes)
                locals.set(a.name, { expr: a.expr, where: `${(0,external_node_path_.basename)(file)}:${a.range.line}` });
        }
    }
}
/** A module file's text, or why not: only regular files (a FIFO would block) within the size limit. */
function readText(path) {
    try {
        const info = (0,external_node_fs_.statSync)(path);
        if (!info.isFile())
            return { problem: 'it is not a regular file' };
        if (info.size > limits/* MAX_FILE_BYTES */.gZ)
            return { problem: `it is over the ${limits/* MAX_FILE_BYTES */.gZ / 1024 / 1024} MiB limit` };
        return (0,external_node_fs_.readFileSync)(path).toString('utf8');
    }
    catch (err) {
        return { problem: (0,read/* describeIoError */.Q)(err) };
    }
}
/**
 * One finding on a file whose module has files that could not be read: its variables and locals
 * may be declared there, so values from them are unknown and the reason is not to be hidden.
 */
function unreadableFinding(scope, self) {
    const others = (scope.unreadable ?? []).filter((u) => u.file !== (0,external_node_path_.basename)(self));
    if (others.length === 0)
        return [];
    const list = others.map((u) => `${u.file} (${u.reason})`).join('; ');
    return [
        {
            ruleId: file_rules/* IAC_UNKNOWN */.rH.id,
            severity: file_rules/* IAC_UNKNOWN */.rH.defaultSeverity,
            pointer: '',
            message: `variables and locals in ${others.length === 1 ? 'a file' : `${others.length} files`} of this module could not be read: ${list}`,
            hint: 'values declared there are unknown; fix or remove the file.',
        },
    ];
}
function readJson(text) {
    try {
        return text === undefined ? undefined : JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function module_scope_isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// EXTERNAL MODULE: ./src/workspace/workspace.ts
var workspace = __webpack_require__(8568);
;// CONCATENATED MODULE: ./src/iac/terraform/plan-units.ts
/**
 * A Terraform plan as JSON (`terraform show -json plan.out`; spec iac-lifecycle §5): the planned
 * values of every lifecycle resource to be created or updated, exact except where `after_unknown`
 * says a value is known only after apply. The plan has no file positions; findings point at the
 * value in the plan, and are moved to the .tf source when the module's files are beside it
 * (plan-sources.ts).
 */



const plan_units_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function isPlan(data) {
    return plan_units_isObj(data) && typeof data.format_version === 'string' && ('planned_values' in data || 'resource_changes' in data);
}
function planUnits(data) {
    const version = String(data.format_version);
    if (!/^1\./.test(version)) {
        return {
            units: [],
            findings: [
                {
                    ruleId: file_rules/* IAC_INVALID */.Ci.id,
                    severity: 'error',
                    pointer: '/format_version',
                    message: `plan JSON format_version ${version} is not supported; lifeguard reads format 1.x (terraform show -json of Terraform 0.12 and later).`,
                },
            ],
        };
    }
    const units = [];
    const changes = Array.isArray(data.resource_changes) ? data.resource_changes : [];
    changes.forEach((rc, i) => {
        if (!plan_units_isObj(rc) || rc.mode !== 'managed' || (rc.type !== LIFECYCLE_CONFIGURATION && rc.type !== BUCKET))
            return;
        const change = plan_units_isObj(rc.change) ? rc.change : {};
        const actions = Array.isArray(change.actions) ? change.actions : [];
        // Nothing is sent for a resource left alone, deleted or only read.
        if (!actions.some((a) => a === 'create' || a === 'update'))
            return;
        if (!plan_units_isObj(change.after))
            return;
        const moduleAddress = typeof rc.module_address === 'string' ? rc.module_address : '';
        const type = String(rc.type);
        const name = String(rc.name);
        const values = withUnknowns(change.after, change.after_unknown);
        if (type === LIFECYCLE_CONFIGURATION &&
            !configured(data.configuration, moduleAddress, `${type}.${name}`, 'transition_default_minimum_object_size')) {
            // Planned by the provider's default, not written by the configuration: judged as unset (ADR 0160).
            delete values.transition_default_minimum_object_size;
        }
        const after = `/resource_changes/${i}/change/after`;
        const block = blockFromData(values, after, LIFECYCLE_BLOCK_TYPES, (raw, pointer) => raw === UNKNOWN ? { known: false, reason: 'known only after apply', pointer } : { known: true, value: raw, pointer });
        const address = typeof rc.address === 'string' ? rc.address : `${type}.${name}`;
        const unit = type === LIFECYCLE_CONFIGURATION ? fromLifecycleConfiguration(block, address, address) : fromLegacyBucket(block, address, address);
        if (unit)
            units.push({ unit, moduleAddress, type, name, after, values });
    });
    return { units, findings: [] };
}
/** `after` with every value that `after_unknown` marks replaced by UNKNOWN (the plan omits them). */
function withUnknowns(after, unknown) {
    if (unknown === true)
        return UNKNOWN;
    if (Array.isArray(unknown)) {
        const list = Array.isArray(after) ? [...after] : [];
        unknown.forEach((u, i) => {
            if (u !== false)
                list[i] = withUnknowns(list[i], u);
        });
        return list;
    }
    if (plan_units_isObj(unknown)) {
        const out = plan_units_isObj(after) ? { ...after } : {};
        for (const [k, u] of Object.entries(unknown))
            if (u !== false)
                out[k] = withUnknowns(out[k], u);
        return out;
    }
    return after;
}
/** The configuration block of a module (`module.a.module.b`) in the plan's `configuration`. */
function moduleConfig(configuration, moduleAddress) {
    let mod = plan_units_isObj(configuration) && plan_units_isObj(configuration.root_module) ? configuration.root_module : undefined;
    const names = moduleAddress
        ? moduleAddress
            .split('.')
            .filter((_, i) => i % 2 === 1)
            .map((n) => n.replace(/\[.*\]$/, ''))
        : [];
    for (const n of names) {
        const call = plan_units_isObj(mod?.module_calls) ? mod.module_calls[n] : undefined;
        mod = plan_units_isObj(call) && plan_units_isObj(call.module) ? call.module : undefined;
    }
    return mod;
}
function configured(configuration, moduleAddress, address, attribute) {
    const mod = moduleConfig(configuration, moduleAddress);
    // Without a configuration section the planned value is all there is.
    if (!mod)
        return true;
    const resource = (Array.isArray(mod.resources) ? mod.resources : []).find((r) => plan_units_isObj(r) && r.address === address);
    if (!plan_units_isObj(resource))
        return true;
    return plan_units_isObj(resource.expressions) && attribute in resource.expressions;
}

;// CONCATENATED MODULE: ./src/iac/terraform/plan-sources.ts
/**
 * From a plan's value to the .tf line that wrote it, when the module's files sit beside the plan:
 * the module address gives the folder (the root is the plan's folder; a local `source` is followed
 * from its caller), the resource block gives the file, `rule` blocks keep their order, and
 * `transition` blocks (a set, reordered in the plan) are matched by value.
 */







const plan_sources_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const SETS = {
    transition: ['storage_class', 'days', 'date'],
    noncurrent_version_transition: ['storage_class', 'noncurrent_days', 'newer_noncurrent_versions'],
};
async function planSourceMap(planPath, planDisplay, plan, pu) {
    const dir = moduleDir((0,external_node_path_.dirname)(planPath), plan.configuration, pu.moduleAddress);
    // A plan is data: its module sources are followed only inside the plan's repository, and its
    // names only when they are names (they go into a pattern).
    if (!dir || !insideRepository((0,external_node_path_.dirname)(planPath), dir) || !/^[\w-]+$/.test(pu.type) || !/^[\w-]+$/.test(pu.name))
        return undefined;
    const found = findResourceFile(dir, pu.type, pu.name);
    if (!found)
        return undefined;
    const parsed = await parseHclFile(found.path, found.text);
    if (!parsed.ok)
        return undefined;
    const block = parsed.file.body.blocks.find((b) => b.type === 'resource' && b.labels[0] === pu.type && b.labels[1] === pu.name);
    if (!block)
        return undefined;
    const display = (0,external_node_path_.join)((0,external_node_path_.dirname)(planDisplay), (0,external_node_path_.relative)((0,external_node_path_.dirname)(planPath), found.path))
        .split('\\')
        .join('/');
    const doc = hclDocument(display, found.text, parsed.file);
    const source = toTfBlock(block.body, blockPointer('resource', [pu.type, pu.name]), await moduleScope(dir));
    return {
        doc,
        map: (p) => (p.startsWith(pu.after) ? mapPath(source, pu.values, p.slice(pu.after.length).split('/').slice(1)) : undefined),
    };
}
function insideRepository(from, dir) {
    const root = (0,workspace/* repositoryRoot */.H)(from);
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(dir);
    }
    catch {
        return false;
    }
    const rel = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(root), real);
    return rel === '' || !(rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel));
}
function moduleDir(root, configuration, moduleAddress) {
    if (!moduleAddress)
        return root;
    const parts = moduleAddress.split('.');
    let dir = root;
    for (let i = 1; i < parts.length; i += 2) {
        const parent = moduleConfig(configuration, parts.slice(0, i - 1).join('.'));
        const call = plan_sources_isObj(parent?.module_calls) ? parent.module_calls[parts[i].replace(/\[.*\]$/, '')] : undefined;
        const source = plan_sources_isObj(call) && typeof call.source === 'string' ? call.source : undefined;
        // Registry and git modules live under .terraform/modules; only local sources are followed.
        if (!source || !/^\.\.?\//.test(source))
            return undefined;
        dir = (0,external_node_path_.join)(dir, source);
    }
    return dir;
}
function findResourceFile(dir, type, name) {
    const pattern = new RegExp(`resource\\s+"${type}"\\s+"${name}"`);
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir)
            .filter((n) => n.endsWith('.tf'))
            .sort();
    }
    catch {
        return undefined;
    }
    for (const n of names) {
        // Only regular files within the size limit: a directory, a dangling link or a FIFO named *.tf is skipped.
        const text = readText((0,external_node_path_.join)(dir, n));
        if (typeof text === 'string' && pattern.test(text))
            return { path: (0,external_node_path_.join)(dir, n), text };
    }
    return undefined;
}
function mapPath(block, values, segments) {
    const [name, index, ...rest] = segments;
    if (name === undefined)
        return block.pointer;
    const planned = plan_sources_isObj(values) ? values[name] : undefined;
    if (index === undefined || !/^\d+$/.test(index) || !Array.isArray(planned))
        return block.attrs.has(name) ? `${block.pointer}/${name}` : block.pointer;
    const list = block.blocks.get(name);
    if (!list)
        return block.pointer;
    const element = planned[Number(index)];
    const keys = SETS[name];
    const j = keys ? list.findIndex((b) => keys.every((k) => same(b, k, plan_sources_isObj(element) ? element[k] : undefined))) : Number(index);
    const target = list[j];
    return target ? mapPath(target, element, rest) : block.pointer;
}
/** A source attribute equals a planned value (an unset attribute matches a null or zero default). */
function same(b, key, planned) {
    const v = b.attrs.get(key);
    if (!v)
        return planned === null || planned === undefined || planned === 0;
    if (!v.known)
        return true;
    return String(v.value) === String(planned);
}

;// CONCATENATED MODULE: ./src/iac/source.ts
/**
 * Infrastructure-as-code files to lifecycle units, whatever their format: `.tf` (HCL), `.tf.json`,
 * a plan's JSON, a CloudFormation or CDK template. The one entry the check and the targets use; it
 * is imported lazily, so a run that meets only lifecycle JSON never loads it (ADR 0161).
 */
















const source_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * A `.tf` file: read, parsed with positions, evaluated in its folder's scope. With `skipUnrelated`
 * (files found in a folder), a file that never names an S3 bucket resource is not even parsed: most
 * .tf files of a repository are about something else.
 */
async function readTerraform(path, display, skipUnrelated = false) {
    let bytes;
    try {
        const info = (0,external_node_fs_.statSync)(path);
        // A FIFO or device named *.tf would block the read (the JSON loader says the same).
        if (!info.isFile())
            return { ok: false, kind: 'io', problem: { message: `${display} is not a regular file`, line: 1, column: 1 } };
        if (info.size > limits/* MAX_FILE_BYTES */.gZ) {
            return {
                ok: false,
                kind: 'content',
                problem: { message: `the file is over the ${limits/* MAX_FILE_BYTES */.gZ / 1024 / 1024} MiB limit`, line: 1, column: 1 },
            };
        }
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (err) {
        return { ok: false, kind: 'io', problem: { message: (0,read/* describeIoError */.Q)(err), line: 1, column: 1 } };
    }
    const decoded = (0,decode/* decodeUtf8 */._)(bytes);
    if (!decoded.ok)
        return { ok: false, kind: 'content', problem: decoded.problem };
    if (skipUnrelated && !decoded.text.includes('aws_s3_bucket')) {
        return {
            ok: true,
            source: {
                kind: 'terraform',
                doc: hclDocument(display, decoded.text, { body: { attributes: [], blocks: [] } }),
                units: [],
                findings: [],
                documents: [],
            },
        };
    }
    const parsed = await parseHclFile(path, decoded.text);
    if (!parsed.ok)
        return { ok: false, kind: 'content', problem: parsed.error };
    const scope = await moduleScope((0,external_node_path_.dirname)(path));
    const units = hclUnits(parsed.file, scope);
    return {
        ok: true,
        source: {
            kind: 'terraform',
            doc: hclDocument(display, decoded.text, parsed.file),
            units,
            findings: units.length > 0 ? unreadableFinding(scope, path) : [],
            documents: [],
        },
    };
}
/** A JSON or YAML document that detect.ts recognised as Terraform JSON, a plan or a template. */
async function fromDocument(path, doc, kind) {
    if (kind === 'terraform-json') {
        const scope = await moduleScope((0,external_node_path_.dirname)(path));
        const units = tfJsonUnits(doc.data, scope);
        return { kind, doc, units, findings: units.length > 0 ? unreadableFinding(scope, path) : [], documents: [] };
    }
    if (kind === 'terraform-plan') {
        const plan = doc.data;
        const { units, findings } = planUnits(plan);
        const documents = [];
        const relocate = await Promise.all(units.map(async (pu) => {
            const map = await planSourceMap(path, doc.file, plan, pu);
            if (!map)
                return (f) => f;
            documents.push(map.doc);
            return (f) => {
                const to = f.file === doc.file ? map.map(f.pointer) : undefined;
                return to ? { ...f, file: map.doc.file, pointer: to } : f;
            };
        }));
        return { kind, doc, units: units.map((u) => u.unit), findings, documents, relocate };
    }
    // Short forms (`!Ref`) survive only in the YAML tree: read them again as long forms.
    const data = doc.format === 'yaml' && /(^|[\s:[,-])!\w/m.test(doc.text) ? cfnYamlData(doc.text) : doc.data;
    const { units, findings } = templateUnits(source_isObj(data) ? data : {}, (name) => doc.locate(`/Parameters/${name.replace(/~/g, '~0').replace(/\//g, '~1')}/Default`).line);
    return { kind, doc, units, findings, documents: [] };
}
/** `targets`: those naming this file; each unit is linted with the ones naming its resource. */
function lintIac(source, severities, targets = []) {
    const file = source.doc.file;
    const out = [];
    source.units.forEach((unit, i) => {
        const move = source.relocate?.[i] ?? ((f) => f);
        const own = (0,target_sources/* targetsOfResource */.M)(targets, unit.address, source.units.length === 1);
        for (const f of (0,lint_units/* lintUnits */.f)(file, [unit], { severities, targets: own }))
            out.push(move(f));
    });
    for (const f of source.findings) {
        const severity = (0,lint_severity/* severityFor */.v)(undefined, f.severity, severities[f.ruleId]);
        if (!severity)
            continue;
        out.push({ ruleId: f.ruleId, severity, message: f.message, file, pointer: f.pointer, ...(f.hint ? { hint: f.hint } : {}) });
    }
    return out;
}


/***/ })

};
