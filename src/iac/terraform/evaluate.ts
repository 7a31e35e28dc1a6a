/**
 * What can be known about a Terraform expression before `terraform plan` (spec iac-lifecycle §4):
 * literals, variables with a literal default or a tfvars value, locals built from those, and a few
 * pure functions. Everything else is unknown, with a reason a person can act on; nothing is guessed.
 */
import { MAX_EVAL_STRING, MAX_EVAL_UNITS } from '../../load/limits.js';
import { exprText, type Expr } from '../hcl/syntax.js';

export type Evaluated = { known: true; value: unknown; via?: string } | { known: false; reason: string };

export interface VariableSource {
  /** Literal value (tfvars, JSON default) or an expression (HCL default). */
  value?: unknown;
  expr?: Expr;
  /** "default in variables.tf:3" or "terraform.tfvars:2". */
  where: string;
}

export interface LocalSource {
  expr?: Expr;
  value?: unknown;
  where: string;
}

export interface Scope {
  variables: ReadonlyMap<string, VariableSource>;
  /** Variables declared without a default (and not set by a tfvars file). */
  required: ReadonlySet<string>;
  locals: ReadonlyMap<string, LocalSource>;
  /** Files of the module that could not be read, so that a missing declaration says why. */
  unreadable?: ReadonlyArray<{ file: string; reason: string }>;
}

export const EMPTY_SCOPE: Scope = { variables: new Map(), required: new Set(), locals: new Map() };

const known = (value: unknown, via?: string): Evaluated => (via ? { known: true, value, via } : { known: true, value });
const unknown = (reason: string): Evaluated => ({ known: false, reason });

/**
 * What the evaluations of one file may still build (MAX_EVAL_UNITS, ADR 0198): shared by all its
 * attributes, so that locals fanning out (`a = [local.b, local.b]`) or many attributes naming one
 * big local cost linear time and bounded memory. `exhaustedAt` is where it first ran out.
 */
export interface EvalBudget {
  left: number;
  exhaustedAt?: string;
}

export const newBudget = (): EvalBudget => ({ left: MAX_EVAL_UNITS });

export const BUDGET_REASON = `this file's expressions build more than ${MAX_EVAL_UNITS.toLocaleString('en-US')} units of values, lifeguard's limit`;
const budgetSpent = (b: EvalBudget): boolean => b.left < 0;

/** Steps one top-level evaluation may take: a reference cycle or a deep chain of locals stays short. */
const MAX_STEPS = 10_000;
interface Context {
  budget: EvalBudget;
  steps: number;
}

/** Known values of locals and variables, per module scope: one named a thousand times is evaluated once. */
const memo = new WeakMap<ReadonlyMap<string, unknown>, Map<string, Extract<Evaluated, { known: true }>>>();
const NO_LOCALS: Scope['locals'] = new Map();

/** Units of a value (see MAX_EVAL_UNITS), counted without recursion and only up to `cap`. */
export function unitsOf(value: unknown, cap: number): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && n <= cap) {
    const v = stack.pop();
    if (typeof v === 'string') n += Math.max(1, v.length);
    else {
      n += 1;
      if (Array.isArray(v)) for (const x of v) stack.push(x);
      else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) stack.push(x);
    }
  }
  return n;
}

/** Takes `units` from the budget; false when it is spent. */
function charge(ctx: Context, units: number): boolean {
  ctx.budget.left -= units;
  return !budgetSpent(ctx.budget);
}

/** Charges a value that is handed out again (the part of a local or variable a reference names): whoever reads it walks it all. */
function chargeValue(ctx: Context, v: Evaluated): Evaluated {
  if (!v.known) return v;
  return charge(ctx, unitsOf(v.value, ctx.budget.left + 1)) ? v : unknown(BUDGET_REASON);
}

export function evaluate(e: Expr, scope: Scope, budget: EvalBudget = newBudget()): Evaluated {
  return ev(e, scope, { budget, steps: 0 }, 0);
}

