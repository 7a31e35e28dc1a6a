/**
 * One change to a JSON file as a text edit. jsonc-parser's syntax tree says where each node sits;
 * the edit is written here rather than by its `modify`, whose formatter re-formats every line the
 * edit touches (a one-line rule `{ "ID": "a", … }` came back spread over eight lines). New text
 * takes the indentation and line ends of its neighbours, and short objects stay on one line, as
 * people write them (ADR 0180).
 */
import { findNodeAtLocation, type JSONPath, type Node } from 'jsonc-parser';
import { splitPointer } from '../load/pointer.js';
import type { Span } from './span.js';
import type { Change } from './types.js';

/** Longest object or array written on one line. */
const MAX_INLINE = 72;

/** `root`: the text's syntax tree (jsonc-parser's parseTree). */
export function jsonChange(text: string, root: Node, change: Change): Span | undefined {
  const path = toPath(root, change.pointer);
  if (!path) return undefined;
  const style = styleOf(text);
  const node = findNodeAtLocation(root, path);
  switch (change.op) {
    case 'set': {
      if (node)
        return {
          start: node.offset,
          end: node.offset + node.length,
          replacement: render(change.value, lineIndent(text, node.offset), style, false),
        };
      const parent = findNodeAtLocation(root, path.slice(0, -1));
      return parent?.type === 'object' ? addMember(text, parent, String(path.at(-1)), change.value, style) : undefined;
    }
    case 'rename': {
      const member = node?.parent;
      if (member?.type !== 'property') return undefined;
      return {
        start: member.offset,
        end: member.offset + member.length,
        replacement: `${JSON.stringify(change.key)}: ${render(change.value, lineIndent(text, member.offset), style, false)}`,
      };
    }
    case 'remove':
      return node?.parent?.type === 'property' ? removeMember(text, node.parent) : undefined;
    case 'append':
      return node?.type === 'array' ? appendElement(text, node, change.value, style) : undefined;
  }
}

interface Style {
  unit: string;
  eol: string;
}

function styleOf(text: string): Style {
  return { unit: /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ', eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

function toPath(root: Node, pointer: string): JSONPath | undefined {
  const path: JSONPath = [];
  let node: Node | undefined = root;
  for (const s of splitPointer(pointer)) {
    const step: string | number = node?.type === 'array' ? Number(s) : s;
    path.push(step);
    node = node ? findNodeAtLocation(node, [step]) : undefined;
  }
  return path;
}

function addMember(text: string, object: Node, key: string, value: unknown, style: Style): Span {
  const members = object.children ?? [];
  const last = members.at(-1);
  const open = object.offset;
  const member = (indent: string) => `${JSON.stringify(key)}: ${render(value, indent, style, false)}`;
  if (!last) return { start: open, end: object.offset + object.length, replacement: `{ ${member('')} }` };
  const end = last.offset + last.length;
  // A member on a line of its own gets a new line at the same indentation; an object on one line stays on one.
  if (ownLine(text, last.offset)) {
    const indent = lineIndent(text, last.offset);
    return { start: end, end, replacement: `,${style.eol}${indent}${member(indent)}` };
  }
  return { start: end, end, replacement: `, ${member('')}` };
}

function appendElement(text: string, array: Node, value: unknown, style: Style): Span | undefined {
  const last = array.children?.at(-1);
  if (!last) return undefined;
  const end = last.offset + last.length;
  if (ownLine(text, last.offset)) {
    const indent = lineIndent(text, last.offset);
    return { start: end, end, replacement: `,${style.eol}${indent}${render(value, indent, style, true)}` };
  }
  return { start: end, end, replacement: `, ${render(value, '', style, false)}` };
}

/** The member and the separator before it (or after it, for the first). */
function removeMember(text: string, member: Node): Span {
  const siblings = member.parent!.children!;
  const i = siblings.indexOf(member);
  let start = member.offset;
  let end = member.offset + member.length;
  if (i > 0) {
    const prev = siblings[i - 1]!;
    start = prev.offset + prev.length;
  } else if (siblings.length > 1) {
    // Up to the next member: it takes the place (line break and indentation) this one had.
    end = siblings[1]!.offset;
  }
  return { start, end, replacement: '' };
}

function ownLine(text: string, offset: number): boolean {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset).trim() === '';
}

function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

/** JSON text for a value: on one line when short, else one member per line below `indent`. */
function render(value: unknown, indent: string, style: Style, expand: boolean): string {
  const inline = oneLine(value);
  const container = typeof value === 'object' && value !== null && Object.keys(value).length > 0;
  if (!container || (!expand && inline.length <= MAX_INLINE)) return inline;
  const inner = indent + style.unit;
  const items = Array.isArray(value)
    ? value.map((v) => inner + render(v, inner, style, false))
    : Object.entries(value as Record<string, unknown>).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${render(v, inner, style, false)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}${style.eol}${items.join(`,${style.eol}`)}${style.eol}${indent}${close}`;
}

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return value.length ? `[${value.map(oneLine).join(', ')}]` : '[]';
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    return entries.length ? `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}
