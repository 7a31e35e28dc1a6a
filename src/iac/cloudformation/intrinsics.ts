/**
 * CloudFormation intrinsic functions, evaluated as far as a template alone allows (spec
 * iac-lifecycle §6.2): `Ref` to a parameter's Default, `AWS::NoValue`, `Fn::If` on conditions of
 * known parameters, `Fn::FindInMap` with known keys, `Fn::Sub`, `Fn::Join`, `Fn::Select`. Pseudo
 * parameters, resources, imports and parameters without a default are unknown.
 */
import { MAX_EVAL_STRING } from '../../load/limits.js';

export const NO_VALUE = Symbol('AWS::NoValue');

/**
 * `settled`: the reason is complete as it stands (a cycle, a condition already named, a bound), so a
 * condition that depends on it passes it on instead of wrapping it again. `outOfSteps`: the
 * template's step budget is spent; nothing more is evaluated. `tooDeep`: the depth bound was reached
 * here (the same condition may be known where it is named less deep).
 */
export type CfnValue =
  { known: true; value: unknown; via?: string } | { known: false; reason: string; settled?: true; outOfSteps?: true; tooDeep?: true };

/** How deep intrinsic functions and the conditions they name may nest. */
export const MAX_INTRINSIC_DEPTH = 32;
/** Steps one template may spend on intrinsic functions (ADR 0195). */
export const MAX_INTRINSIC_STEPS = 1_000_000;
/** The longest string Fn::Sub or Fn::Join may build, in characters: the bound of Terraform's templates too (ADR 0195). */
export const MAX_BUILT_STRING = MAX_EVAL_STRING;
/** Characters an intrinsic builds per step of the budget. */
const CHARS_PER_STEP = 100;

export interface TemplateContext {
  parameters: Record<string, unknown>;
  conditions: Record<string, unknown>;
  mappings: Record<string, unknown>;
  /** 1-based line of a parameter's Default, for messages. */
  defaultLine(name: string): number | undefined;
  /** Per template: steps spent, each condition's value once known, the conditions being evaluated. */
  steps: number;
  memo: Map<string, CfnValue>;
  evaluating: string[];
}

export function templateContext(parts: Pick<TemplateContext, 'parameters' | 'conditions' | 'mappings' | 'defaultLine'>): TemplateContext {
  return { ...parts, steps: 0, memo: new Map(), evaluating: [] };
}

const OUT_OF_STEPS: CfnValue = {
  known: false,
  reason: `evaluating the template's intrinsic functions takes more than ${MAX_INTRINSIC_STEPS.toLocaleString('en-US')} steps, lifeguard's bound`,
  settled: true,
  outOfSteps: true,
};
const own = (o: Record<string, unknown>, k: string) => Object.prototype.hasOwnProperty.call(o, k);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The one key of an intrinsic (`Ref`, `Fn::If`, `Condition`), or undefined for a plain object. */
export function intrinsic(v: unknown): [string, unknown] | undefined {
  if (!isObj(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length !== 1) return undefined;
  const k = keys[0]!;
  return k === 'Ref' || k === 'Condition' || k.startsWith('Fn::') ? [k, v[k]] : undefined;
}

export function evaluateCfn(v: unknown, ctx: TemplateContext, depth = 0): CfnValue {
  if (++ctx.steps > MAX_INTRINSIC_STEPS) return OUT_OF_STEPS;
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
      const out: unknown[] = [];
      for (const item of v) {
        const e = evaluateCfn(item, ctx, depth + 1);
        if (!e.known) return e;
        if (e.value !== NO_VALUE) out.push(e.value);
      }
      return { known: true, value: out };
    }
    if (isObj(v)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const e = evaluateCfn(x, ctx, depth + 1);
        if (!e.known) return e;
        if (e.value !== NO_VALUE) out[k] = e.value;
      }
      return { known: true, value: out };
    }
    return { known: true, value: v };
  }
  const [fn, arg] = call;
  const sub = (x: unknown) => evaluateCfn(x, ctx, depth + 1);
  switch (fn) {
    case 'Ref':
      return ref(String(arg), ctx);
    case 'Fn::If': {
      if (!Array.isArray(arg) || arg.length !== 3)
        return { known: false, reason: 'Fn::If needs [condition, value if true, value if false]' };
      const c = condition(String(arg[0]), ctx, depth);
      if (!c.known) return c;
      return sub(c.value ? arg[1] : arg[2]);
    }
    case 'Condition':
      return condition(String(arg), ctx, depth);
    case 'Fn::Equals':
    case 'Fn::Not':
    case 'Fn::And':
    case 'Fn::Or': {
      if (!Array.isArray(arg)) return { known: false, reason: `${fn} needs a list` };
      const parts: unknown[] = [];
      for (const a of arg) {
        const e = sub(a);
        if (!e.known) return e;
        parts.push(e.value);
      }
      if (fn === 'Fn::Equals') return { known: true, value: String(parts[0]) === String(parts[1]) };
      if (fn === 'Fn::Not') return { known: true, value: parts[0] !== true };
      return { known: true, value: fn === 'Fn::And' ? parts.every((p) => p === true) : parts.some((p) => p === true) };
    }
    case 'Fn::FindInMap': {
      if (!Array.isArray(arg) || arg.length < 3) return { known: false, reason: 'Fn::FindInMap needs [map, key, key]' };
      const keys: string[] = [];
      for (const a of arg.slice(0, 3)) {
        const e = sub(a);
        if (!e.known) return e;
        keys.push(String(e.value));
      }
      let found: unknown = ctx.mappings;
      for (const k of keys) found = isObj(found) && own(found, k) ? found[k] : undefined;
      return found === undefined
        ? { known: false, reason: `Fn::FindInMap finds no ${keys.join('/')} in Mappings` }
        : { known: true, value: found };
    }
    case 'Fn::Sub': {
      const [template, vars] = Array.isArray(arg) ? [arg[0], arg[1]] : [arg, undefined];
      if (typeof template !== 'string') return { known: false, reason: 'Fn::Sub needs a string' };
      // Each variable is evaluated once, however often the string names it.
      const seen = new Map<string, CfnValue>();
      const out: Built = { parts: [], length: 0 };
      let last = 0;
      for (const m of template.matchAll(/\$\{([^!}][^}]*)\}/g)) {
        const name = m[1]!;
        let local = seen.get(name);
        if (!local) seen.set(name, (local = isObj(vars) && own(vars, name) ? sub(vars[name]) : ref(name, ctx)));
        if (!local.known) return local;
        const text = scalarText(local.value, 'Fn::Sub');
        if (typeof text !== 'string') return text;
        const failed =
          append(out, template.slice(last, m.index).replace(/\$\{!/g, '${'), ctx, 'Fn::Sub') ?? append(out, text, ctx, 'Fn::Sub');
        if (failed) return failed;
        last = m.index + m[0].length;
      }
      return append(out, template.slice(last).replace(/\$\{!/g, '${'), ctx, 'Fn::Sub') ?? { known: true, value: out.parts.join('') };
    }
    case 'Fn::Join': {
      if (!Array.isArray(arg) || arg.length !== 2) return { known: false, reason: 'Fn::Join needs [delimiter, list]' };
      const list = sub(arg[1]);
      if (!list.known) return list;
      if (!Array.isArray(list.value)) return { known: false, reason: 'Fn::Join needs a list' };
      const out: Built = { parts: [], length: 0 };
      for (const [i, item] of list.value.entries()) {
        const text = scalarText(item, 'Fn::Join');
        if (typeof text !== 'string') return text;
        const failed = (i ? append(out, String(arg[0]), ctx, 'Fn::Join') : undefined) ?? append(out, text, ctx, 'Fn::Join');
        if (failed) return failed;
      }
      return { known: true, value: out.parts.join('') };
    }
    case 'Fn::Select': {
      if (!Array.isArray(arg) || arg.length !== 2) return { known: false, reason: 'Fn::Select needs [index, list]' };
      const list = sub(arg[1]);
      if (!list.known) return list;
      return Array.isArray(list.value) && list.value[Number(arg[0])] !== undefined
        ? { known: true, value: list.value[Number(arg[0])] }
        : { known: false, reason: 'Fn::Select: no such element' };
    }
    default:
      return { known: false, reason: `${fn} is resolved by CloudFormation at deploy time` };
  }
}

