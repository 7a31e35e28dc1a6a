/**
 * HCL text to the syntax of syntax.ts, through tree-sitter's HCL grammar (WebAssembly; ADR 0161).
 * The parser is loaded on the first `.tf` file a run meets, never on the lifecycle-JSON path, and
 * each tree is turned into plain data and freed at once (tree-sitter's memory is not garbage
 * collected).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nestingDepth } from '../../load/document.js';
import { MAX_NESTING_DEPTH, MAX_SYNTAX_DEPTH } from '../../load/limits.js';
import type { Attribute, Block, Body, Expr, HclFile, HclSyntaxError, Range } from './syntax.js';

// The CommonJS build: the ESM one imports "module" at run time, which the bundler rewrites (spec §9).
type TreeSitter = typeof import('web-tree-sitter');
type TsNode = import('web-tree-sitter').Node;
type TsParser = import('web-tree-sitter').Parser;

const WASM = { runtime: 'web-tree-sitter.wasm', grammar: 'tree-sitter-terraform.wasm' } as const;
let parserPromise: Promise<TsParser> | undefined;

/** The wasm files: next to the bundle in dist/ (scripts/build.mjs copies them), else from node_modules. */
function wasmBytes(name: string, packagePath: string): Uint8Array {
  const beside = fileURLToPath(new URL(`./${name}`, import.meta.url));
  if (existsSync(beside)) return readFileSync(beside);
  return readFileSync(createRequire(import.meta.url).resolve(packagePath));
}

