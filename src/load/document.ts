/**
 * Text to a parsed document that remembers where every node came from. JSON and YAML share one
 * parser (`yaml`, which reads JSON as the YAML 1.2 subset it is) so that positions, duplicate-key
 * detection and alias limits work alike; `.json` files are also held to strict JSON.
 */
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { firstDuplicateKey } from './json-fast.js';
import { jsonLocator } from './json-locate.js';
import type { Position } from './position.js';
import { MAX_ALIAS_NODES, MAX_JSON_CONTAINERS, MAX_NESTING_DEPTH, MAX_OBJECT_MEMBERS, MAX_YAML_NODES } from './limits.js';
import { scanYaml } from './yaml-scan.js';
import { splitPointer } from './pointer.js';

export type { Position };

export type SourceFormat = 'json' | 'yaml' | 'hcl';

export interface SourceDocument {
  /** Path as shown to the user (relative to the working directory where possible). */
  readonly file: string;
  readonly text: string;
  readonly format: SourceFormat;
  readonly data: unknown;
  /** 1-based position of the node at `pointer`, or of its closest existing ancestor. */
  locate(pointer: string, reportOnKey?: boolean): Position;
  /**
   * The source text of the scalar at `pointer` (`30.0` where the data says 30); undefined when the
   * file writes no number with a fraction, an exponent or ten digits or more (every number is then
   * as the data says, and no position needs to be worked out).
   */
  literal?(pointer: string): string | undefined;
  /** The YAML document model, with each node's source range (YAML files only; src/fix edits by it). */
  readonly yaml?: Document;
}

export interface ParseProblem {
  message: string;
  line: number;
  column: number;
}

export type Parsed = { ok: true; doc: SourceDocument } | { ok: false; problem: ParseProblem };

export function formatOf(file: string): SourceFormat {
  return /\.json$/i.test(file) ? 'json' : 'yaml';
}