function ev(e: Expr, scope: Scope, ctx: Context, depth: number): Evaluated {
  if (budgetSpent(ctx.budget)) return unknown(BUDGET_REASON);
  if (++ctx.steps > MAX_STEPS) return unknown(`${exprText(e)} takes too many steps to evaluate`);
  if (depth > 32) return unknown(`${exprText(e)} nests references more than 32 deep`);
  const sub = (x: Expr) => ev(x, scope, ctx, depth + 1);
  switch (e.kind) {
    case 'literal':
      // Written in the file: bounded by its size, one unit whatever its length.
      return charge(ctx, 1) ? known(e.value) : unknown(BUDGET_REASON);
    case 'template': {
      // "${var.x}" alone keeps the variable's type, as Terraform does.
      if (e.parts.length === 1 && typeof e.parts[0] !== 'string') return sub(e.parts[0]!);
      const pieces: string[] = [];
      let length = 0;
      let via: string | undefined;
      for (const p of e.parts) {
        let piece: string;
        if (typeof p === 'string') piece = p;
        else {
          const v = sub(p);
          if (!v.known) return v;
          if (v.value === null || typeof v.value === 'object') return unknown(`${exprText(e)} interpolates a value that is not a string`);
          piece = String(v.value);
          via ??= v.via;
        }
        length += piece.length;
        if (length > MAX_EVAL_STRING)
          return unknown(`${exprText(e)} builds a string longer than ${MAX_EVAL_STRING.toLocaleString('en-US')} characters`);
        pieces.push(piece);
      }
      return charge(ctx, Math.max(1, length)) ? known(pieces.join(''), via) : unknown(BUDGET_REASON);
    }
    case 'ref':
      return reference(e, scope, ctx, depth);
    case 'tuple': {
      const items: unknown[] = [];
      for (const i of e.items) {
        const v = sub(i);
        if (!v.known) return v;
        items.push(v.value);
      }
      return charge(ctx, 1) ? known(items) : unknown(BUDGET_REASON);
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const { key, value } of e.entries) {
        const k = sub(key);
        if (!k.known) return k;
        const v = sub(value);
        if (!v.known) return v;
        out[String(k.value)] = v.value;
      }
      return charge(ctx, 1) ? known(out) : unknown(BUDGET_REASON);
    }
    case 'unary': {
      const v = sub(e.operand);
      if (!v.known) return v;
      if (e.op === '-' && typeof v.value === 'number') return known(-v.value, v.via);
      if (e.op === '!' && typeof v.value === 'boolean') return known(!v.value, v.via);
      return unknown(`${exprText(e)} is not a number or a boolean`);
    }
    case 'binary':
      return binary(e.op, sub(e.left), sub(e.right), exprText(e));
    case 'conditional': {
      const t = sub(e.test);
      if (!t.known) return t;
      return t.value === true ? sub(e.then) : t.value === false ? sub(e.else) : unknown(`the condition of ${exprText(e)} is not a boolean`);
    }
    case 'call':
      return call(e, scope, ctx, depth);
    case 'other':
      return unknown(`${exprText(e)} (${e.what})`);
  }
}

function reference(e: Extract<Expr, { kind: 'ref' }>, scope: Scope, ctx: Context, depth: number): Evaluated {
  const [first, ...rest] = e.path;
  const name = String(first ?? '');
  if (e.root === 'var') {
    const v = scope.variables.get(name);
    if (!v) {
      return unknown(
        scope.required.has(name)
          ? `var.${name} has no default; its value comes from the caller, a tfvars file or -var`
          : `var.${name} is not declared in this module${unreadNote(scope)}`,
      );
    }
    const value = v.expr ? once(scope.variables, name, () => ev(v.expr!, { ...scope, locals: NO_LOCALS }, ctx, depth + 1)) : known(v.value);
    if (!value.known) return value;
    // What the reader walks is the part it names (local.teams.a.days), not the whole value.
    return chargeValue(ctx, dig(value.value, rest, `var.${name}`, `var.${name}, ${v.where}`));
  }
  if (e.root === 'local') {
    const l = scope.locals.get(name);
    if (!l) return unknown(`local.${name} is not defined in this module${unreadNote(scope)}`);
    const value = once(scope.locals, name, () => (l.expr ? ev(l.expr, scope, ctx, depth + 1) : known(l.value)));
    if (!value.known) return value;
    return chargeValue(ctx, dig(value.value, rest, `local.${name}`, value.via ?? `local.${name}, ${l.where}`));
  }
  if (e.root === 'module') return unknown(`${e.text} is a module output, known at plan`);
  if (e.root === 'data') return unknown(`${e.text} comes from a data source, read at plan`);
  if (e.root === 'each' || e.root === 'count') return unknown(`${e.text} differs per instance (for_each or count)`);
  if (e.root === 'path' || e.root === 'terraform') return unknown(`${e.text} is known only when Terraform runs`);
  if (e.path.length >= 2) return unknown(`${e.text} is an attribute of a resource, known after apply`);
  return unknown(`${e.text} is not something lifeguard can evaluate`);
}