function loadParser(): Promise<TsParser> {
  parserPromise ??= (async () => {
    const loaded = (await import('./tree-sitter.cjs')) as { default?: TreeSitter } & TreeSitter;
    const ts = loaded.default ?? loaded;
    // Emscripten's start-up reads the CommonJS `__dirname`, which an ES module bundle lacks; it is
    // only a base for file names, unused since the wasm comes as bytes, so it exists just for init.
    const g = globalThis as { __dirname?: string };
    const had = '__dirname' in g;
    if (!had) g.__dirname = dirname(fileURLToPath(import.meta.url));
    try {
      await ts.Parser.init({ wasmBinary: wasmBytes(WASM.runtime, 'web-tree-sitter/web-tree-sitter.wasm') });
    } finally {
      if (!had) delete g.__dirname;
    }
    const language = await ts.Language.load(wasmBytes(WASM.grammar, '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'));
    const parser = new ts.Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}

export type HclParsed = { ok: true; file: HclFile } | { ok: false; error: HclSyntaxError };

export async function parseHcl(text: string): Promise<HclParsed> {
  // Untrusted input: bound the nesting before the tree is walked recursively (limits.ts).
  const depth = nestingDepth(text);
  if (depth.depth > MAX_NESTING_DEPTH)
    return { ok: false, error: { message: `nesting is deeper than ${MAX_NESTING_DEPTH} levels`, line: depth.line, column: depth.column } };
  const parser = await loadParser();
  const tree = parser.parse(text);
  if (!tree) return { ok: false, error: { message: 'invalid HCL: the parser gave up on this file', line: 1, column: 1 } };
  try {
    const root = tree.rootNode;
    if (root.hasError) return { ok: false, error: syntaxError(root, text) };
    const body = root.namedChildren.find((c) => c?.type === 'body');
    return { ok: true, file: { body: body ? toBody(body, text, 0) : { attributes: [], blocks: [] } } };
  } catch (err) {
    if (err instanceof TooDeep) return { ok: false, error: err.error };
    throw err;
  } finally {
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
  constructor(readonly error: HclSyntaxError) {
    super(error.message);
  }
}

function deeper(node: TsNode, depth: number): number {
  if (depth < MAX_SYNTAX_DEPTH) return depth + 1;
  throw new TooDeep({ message: `invalid HCL: nested more than ${MAX_SYNTAX_DEPTH} levels deep`, ...pos(node.startPosition) });
}

function syntaxError(root: TsNode, text: string): HclSyntaxError {
  const bad = firstError(root) ?? root;
  const { line, column } = pos(bad.startPosition);
  if (bad.isMissing) return { message: `invalid HCL: missing "${bad.type}"`, line, column };
  const near = text
    .slice(bad.startIndex, Math.min(bad.endIndex, bad.startIndex + 30))
    .split('\n')[0]!
    .trim();
  return { message: near ? `invalid HCL: unexpected "${near}"` : 'invalid HCL: unexpected end of file', line, column };
}

/** The first error or missing node in source order; a loop, since an error can sit arbitrarily deep. */
function firstError(root: TsNode): TsNode | undefined {
  const stack: TsNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.isError || node.isMissing) return node;
    const next = node.children.filter((c): c is TsNode => c !== null && (c.hasError || c.isMissing || c.isError));
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
  return undefined;
}

function pos(p: { row: number; column: number }): { line: number; column: number } {
  return { line: p.row + 1, column: p.column + 1 };
}

function rangeOf(n: TsNode): Range {
  const a = pos(n.startPosition);
  const b = pos(n.endPosition);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

function toBody(node: TsNode, text: string, depth: number): Body {
  const body: Body = { attributes: [], blocks: [] };
  for (const child of node.namedChildren) {
    if (child?.type === 'attribute') body.attributes.push(toAttribute(child, text, depth));
    else if (child?.type === 'block') body.blocks.push(toBlock(child, text, deeper(child, depth)));
  }
  return body;
}

function toAttribute(node: TsNode, text: string, depth: number): Attribute {
  const name = node.namedChildren.find((c) => c?.type === 'identifier')!.text;
  const value = node.namedChildren.find((c) => c?.type === 'expression');
  return {
    name,
    expr: value ? toExpr(value, text, depth) : { kind: 'other', what: 'an empty value', range: rangeOf(node), text: '' },
    range: rangeOf(node),
  };
}

function toBlock(node: TsNode, text: string, depth: number): Block {
  let type = '';
  const labels: string[] = [];
  let body: Body = { attributes: [], blocks: [] };
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'identifier') {
      if (type === '') type = child.text;
      else labels.push(child.text);
    } else if (child.type === 'string_lit') {
      labels.push(unescape(child.namedChildren.find((c) => c?.type === 'template_literal')?.text ?? ''));
    } else if (child.type === 'body') {
      body = toBody(child, text, depth);
    }
  }
  return { type, labels, body, range: rangeOf(node) };
}

function toExpr(node: TsNode, text: string, outer: number): Expr {
  // Wrapper nodes (`expression`, `operation`, `collection_value`) are passed through before any
  // position or text is read: each property of a tree-sitter node is a call into WebAssembly.
  const kids = node.namedChildren.filter((c): c is TsNode => c !== null && c.type !== 'comment');
  const type = node.type;
  // A level is an `expression` (a parenthesis, an element, an argument, an interpolation) or an
  // `operation` (one operator): what a person counts as nesting.
  const depth = type === 'expression' || type === 'operation' ? deeper(node, outer) : outer;
  if ((type === 'expression' || type === 'operation' || type === 'collection_value') && kids.length === 1)
    return toExpr(kids[0]!, text, depth);
  const range = rangeOf(node);
  const src = () => text.slice(node.startIndex, node.endIndex);
  switch (type) {
    case 'expression':
      // `var.x.y[0]`: a variable_expr followed by get_attr / index siblings.
      return toTerm(kids, range, src(), text, depth);
    case 'variable_expr':
      return { kind: 'ref', root: src(), path: [], range, text: src() };
    case 'literal_value':
      return toLiteral(kids[0]!, range);
    case 'template_expr':
      return toTemplate(kids[0]!, range, src(), text, depth);
    case 'tuple':
      return { kind: 'tuple', items: kids.filter((k) => k.type === 'expression').map((k) => toExpr(k, text, depth)), range };
    case 'object':
      return {
        kind: 'object',
        entries: kids
          .filter((k) => k.type === 'object_elem')
          .map((k) => ({
            key: objectKey(k.childForFieldName('key')!, text, depth),
            value: toExpr(k.childForFieldName('val')!, text, depth),
          })),
        range,
      };
    case 'function_call': {
      const name = kids.find((k) => k.type === 'identifier')?.text ?? '';
      const args =
        kids
          .find((k) => k.type === 'function_arguments')
          ?.namedChildren.filter((k): k is TsNode => k?.type === 'expression')
          .map((k) => toExpr(k, text, depth)) ?? [];
      return { kind: 'call', name, args, range, text: src() };
    }
    case 'unary_operation': {
      const [operand] = operands(kids, text, depth);
      return { kind: 'unary', op: node.children[0]?.text ?? '', operand: operand!, range, text: src() };
    }
    case 'binary_operation': {
      // The operator is the unnamed child between the operands: a parenthesised left operand comes
      // flat too, so its `(` is an unnamed child before it.
      const op = node.children.find((c) => c !== null && !c.isNamed && BINARY_OPERATORS.has(c.text))?.text ?? '';
      const [left, right] = operands(kids, text, depth);
      return { kind: 'binary', op, left: left!, right: right!, range, text: src() };
    }
    case 'conditional':
      return {
        kind: 'conditional',
        test: toExpr(kids[0]!, text, depth),
        then: toExpr(kids[1]!, text, depth),
        else: toExpr(kids[2]!, text, depth),
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
function operands(kids: TsNode[], text: string, depth: number): Expr[] {
  const terms: TsNode[][] = [];
  for (const k of kids) {
    if (POSTFIX.has(k.type) && terms.length > 0) terms.at(-1)!.push(k);
    else terms.push([k]);
  }
  return terms.map((parts) => {
    if (parts.length === 1) return toExpr(parts[0]!, text, depth);
    const first = parts[0]!;
    const last = parts.at(-1)!;
    const range = { ...rangeOf(first), endLine: rangeOf(last).endLine, endColumn: rangeOf(last).endColumn };
    return toTerm(parts, range, text.slice(first.startIndex, last.endIndex), text, depth);
  });
}

/** A term and its postfix nodes: `var.x.y[0]` is a reference; anything else with a postfix is not read. */
function toTerm(kids: TsNode[], range: Range, src: string, text: string, depth: number): Expr {
  const head = kids[0];
  if (!head) return { kind: 'other', what: 'an empty expression', range, text: src };
  if (head.type === 'variable_expr') {
    const path: Array<string | number> = [];
    for (const k of kids.slice(1)) {
      if (k.type === 'get_attr') path.push(k.namedChildren[0]?.text ?? '');
      else if (k.type === 'index') {
        const inner = k.namedChildren[0];
        const e = inner?.namedChildren[0];
        const literal = e ? toExpr(e, text, depth) : undefined;
        if (literal?.kind === 'literal' && (typeof literal.value === 'number' || typeof literal.value === 'string'))
          path.push(literal.value);
        else return { kind: 'other', what: 'a computed index', range, text: src };
      } else return { kind: 'other', what: 'a splat expression', range, text: src };
    }
    return { kind: 'ref', root: head.text, path, range, text: src };
  }
  if (kids.length === 1) return toExpr(head, text, depth);
  return { kind: 'other', what: 'an attribute of a computed value', range, text: src };
}

/** An object key: a bare identifier is a string, like Terraform reads `{ a = 1 }`. */
function objectKey(node: TsNode, text: string, depth: number): Expr {
  const e = toExpr(node, text, depth);
  return e.kind === 'ref' && e.path.length === 0 ? { kind: 'literal', value: e.root, range: e.range } : e;
}

function toLiteral(node: TsNode, range: Range): Expr {
  switch (node.type) {
    case 'numeric_lit':
      return { kind: 'literal', value: Number(node.text), range };
    case 'bool_lit':
      return { kind: 'literal', value: node.text === 'true', range };
    case 'null_lit':
      return { kind: 'literal', value: null, range };
    default:
      return { kind: 'literal', value: unescape(node.namedChildren.find((c) => c?.type === 'template_literal')?.text ?? ''), range };
  }
}

function toTemplate(node: TsNode, range: Range, src: string, text: string, depth: number): Expr {
  const parts: Array<string | Expr> = [];
  for (const k of node.namedChildren) {
    if (!k) continue;
    if (k.type === 'template_literal') parts.push(node.type === 'heredoc_template' ? k.text : unescape(k.text));
    else if (k.type === 'template_interpolation') {
      const e = k.namedChildren.find((c) => c?.type === 'expression');
      if (e) parts.push(toExpr(e, text, depth));
    } else if (k.type === 'template_directive') return { kind: 'other', what: 'a template directive', range, text: src };
  }
  if (node.type === 'heredoc_template') parts.push('\n');
  return { kind: 'template', parts, range, text: src };
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** HCL's quoted-string escapes, and `$${` / `%%{` for a literal `${` / `%{`. */
export function unescape(raw: string): string {
  return raw
    .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) =>
      e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : (ESCAPES[e] ?? e),
    )
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}
