/**
 * The HCL syntax lifeguard reads, as plain data with 1-based positions: bodies of attributes and
 * blocks, and expressions kept as trees so that the evaluator can tell a literal from a variable,
 * a function call or a `for` expression. Nothing here knows Terraform's meaning.
 */
import type { Position } from '../../load/document.js';

export type Range = Required<Position>;

export type Expr =
  | { kind: 'literal'; value: string | number | boolean | null; range: Range }
  /** A quoted or heredoc template: literal text and interpolated expressions. */
  | { kind: 'template'; parts: Array<string | Expr>; range: Range; text: string }
  /** `var.x`, `local.y`, `aws_s3_bucket.b.id`, `each.value`: a root name and the attributes or keys after it. */
  | { kind: 'ref'; root: string; path: Array<string | number>; range: Range; text: string }
  | { kind: 'call'; name: string; args: Expr[]; range: Range; text: string }
  | { kind: 'tuple'; items: Expr[]; range: Range }
  | { kind: 'object'; entries: Array<{ key: Expr; value: Expr }>; range: Range }
  | { kind: 'unary'; op: string; operand: Expr; range: Range; text: string }
  | { kind: 'binary'; op: string; left: Expr; right: Expr; range: Range; text: string }
  | { kind: 'conditional'; test: Expr; then: Expr; else: Expr; range: Range; text: string }
  /** `for` expressions, splats, templates with directives: never evaluated. */
  | { kind: 'other'; what: string; range: Range; text: string };

export interface Attribute {
  name: string;
  expr: Expr;
  /** From the name to the end of the value. */
  range: Range;
}

export interface Block {
  type: string;
  labels: string[];
  body: Body;
  /** The block's first line (type and labels) to its closing brace. */
  range: Range;
}

export interface Body {
  attributes: Attribute[];
  blocks: Block[];
}

export interface HclFile {
  body: Body;
}

export interface HclSyntaxError {
  message: string;
  line: number;
  column: number;
}

/** The source text of an expression, shortened for a message. */
export function exprText(e: Expr): string {
  const text = 'text' in e ? e.text : e.kind === 'literal' ? JSON.stringify(e.value) : e.kind;
  const one = text.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
