/**
 * A linear look at YAML text before the parser sees it, because the parser's cost is not linear
 * in what an attacker can pack into 5 MiB: a block sequence nested `- - - …` or by indentation
 * recurses once per level, and every node costs the parser tens of microseconds (issue 12). Two
 * measures, both upper bounds taken in one pass: nesting (block structure by indentation and
 * compact `- `/`? `/`key:` indicators, plus flow brackets) and the number of nodes. Quoted text,
 * comments and block scalars (`|`, `>`) are skipped. Pure.
 */

export interface YamlShape {
  /** Deepest nesting seen, and where it was first reached (1-based). */
  depth: number;
  line: number;
  column: number;
  /** Upper bound of the nodes the document holds (scalars, pairs, items). */
  nodes: number;
}

export function scanYaml(text: string, stopAtDepth = Infinity): YamlShape {
  const out: YamlShape = { depth: 0, line: 1, column: 1, nodes: 0 };
  /** Indentation columns of the open block collections. */
  const blocks: number[] = [];
  let flow = 0;
  let blockScalarIndent = -1;
  let lineNo = 0;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    lineNo++;
    const line = text.slice(pos, end);
    pos = end + 1;
    let i = 0;
    while (i < line.length && line[i] === ' ') i++;
    if (i === line.length || line[i] === '#' || line[i] === '\r') continue;
    // The body of a block scalar is text, whatever it looks like.
    if (blockScalarIndent >= 0) {
      if (i > blockScalarIndent) continue;
      blockScalarIndent = -1;
    }
    if (flow === 0) {
      while (blocks.length && blocks[blocks.length - 1]! >= i) blocks.pop();
    }
    const note = (column: number) => {
      const depth = blocks.length + flow;
      if (depth > out.depth) {
        out.depth = depth;
        out.line = lineNo;
        out.column = column + 1;
      }
    };
    out.nodes++;
    let quote = '';
    let lastKeyIndent = i;
    for (let k = i; k < line.length; k++) {
      const c = line[k]!;
      if (quote) {
        if (c === '\\' && quote === '"') k++;
        else if (c === quote) quote = '';
        continue;
      }
      const prev = k === 0 ? ' ' : line[k - 1]!;
      const next = line[k + 1] ?? ' ';
      if ((c === '"' || c === "'") && /[\s[{,:-]/.test(prev)) quote = c;
      else if (c === '#' && /\s/.test(prev)) break;
      else if (flow === 0 && (c === '-' || c === '?') && (next === ' ' || k + 1 === line.length) && /\s/.test(prev)) {
        // A block sequence item (or complex key): a collection at this column, nested in what is open.
        blocks.push(k);
        out.nodes++;
        lastKeyIndent = k + 2;
        note(k);
      } else if (c === ':' && (next === ' ' || k + 1 === line.length) && flow === 0) {
        // key: a mapping at the key's column (once per column), then its value.
        if (!blocks.length || blocks[blocks.length - 1]! < lastKeyIndent) blocks.push(lastKeyIndent);
        out.nodes++;
        note(k);
        const rest = line.slice(k + 1).trim();
        if (/^[|>][-+0-9]*(\s+#.*)?$/.test(rest)) blockScalarIndent = i;
      } else if (c === '[' || c === '{') {
        flow++;
        out.nodes++;
        note(k);
      } else if (c === ']' || c === '}') flow = Math.max(0, flow - 1);
      else if (c === ',' && flow > 0) out.nodes++;
      if (out.depth > stopAtDepth) return out;
    }
  }
  return out;
}