export function parseText(file: string, text: string, format: SourceFormat = formatOf(file)): Parsed {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return problem('the file is empty', 1, 1);
  if (format === 'json') {
    const depth = nestingDepth(body);
    if (depth.depth > MAX_NESTING_DEPTH) return problem(`nesting is deeper than ${MAX_NESTING_DEPTH} levels`, depth.line, depth.column);
    if (depth.wideObject !== undefined) {
      const at = offsetToLineCol(body, depth.wideObject);
      return problem(
        `an object holds more than ${MAX_OBJECT_MEMBERS.toLocaleString('en-US')} members, far more than any lifecycle configuration, policy or registry manifest`,
        at.line,
        at.column,
      );
    }
    if (depth.containers > MAX_JSON_CONTAINERS) {
      return problem(
        `the JSON file holds more than ${MAX_JSON_CONTAINERS.toLocaleString('en-US')} objects and lists, far more than any lifecycle configuration, policy or registry manifest`,
        1,
        1,
      );
    }
    const strict = strictJson(body);
    if ('problem' in strict) return { ok: false, problem: strict.problem };
    // A key given twice is found by a linear scan and reported where it is, never by the YAML parser,
    // whose cost per node would make a large JSON file take minutes (issue 12).
    const duplicate = firstDuplicateKey(body);
    if (duplicate) {
      const { line, column } = offsetToLineCol(body, duplicate.offset);
      return problem(
        `duplicate key ${JSON.stringify(duplicate.key)}: the same key appears twice in one mapping, and parsers keep only one of them`,
        line,
        column,
      );
    }
    // JSON.parse's data, positions built only if a finding asks (ADR 0040).
    return { ok: true, doc: lazyJsonDocument(file, body, strict.data) };
  }
  // YAML: nesting counted by block structure too, and the nodes bounded, before the parser runs (ADR 0133).
  const shape = scanYaml(body, MAX_NESTING_DEPTH);
  if (shape.depth > MAX_NESTING_DEPTH) return problem(`nesting is deeper than ${MAX_NESTING_DEPTH} levels`, shape.line, shape.column);
  if (shape.nodes > MAX_YAML_NODES) {
    return problem(
      `the YAML file holds more than ${MAX_YAML_NODES.toLocaleString('en-US')} nodes, far more than any lifecycle configuration or policy; split it, or write it as JSON`,
      1,
      1,
    );
  }
  const lineCounter = new LineCounter();
  let yamlDoc;
  try {
    yamlDoc = parseDocument(body, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (err) {
    return problem(`the file could not be parsed (${(err as Error).message})`, 1, 1);
  }
  const first = yamlDoc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    return problem(describeYamlError(first.code, first.message, body.slice(first.pos[0], first.pos[0] + 300)), pos.line, pos.col);
  }
  const bomb = aliasExpansion(yamlDoc, MAX_ALIAS_NODES);
  if (bomb) {
    const pos = lineCounter.linePos(bomb.offset);
    return problem(
      `YAML aliases expand to more than ${MAX_ALIAS_NODES.toLocaleString('en-US')} nodes (an alias bomb); lifeguard refuses to expand them`,
      pos.line,
      pos.col,
    );
  }
  let data: unknown;
  try {
    // aliasExpansion bounded what the aliases add; yaml's own count would refuse small, honest uses.
    data = yamlDoc.toJS({ maxAliasCount: -1 });
  } catch (err) {
    return problem(`the file could not be read as data (${(err as Error).message})`, 1, 1);
  }
  const contents = yamlDoc.contents as YamlNode | null;
  const doc: SourceDocument = {
    file,
    text: body,
    format,
    data,
    locate: (pointer, reportOnKey) => locateNode(contents, lineCounter, pointer, reportOnKey ?? false),
    yaml: yamlDoc,
  };
  doc.literal = literalOf(body, doc.locate);
  return { ok: true, doc };
}

function lazyJsonDocument(file: string, text: string, data: unknown): SourceDocument {
  const find = jsonLocator(text);
  const locate = (pointer: string, reportOnKey?: boolean) => find(pointer, reportOnKey ?? false);
  return { file, text, format: 'json', data, locate, literal: literalOf(text, locate) };
}

/** The text between a value's start and end positions (line starts computed once, when first asked). */
function literalOf(text: string, locate: SourceDocument['locate']): (pointer: string) => string | undefined {
  let starts: number[] | undefined;
  let plain: boolean | undefined;
  return (pointer) => {
    plain ??= !/[0-9][.eE]|[0-9]{10}/.test(text);
    if (plain) return undefined;
    starts ??= [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
    const p = locate(pointer, false);
    const from = starts[p.line - 1]! + p.column - 1;
    const to = starts[(p.endLine ?? p.line) - 1]! + (p.endColumn ?? p.column) - 1;
    return text.slice(from, to);
  };
}

function problem(message: string, line: number, column: number): Parsed {
  return { ok: false, problem: { message, line, column } };
}

function describeYamlError(code: string, message: string, at: string): string {
  if (code === 'MULTIPLE_DOCS') return 'the file holds more than one YAML document; put one configuration per file';
  if (code === 'DUPLICATE_KEY') {
    const key = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'|^([^:\n,{}]+)/.exec(at);
    const name = key ? (key[1] ?? key[2] ?? key[3] ?? '').trim() : '';
    return `duplicate key "${name}": the same key appears twice in one mapping, and parsers keep only one of them`;
  }
  // yaml's messages are sentences already; drop the trailing position it appends.
  return message.replace(/ at line \d+, column \d+.*$/s, '').replace(/\.$/, '');
}

/** JSON.parse is the reference for what `aws s3api … --lifecycle-configuration file://x.json` reads. */
function strictJson(text: string): { data: unknown } | { problem: ParseProblem } {
  try {
    return { data: JSON.parse(text) as unknown };
  } catch (err) {
    const raw = (err as Error).message;
    let line = 1;
    let column = 1;
    const lc = /line (\d+) column (\d+)/.exec(raw);
    const at = /position (\d+)/.exec(raw);
    if (lc) {
      line = Number(lc[1]);
      column = Number(lc[2]);
    } else if (at) {
      ({ line, column } = offsetToLineCol(text, Number(at[1])));
    } else if (/end of JSON input/.test(raw)) {
      ({ line, column } = offsetToLineCol(text, text.length));
    } else {
      ({ line, column } = offsetToLineCol(text, guessJsonErrorOffset(text)));
    }
    const reason = raw
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ in JSON at position \d+/, '')
      .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
      // A finding is one line; V8 sometimes quotes the offending text, newlines and all.
      .replace(/\s*\n\s*/g, ' ');
    return { problem: { message: `invalid JSON: ${reason}`, line, column } };
  }
}

/** V8 omits the position for some errors; YAML's parser or a trailing comma usually finds it. */
function guessJsonErrorOffset(text: string): number {
  const yamlDoc = parseDocument(text, { prettyErrors: false });
  const err = yamlDoc.errors[0];
  if (err) return err.pos[0];
  const trailing = /,\s*[}\]]/.exec(text);
  return trailing ? trailing.index : 0;
}

