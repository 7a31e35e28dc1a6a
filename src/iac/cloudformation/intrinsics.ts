/**
 * CloudFormation intrinsic functions, evaluated as far as a template alone allows (spec
 * iac-lifecycle §6.2): `Ref` to a parameter's Default, `AWS::NoValue`, `Fn::If` on conditions of
 * known parameters, `Fn::FindInMap` with known keys, `Fn::Sub`, `Fn::Join`, `Fn::Select`. Pseudo
 * parameters, resources, imports and parameters without a default are unknown.
 */
export const NO_VALUE = Symbol('AWS::NoValue');

export type CfnValue = { known: true; value: unknown; via?: string } | { known: false; reason: string };

export interface TemplateContext {
  parameters: Record<string, unknown>;
  conditions: Record<string, unknown>;
  mappings: Record<string, unknown>;
  /** 1-based line of a parameter's Default, for messages. */
  defaultLine(name: string): number | undefined;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The one key of an intrinsic (`Ref`, `Fn::If`, `Condition`), or undefined for a plain object. */
function intrinsic(v: unknown): [string, unknown] | undefined {
  if (!isObj(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length !== 1) return undefined;
  const k = keys[0]!;
  return k === 'Ref' || k === 'Condition' || k.startsWith('Fn::') ? [k, v[k]] : undefined;
}

export function evaluateCfn(v: unknown, ctx: TemplateContext, depth = 0): CfnValue {
  if (depth > 32) return { known: false, reason: 'the intrinsic functions nest too deeply' };
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
      const found = (ctx.mappings[keys[0]!] as Record<string, Record<string, unknown>> | undefined)?.[keys[1]!]?.[keys[2]!];
      return found === undefined
        ? { known: false, reason: `Fn::FindInMap finds no ${keys.join('/')} in Mappings` }
        : { known: true, value: found };
    }
    case 'Fn::Sub': {
      const [template, vars] = Array.isArray(arg) ? [arg[0], arg[1]] : [arg, undefined];
      if (typeof template !== 'string') return { known: false, reason: 'Fn::Sub needs a string' };
      let failed: CfnValue | undefined;
      const out = template.replace(/\$\{([^!}][^}]*)\}/g, (_, name: string) => {
        const local = isObj(vars) && name in vars ? sub(vars[name]) : ref(name, ctx);
        if (!local.known) failed ??= local;
        return local.known ? String(local.value) : '';
      });
      return failed ?? { known: true, value: out.replace(/\$\{!/g, '${') };
    }
    case 'Fn::Join': {
      if (!Array.isArray(arg) || arg.length !== 2) return { known: false, reason: 'Fn::Join needs [delimiter, list]' };
      const list = sub(arg[1]);
      if (!list.known) return list;
      return Array.isArray(list.value)
        ? { known: true, value: list.value.map(String).join(String(arg[0])) }
        : { known: false, reason: 'Fn::Join needs a list' };
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
  const p = ctx.parameters[name];
  if (isObj(p)) {
    if (!('Default' in p)) return { known: false, reason: `parameter ${name} has no Default; its value is given at deploy time` };
    const line = ctx.defaultLine(name);
    return { known: true, value: p.Default, via: `parameter ${name}, Default${line ? ` at line ${line}` : ''}` };
  }
  return { known: false, reason: `Ref ${name} names a resource, known at deploy time` };
}

function condition(name: string, ctx: TemplateContext, depth: number): CfnValue {
  if (!(name in ctx.conditions)) return { known: false, reason: `condition ${name} is not defined` };
  const e = evaluateCfn(ctx.conditions[name], ctx, depth + 1);
  if (!e.known) return { known: false, reason: `condition ${name} depends on a value known at deploy time (${e.reason})` };
  return { known: true, value: e.value === true };
}
