/**
 * Positions for JSON files without a parse tree: the node at a JSON Pointer is found by scanning the
 * text from its container's start, skipping the members before it, and what a scan learns (where
 * each member of a container starts) is kept for the next pointer. A finding about `/Rules/3` in a
 * 5 MiB file of 2 million rules reads only the first four rules, and memory stays proportional to
 * what was asked (a full tree of such a file took 300 MB; issue 12). Built lazily, only when a
 * finding needs a position; the rules for what is shown (a collection by its key, a scalar by its
 * value) match the YAML path. The text is valid JSON without duplicate keys (document.ts).
 */
import type { Position } from './position.js';
import { splitPointer } from './pointer.js';

interface Member {
  /** Key range (objects) and where the value starts. */
  keyStart?: number;
  keyEnd?: number;
  key?: string;
  value: number;
}

interface Container {
  members: Member[];
  /** Objects: members by key (keys are unique: duplicates never reach this path). */
  byKey?: Map<string, Member>;
  /** Where scanning for the next member goes on; -1 when the container has been read to its end. */
  next: number;
}

export function jsonLocator(text: string): (pointer: string, reportOnKey: boolean) => Position {
  let lineStarts: number[] | undefined;
  const containers = new Map<number, Container>();

  const ws = (i: number) => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
    return i;
  };
  /** End (exclusive) of the string starting at `i` (a quote). */
  const stringEnd = (i: number) => {
    for (let k = i + 1; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x5c) k++;
      else if (c === 0x22) return k + 1;
    }
    return text.length;
  };
  /** End (exclusive) of the value starting at `i`. */
  const valueEnd = (i: number): number => {
    const c = text[i];
    if (c === '"') return stringEnd(i);
    if (c === '{' || c === '[') {
      let depth = 0;
      for (let k = i; k < text.length; k++) {
        const d = text.charCodeAt(k);
        if (d === 0x22) k = stringEnd(k) - 1;
        else if (d === 0x7b || d === 0x5b) depth++;
        else if (d === 0x7d || d === 0x5d) {
          depth--;
          if (depth === 0) return k + 1;
        }
      }
      return text.length;
    }
    let k = i;
    while (k < text.length && !/[\s,\]}]/.test(text[k]!)) k++;
    return k;
  };
  /** Reads members of the container at `start` until `stop` says enough (or the end). */
  const read = (start: number, segment: string): Member | undefined => {
    const object = text[start] === '{';
    let c = containers.get(start);
    if (!c) {
      c = { members: [], next: ws(start + 1), ...(object ? { byKey: new Map() } : {}) };
      containers.set(start, c);
    }
    const index = Number(segment);
    const found = object ? c.byKey!.get(segment) : c.members[index];
    if (found) return found;
    const stop = (m: Member, i: number) => (object ? m.key === segment : i === index);
    while (c.next !== -1) {
      let i = c.next;
      if (text[i] === '}' || text[i] === ']') {
        c.next = -1;
        break;
      }
      const m: Member = { value: i };
      if (object) {
        m.keyStart = i;
        m.keyEnd = stringEnd(i);
        m.key = JSON.parse(text.slice(i, m.keyEnd)) as string;
        i = ws(ws(m.keyEnd) + 1);
        m.value = i;
      }
      const end = ws(valueEnd(m.value));
      c.next = text[end] === ',' ? ws(end + 1) : -1;
      c.members.push(m);
      if (object) c.byKey!.set(m.key!, m);
      if (stop(m, c.members.length - 1)) return m;
    }
    return undefined;
  };

  return (pointer, reportOnKey) => {
    lineStarts ??= lineStartsOf(text);
    let node = ws(0);
    let key: Member | undefined;
    for (const segment of splitPointer(pointer)) {
      const c = text[node];
      let m: Member | undefined;
      if (c === '{' || (c === '[' && /^\d+$/.test(segment))) m = read(node, segment);
      if (!m) break;
      key = c === '{' ? m : undefined;
      node = m.value;
    }
    const collection = text[node] === '{' || text[node] === '[';
    const [start, end] = key && (reportOnKey || collection) ? [key.keyStart!, key.keyEnd!] : [node, valueEnd(node)];
    const a = lineCol(lineStarts, start);
    const b = lineCol(lineStarts, end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineCol(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