function ref(name: string, ctx: TemplateContext): CfnValue {
  if (name === 'AWS::NoValue') return { known: true, value: NO_VALUE };
  if (name.startsWith('AWS::')) return { known: false, reason: `Ref ${name} is a pseudo parameter, known at deploy time` };
  const p = own(ctx.parameters, name) ? ctx.parameters[name] : undefined;
  if (isObj(p)) {
    if (!('Default' in p)) return { known: false, reason: `parameter ${name} has no Default; its value is given at deploy time` };
    const line = ctx.defaultLine(name);
    return { known: true, value: p.Default, via: `parameter ${name}, Default${line ? ` at line ${line}` : ''}` };
  }
  return { known: false, reason: `Ref ${name} names a resource, known at deploy time` };
}

function condition(name: string, ctx: TemplateContext, depth: number): CfnValue {
  if (!own(ctx.conditions, name)) return { known: false, reason: `condition ${name} is not defined` };
  const known = ctx.memo.get(name);
  if (known) return known;
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
  if (!e.known && (e.outOfSteps || e.tooDeep)) return e;
  const result: CfnValue = e.known
    ? { known: true, value: e.value === true }
    : e.settled
      ? e
      : { known: false, reason: `condition ${name} depends on a value known at deploy time (${e.reason})`, settled: true };
  // Remembered once evaluated, so a condition named many times is evaluated once (ADR 0195).
  ctx.memo.set(name, result);
  return result;
}

/** A value Fn::Sub or Fn::Join puts into its string: a string, number or boolean. */
function scalarText(v: unknown, fn: string): string | CfnValue {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return { known: false, reason: `${fn} puts a list or mapping into a string` };
}

interface Built {
  parts: string[];
  length: number;
}

/** Adds `text` to a string being built, charged to the step budget; past the string bound the value is unknown. */
function append(out: Built, text: string, ctx: TemplateContext, fn: string): CfnValue | undefined {
  out.length += text.length;
  if (out.length > MAX_BUILT_STRING)
    return {
      known: false,
      reason: `${fn} builds a string longer than ${MAX_BUILT_STRING.toLocaleString('en-US')} characters, lifeguard's bound`,
      settled: true,
    };
  ctx.steps += Math.ceil(text.length / CHARS_PER_STEP);
  if (ctx.steps > MAX_INTRINSIC_STEPS) return OUT_OF_STEPS;
  out.parts.push(text);
  return undefined;
}
