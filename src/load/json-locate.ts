/**
 * Positions for JSON files without a second full parse: jsonc-parser's tree (offsets only) maps a
 * JSON Pointer to its node. Built lazily, only when a finding in the file needs a position; the
 * rules for what is shown (a collection by its key, a scalar by its value) match the YAML path.
 */
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { Position } from './document.js';
import { splitPointer } from './pointer.js';

export function jsonLocator(text: string): (pointer: string, reportOnKey: boolean) => Position {
  let tree: JsonNode | undefined;
  let lineStarts: number[] | undefined;
  return (pointer, reportOnKey) => {
    tree ??= parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
    lineStarts ??= lineStartsOf(text);
    let node: JsonNode | undefined = tree;
    let key: JsonNode | undefined;
    for (const segment of splitPointer(pointer)) {
      if (node?.type === 'object') {
        // The last property of a name wins, as in JSON.parse (duplicates never reach this path).
        const prop: JsonNode | undefined = node.children?.findLast((p) => p.children?.[0]?.value === segment);
        if (!prop?.children?.[1]) break;
        key = prop.children[0];
        node = prop.children[1];
      } else if (node?.type === 'array' && /^\d+$/.test(segment) && node.children?.[Number(segment)]) {
        key = undefined;
        node = node.children[Number(segment)];
      } else {
        break;
      }
    }
    const collection = node?.type === 'object' || node?.type === 'array';
    const target = key && (reportOnKey || collection) ? key : node;
    const start = target?.offset ?? 0;
    const end = start + (target?.length ?? 0);
    const a = lineCol(lineStarts, start);
    const b = lineCol(lineStarts, end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineCol(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
