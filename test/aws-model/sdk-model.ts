/**
 * Reads the documentation of AWS's S3 service model as `@aws-sdk/client-s3` ships it: the doc
 * comments of its type declarations (dist-types/models/*.d.ts, dist-types/commands/*Command.d.ts),
 * which the SDK generates from the model's `documentation` traits, and its enums. Text only: the SDK
 * is never loaded, and nothing here is part of lifeguard's bundles.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Evidence } from '../../src/lint/evidence/types.js';

export interface ModelDocs {
  /** The SDK's own version, from its package.json. */
  version: string;
  /** The text of `Shape.Member`, `Shape`, `enum Name` or `operation Name`; undefined when the model has none. */
  text(source: string): string | undefined;
  /** Whether `Shape.Member` is required (declared without `?`); undefined when the member is not there. */
  required(source: string): boolean | undefined;
}

/** The model's words as a reader sees them: comment stars, doc tags and HTML dropped, spaces collapsed. */
export function plainText(comment: string): string {
  return comment
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, ''))
    .filter((l) => !/^@(public|deprecated|enum|see|internal)\b/.test(l.trim()))
    .join(' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:)])/g, '$1')
    .replace(/\( /g, '(')
    .trim();
}

export function readModelDocs(sdkDir: string): ModelDocs {
  const types = join(sdkDir, 'dist-types');
  if (!existsSync(join(types, 'models'))) throw new Error(`${sdkDir}: no dist-types/models; is this @aws-sdk/client-s3?`);
  const models = readdirSync(join(types, 'models'))
    .filter((f) => f.endsWith('.d.ts'))
    .sort()
    .map((f) => readFileSync(join(types, 'models', f), 'utf8'))
    .join('\n');
  const version = (JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8')) as { version: string }).version;
  const members = new Map<string, { text: string; required: boolean }>();
  const shapes = new Map<string, string>();
  const enums = new Map<string, string>();
  // An interface: its own doc comment, then members, each with a doc comment; the body ends at a "}" line.
  for (const m of models.matchAll(/(\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*)?export interface (\w+) \{\n([\s\S]*?)\n\}/g)) {
    const [, , doc, shape, body] = m;
    if (doc !== undefined) shapes.set(shape!, plainText(doc));
    for (const mm of body!.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(\w+)(\??):/g))
      members.set(`${shape}.${mm[2]}`, { text: plainText(mm[1]!), required: mm[3] === '' });
  }
  for (const m of models.matchAll(/export declare const (\w+): \{\n([\s\S]*?)\n\};/g)) {
    enums.set(m[1]!, [...m[2]!.matchAll(/readonly \w+: "([^"]*)";/g)].map((v) => v[1]).join(' | '));
  }
  const operation = (name: string): string | undefined => {
    const file = join(types, 'commands', `${name}Command.d.ts`);
    if (!existsSync(file)) return undefined;
    const m = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export declare class \w+Command/.exec(readFileSync(file, 'utf8'));
    return m ? plainText(m[1]!) : undefined;
  };
  return {
    version,
    text(source) {
      if (source.startsWith('enum ')) return enums.get(source.slice(5));
      if (source.startsWith('operation ')) return operation(source.slice(10));
      return source.includes('.') ? members.get(source)?.text : shapes.get(source);
    },
    required: (source) => members.get(source)?.required,
  };
}

export interface Citation {
  /** The rule (or retired rule) whose metadata cites it. */
  rule: string;
  evidence: Evidence;
}

/**
 * Every cited sentence that the model no longer says as cited: one line each, naming the rule, the
 * model element and the words, so that whoever updates the SDK sees which verdict to re-examine.
 */
export function citationProblems(docs: ModelDocs, citations: readonly Citation[]): string[] {
  const out: string[] = [];
  for (const { rule, evidence: e } of citations) {
    if (e.kind !== 'model') continue;
    const where = `${rule}: ${e.source} in @aws-sdk/client-s3 ${docs.version}`;
    if (e.match === 'required') {
      const req = docs.required(e.source);
      if (req !== true) out.push(`${where} is ${req === undefined ? 'gone' : 'no longer required'} (cited: "${e.quote}")`);
      continue;
    }
    const text = docs.text(e.source);
    if (text === undefined) out.push(`${where} is gone (cited: "${e.quote}")`);
    else if (e.match === 'whole' ? text !== e.quote : !text.includes(e.quote))
      out.push(`${where} now reads "${text}" (cited: "${e.quote}")`);
  }
  return out;
}
