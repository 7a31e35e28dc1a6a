/**
 * One change to a YAML file as a text edit. The yaml library's document model says where each
 * node sits; new nodes are written by the same library, in block style at the indentation of
 * their neighbours. Only whole members and elements of block collections are added, moved or
 * removed, so comments and formatting elsewhere stay as they are; anything else gets no edit.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair, type Scalar } from 'yaml';
import { splitPointer } from '../load/pointer.js';
import type { Span } from './span.js';
import type { Change } from './types.js';

export function yamlDocument(text: string): Document | undefined {
  const doc = parseDocument(text);
  return doc.errors.length ? undefined : doc;
}

export function yamlChange(text: string, doc: Document, change: Change): Span | undefined {
  const segments = splitPointer(change.pointer);
  const parent = nodeAt(doc, segments.slice(0, -1));
  const last = segments.at(-1);
  if (change.op === 'append') {
    const seq = nodeAt(doc, segments);
    return isSeq(seq) && seq.items.length ? appendItem(text, seq, change.value) : undefined;
  }
  if (!isMap(parent) || last === undefined || parent.items.length === 0) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === last) as Pair<Node, Node> | undefined;
  // A scalar is replaced in place, in a flow map too; members are added and removed in block maps only.
  if (change.op === 'set' && pair && isScalar(pair.value) && !isObject(change.value)) {
    return { start: pair.value.range![0], end: pair.value.range![1], replacement: scalar(change.value, pair.value.type) };
  }
  if (parent.flow) return undefined;
  const indent = column(text, (parent.items[0]!.key as Node).range![0]);
  if (change.op === 'set') {
    if (!pair) {
      const at = pairEnd(text, parent.items.at(-1) as Pair<Node, Node>);
      return { start: at, end: at, replacement: lineBreakBefore(text, at) + member(last, change.value, indent, true) };
    }
    return { start: pair.key.range![0], end: pairEnd(text, pair), replacement: member(last, change.value, indent, false) };
  }
  if (!pair) return undefined;
  if (change.op === 'rename')
    return { start: pair.key.range![0], end: pairEnd(text, pair), replacement: member(change.key, change.value, indent, false) };
  // remove: only a member on lines of its own (the first member of a list item carries the "- ").
  const start = text.lastIndexOf('\n', pair.key.range![0] - 1) + 1;
  if (text.slice(start, pair.key.range![0]).trim() !== '') return undefined;
  return { start, end: pairEnd(text, pair), replacement: '' };
}

function nodeAt(doc: Document, segments: readonly string[]): unknown {
  let node: unknown = doc.contents;
  for (const s of segments) {
    if (isMap(node)) node = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === s)?.value;
    else if (isSeq(node)) node = node.items[Number(s)];
    else return undefined;
  }
  return node;
}

/** The offset just past a member's last line (its line end included). */
function pairEnd(text: string, pair: Pair<Node, Node>): number {
  return nodeEnd(text, pair.value ?? pair.key);
}

/** A file without a final line end gets one before what is added after its last line. */
function lineBreakBefore(text: string, at: number): string {
  return at > 0 && text[at - 1] !== '\n' ? '\n' : '';
}

function appendItem(text: string, seq: import('yaml').YAMLSeq, value: unknown): Span | undefined {
  if (seq.flow) return undefined;
  const first = seq.items[0] as Node;
  const dash = text.lastIndexOf('-', first.range![0]);
  const indent = column(text, dash);
  const end = nodeEnd(text, seq.items.at(-1) as Node);
  const lines = stringify([value], { lineWidth: 0 }).trimEnd().split('\n');
  const body = lines.map((l) => ' '.repeat(indent) + l).join('\n') + '\n';
  return { start: end, end, replacement: lineBreakBefore(text, end) + body };
}

function nodeEnd(text: string, node: Node): number {
  const end = node.range![1];
  if (end > 0 && text[end - 1] === '\n') return end;
  const nl = text.indexOf('\n', end);
  return nl < 0 ? text.length : nl + 1;
}

/** `key: value` in block style; continuation lines at `indent`, the first too when `own` (a line of its own). */
function member(key: string, value: unknown, indent: number, own: boolean): string {
  const lines = stringify({ [key]: value }, { lineWidth: 0 })
    .trimEnd()
    .split('\n');
  const pad = ' '.repeat(indent);
  return lines.map((l, i) => (i === 0 && !own ? l : pad + l)).join('\n') + '\n';
}

/** A scalar as YAML, in the quotes the value it replaces was written with. */
function scalar(value: unknown, type?: Scalar.Type): string {
  const quoted = type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE' ? { defaultStringType: type } : {};
  return stringify(value, { lineWidth: 0, ...quoted }).trimEnd();
}

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null;
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