/** A local's or variable's value, worked out once per module scope (known values only). */
function once(declared: ReadonlyMap<string, unknown>, name: string, work: () => Evaluated): Evaluated {
  let cache = memo.get(declared);
  const hit = cache?.get(name);
  if (hit) return hit;
  const value = work();
  if (value.known) {
    if (!cache) memo.set(declared, (cache = new Map()));
    cache.set(name, value);
  }
  return value;
}

/** A declaration may sit in a file of the module that could not be read: say so. */
function unreadNote(scope: Scope): string {
  const first = scope.unreadable?.[0];
  return first ? ` (${first.file} of this module could not be read: ${first.reason})` : '';
}

function dig(value: unknown, path: ReadonlyArray<string | number>, name: string, via: string): Evaluated {
  let v = value;
  for (const p of path) {
    if (Array.isArray(v) && typeof p === 'number') v = v[p];
    else if (v !== null && typeof v === 'object' && !Array.isArray(v)) v = (v as Record<string, unknown>)[String(p)];
    else return unknown(`${name} has no element ${String(p)}`);
    if (v === undefined) return unknown(`${name} has no element ${String(p)}`);
  }
  return known(v, via);
}

function binary(op: string, a: Evaluated, b: Evaluated, text: string): Evaluated {
  if (!a.known) return a;
  if (!b.known) return b;
  const via = a.via ?? b.via;
  const x = a.value;
  const y = b.value;
  if (op === '==') return known(JSON.stringify(x) === JSON.stringify(y), via);
  if (op === '!=') return known(JSON.stringify(x) !== JSON.stringify(y), via);
  if (op === '&&' || op === '||') {
    if (typeof x !== 'boolean' || typeof y !== 'boolean') return unknown(`${text} combines values that are not booleans`);
    return known(op === '&&' ? x && y : x || y, via);
  }
  const nx = typeof x === 'string' && x.trim() !== '' ? Number(x) : x;
  const ny = typeof y === 'string' && y.trim() !== '' ? Number(y) : y;
  if (typeof nx !== 'number' || typeof ny !== 'number' || Number.isNaN(nx) || Number.isNaN(ny))
    return unknown(`${text} is arithmetic on values that are not numbers`);
  const ops: Record<string, (p: number, q: number) => number | boolean> = {
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
const FUNCTIONS: Record<string, (args: unknown[]) => unknown> = {
  max: (a) => (a.every((x) => typeof x === 'number') ? Math.max(...(a as number[])) : undefined),
  min: (a) => (a.every((x) => typeof x === 'number') ? Math.min(...(a as number[])) : undefined),
  abs: ([x]) => (typeof x === 'number' ? Math.abs(x) : undefined),
  floor: ([x]) => (typeof x === 'number' ? Math.floor(x) : undefined),
  ceil: ([x]) => (typeof x === 'number' ? Math.ceil(x) : undefined),
  tonumber: ([x]) =>
    typeof x === 'number' ? x : typeof x === 'string' && x.trim() !== '' && !Number.isNaN(Number(x)) ? Number(x) : undefined,
  tostring: ([x]) => (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? String(x) : undefined),
  lower: ([x]) => (typeof x === 'string' ? x.toLowerCase() : undefined),
  upper: ([x]) => (typeof x === 'string' ? x.toUpperCase() : undefined),
  coalesce: (a) => a.find((x) => x !== null && x !== ''),
  lookup: ([m, k, d]) =>
    m !== null && typeof m === 'object' && typeof k === 'string' ? ((m as Record<string, unknown>)[k] ?? d) : undefined,
};

function call(e: Extract<Expr, { kind: 'call' }>, scope: Scope, ctx: Context, depth: number): Evaluated {
  if (e.name === 'try') {
    for (const a of e.args) {
      const v = ev(a, scope, ctx, depth + 1);
      if (v.known) return v;
    }
    return unknown(`${exprText(e)}: none of its arguments can be evaluated before plan`);
  }
  const f = FUNCTIONS[e.name];
  if (!f) return unknown(`${exprText(e)} calls ${e.name}(), which lifeguard does not evaluate`);
  const args: unknown[] = [];
  let via: string | undefined;
  for (const a of e.args) {
    const v = ev(a, scope, ctx, depth + 1);
    if (!v.known) return v;
    args.push(v.value);
    via ??= v.via;
  }
  const out = f(args);
  if (out === undefined) return unknown(`${exprText(e)} cannot be evaluated with these arguments`);
  // lookup() and coalesce() hand out an argument again: counted like a reference.
  return chargeValue(ctx, known(out, via));
}