export function offsetToLineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Whether the document's aliases, expanded, add more than `max` nodes: each alias counts the size
 * of the node it stands for (itself with its aliases expanded, memoised), so a deep chain and one
 * large node aliased many times are both caught in time linear in the document. The offset is the
 * first alias's.
 */
function aliasExpansion(doc: Document, max: number): { offset: number } | undefined {
  const size = new Map<YamlNode, number>();
  let first: number | undefined;
  let added = 0;
  const measure = (node: unknown, active: Set<unknown>): number => {
    if (isAlias(node)) {
      first ??= node.range?.[0] ?? 0;
      const target = node.resolve(doc) as YamlNode | undefined;
      // An alias inside its own anchor would recurse forever: count it as one node.
      const n = target && !active.has(target) ? measure(target, active) : 1;
      added += n;
      return n;
    }
    if (!isMap(node) && !isSeq(node)) return 1;
    const known = size.get(node);
    if (known !== undefined) return known;
    active.add(node);
    let n = 1;
    for (const item of node.items) {
      if (isPair(item)) n += measure(item.key, active) + measure(item.value, active);
      else n += measure(item, active);
      if (added > max) break;
    }
    active.delete(node);
    size.set(node, n);
    return n;
  };
  measure(doc.contents, new Set());
  return added > max ? { offset: first ?? 0 } : undefined;
}

/** Deepest bracket nesting outside quoted strings, where it is first reached, and how many brackets open. */
export function nestingDepth(text: string): { depth: number; line: number; column: number; containers: number; wideObject?: number } {
  let containers = 0;
  // Members counted per open object (-1 for a list), and where the first too-wide object starts.
  const members: number[] = [];
  const starts: number[] = [];
  let wideObject: number | undefined;
  let depth = 0;
  let max = 0;
  let at = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"') quote = '"';
    else if (c === ':' && members.length && members[members.length - 1]! >= 0) {
      if (++members[members.length - 1]! > MAX_OBJECT_MEMBERS && wideObject === undefined) wideObject = starts[starts.length - 1];
    } else if (c === '[' || c === '{') {
      members.push(c === '{' ? 0 : -1);
      starts.push(i);
      containers++;
      depth++;
      if (depth > max) {
        max = depth;
        at = i;
        if (max > MAX_NESTING_DEPTH) break;
      }
    } else if (c === ']' || c === '}') {
      depth--;
      members.pop();
      starts.pop();
    }
  }
  const { line, column } = offsetToLineCol(text, at);
  return { depth: max, line, column, containers, ...(wideObject !== undefined ? { wideObject } : {}) };
}

function locateNode(root: YamlNode | null, lc: LineCounter, pointer: string, reportOnKey: boolean): Position {
  let node: YamlNode | null = root;
  let keyNode: YamlNode | null = null;
  for (const segment of splitPointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      keyNode = pair.key as YamlNode;
      node = (pair.value as YamlNode | null) ?? keyNode;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as YamlNode | undefined;
      if (!/^\d+$/.test(segment) || !item) break;
      keyNode = null;
      node = item;
    } else {
      break;
    }
  }
  // A collection is shown by its key ("Transitions:"), a scalar by its value, unless asked otherwise.
  const useKey = keyNode && (reportOnKey || !isScalar(node));
  const target = useKey ? keyNode : node;
  const range = target?.range ?? [0, 0, 0];
  const start = lc.linePos(range[0]);
  const end = lc.linePos(range[1]);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
