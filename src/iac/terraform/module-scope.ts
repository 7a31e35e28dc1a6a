/**
 * The values a Terraform module can know without running Terraform: variable defaults from every
 * .tf and .tf.json file of the folder, then terraform.tfvars, terraform.tfvars.json and
 * *.auto.tfvars[.json] in lexical order (Terraform's precedence, lowest first), and its locals.
 * Read once per folder and run. Environment variables and -var flags are not seen: a variable set
 * only there is unknown, which is said, never guessed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { MAX_FILE_BYTES } from '../../load/limits.js';
import { parseHcl, type HclParsed } from '../hcl/parse.js';
import { isTerraformModuleFile } from '../../load/source-files.js';
import type { Body } from '../hcl/syntax.js';
import { IAC_UNKNOWN } from '../../lint/file-rules.js';
import { describeIoError } from '../../load/read.js';
import type { FrontEndFinding } from '../types.js';
import { EMPTY_SCOPE, evaluate, type Scope, type LocalSource, type VariableSource } from './evaluate.js';

// Per process: a run reads each folder's scope once. Keyed so that a long-lived process (the
// action, tests) sees files added since (the folder's mtime) and edited since (the text).
const scopes = new Map<string, { key: number; scope: Promise<Scope> }>();
const parsed = new Map<string, { text: string; result: Promise<HclParsed> }>();

/** Parses a .tf file once (its own check and its folder's scope share the result). */
export function parseHclFile(path: string, text: string): Promise<HclParsed> {
  const hit = parsed.get(path);
  if (hit?.text === text) return hit.result;
  const result = parseHcl(text);
  parsed.set(path, { text, result });
  return result;
}

export function moduleScope(dir: string): Promise<Scope> {
  let key = 0;
  try {
    key = statSync(dir).mtimeMs;
  } catch {
    return Promise.resolve(EMPTY_SCOPE);
  }
  const hit = scopes.get(dir);
  if (hit?.key === key) return hit.scope;
  // buildScope reports each file it cannot read; anything else still leaves a trace in the scope.
  const scope = buildScope(dir).catch((err: unknown): Scope => ({
    ...EMPTY_SCOPE,
    unreadable: [{ file: basename(dir), reason: err instanceof Error ? err.message : String(err) }],
  }));
  scopes.set(dir, { key, scope });
  return scope;
}

async function buildScope(dir: string): Promise<Scope> {
  // The files a module is (source-files.ts): what a commit's copy of the module holds is what is read here.
  const names = readdirSync(dir).filter(isTerraformModuleFile).sort();
  const variables = new Map<string, VariableSource>();
  const required = new Set<string>();
  const locals = new Map<string, LocalSource>();
  const unreadable: Array<{ file: string; reason: string }> = [];
  const read = (name: string): string | undefined => {
    const r = readText(join(dir, name));
    if (typeof r === 'string') return r;
    unreadable.push({ file: name, reason: r.problem });
    return undefined;
  };
  const unparsed = (name: string, e: { message: string; line: number; column: number }) =>
    unreadable.push({ file: name, reason: `${e.message} at ${name}:${e.line}:${e.column}` });
  for (const name of names) {
    const path = join(dir, name);
    if (name.endsWith('.tf')) {
      const text = read(name);
      // Only files that declare variables or locals matter here; most do not, and are not parsed twice.
      if (text === undefined || !/^\s*(variable|locals)\b/m.test(text)) continue;
      const p = await parseHclFile(path, text);
      if (p.ok) collect(p.file.body, name, variables, required, locals);
      else unparsed(name, p.error);
    } else if (name.endsWith('.tf.json')) {
      const data = readJson(read(name));
      const vars = isObj(data) && isObj(data.variable) ? data.variable : {};
      for (const [k, v] of Object.entries(vars)) {
        if (isObj(v) && 'default' in v) variables.set(k, { value: v.default, where: `default in ${name}` });
        else required.add(k);
      }
      const ls = isObj(data) && isObj(data.locals) ? data.locals : {};
      for (const [k, v] of Object.entries(ls)) if (typeof v !== 'string' || !v.includes('${')) locals.set(k, { value: v, where: name });
    }
  }
  // tfvars override defaults in Terraform's order.
  const tfvars = ['terraform.tfvars', 'terraform.tfvars.json', ...names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n))];
  for (const name of tfvars) {
    if (!names.includes(name)) continue;
    const path = join(dir, name);
    if (name.endsWith('.json')) {
      const data = readJson(read(name));
      if (isObj(data)) for (const [k, v] of Object.entries(data)) setVar(variables, required, k, { value: v, where: `set in ${name}` });
      continue;
    }
    const text = read(name);
    if (text === undefined) continue;
    const p = await parseHclFile(path, text);
    if (!p.ok) {
      unparsed(name, p.error);
      continue;
    }
    for (const a of p.file.body.attributes) {
      const v = evaluate(a.expr, EMPTY_SCOPE);
      if (v.known) setVar(variables, required, a.name, { value: v.value, where: `set in ${name}:${a.range.line}` });
    }
  }
  return { variables, required, locals, ...(unreadable.length ? { unreadable } : {}) };
}

function setVar(variables: Map<string, VariableSource>, required: Set<string>, name: string, source: VariableSource): void {
  variables.set(name, source);
  required.delete(name);
}

function collect(
  body: Body,
  file: string,
  variables: Map<string, VariableSource>,
  required: Set<string>,
  locals: Map<string, LocalSource>,
): void {
  for (const b of body.blocks) {
    if (b.type === 'variable' && b.labels[0]) {
      const def = b.body.attributes.find((a) => a.name === 'default');
      if (def) variables.set(b.labels[0], { expr: def.expr, where: `default in ${basename(file)}:${def.range.line}` });
      else required.add(b.labels[0]);
    } else if (b.type === 'locals') {
      for (const a of b.body.attributes) locals.set(a.name, { expr: a.expr, where: `${basename(file)}:${a.range.line}` });
    }
  }
}

/** A module file's text, or why not: only regular files (a FIFO would block) within the size limit. */
export function readText(path: string): string | { problem: string } {
  try {
    const info = statSync(path);
    if (!info.isFile()) return { problem: 'it is not a regular file' };
    if (info.size > MAX_FILE_BYTES) return { problem: `it is over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit` };
    return readFileSync(path).toString('utf8');
  } catch (err) {
    return { problem: describeIoError(err) };
  }
}

/**
 * One finding on a file whose module has files that could not be read: its variables and locals
 * may be declared there, so values from them are unknown and the reason is not to be hidden.
 */
export function unreadableFinding(scope: Scope, self: string): FrontEndFinding[] {
  const others = (scope.unreadable ?? []).filter((u) => u.file !== basename(self));
  if (others.length === 0) return [];
  const list = others.map((u) => `${u.file} (${u.reason})`).join('; ');
  return [
    {
      ruleId: IAC_UNKNOWN.id,
      severity: IAC_UNKNOWN.defaultSeverity,
      pointer: '',
      message: `variables and locals in ${others.length === 1 ? 'a file' : `${others.length} files`} of this module could not be read: ${list}`,
      hint: 'values declared there are unknown; fix or remove the file.',
    },
  ];
}

function readJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
