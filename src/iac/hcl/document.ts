/**
 * A .tf file as a SourceDocument: findings address its attributes with the pointers Terraform's JSON
 * syntax would use (`/resource/aws_s3_bucket_lifecycle_configuration/ml_data/rule/0/transition/1/days`,
 * nested blocks numbered by type in source order), and `locate` turns them into lines and columns.
 */
import type { Position, SourceDocument } from '../../load/document.js';
import type { Body, HclFile, Range } from './syntax.js';

export interface HclDocument extends SourceDocument {
  readonly hcl: HclFile;
}

/** Pointer of a top-level block: resource and data by type and name, the others by their labels. */
export function blockPointer(type: string, labels: readonly string[]): string {
  return ['', type, ...labels].map(escape).join('/');
}

export function escape(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function hclDocument(file: string, text: string, hcl: HclFile): HclDocument {
  let positions: Map<string, Range> | undefined;
  return {
    file,
    text,
    format: 'hcl',
    data: undefined,
    hcl,
    locate(pointer: string): Position {
      positions ??= indexPositions(hcl.body);
      let p = pointer;
      for (;;) {
        const r = positions.get(p);
        if (r) return r;
        if (p === '') return { line: 1, column: 1 };
        p = p.slice(0, p.lastIndexOf('/'));
      }
    },
  };
}

function indexPositions(root: Body): Map<string, Range> {
  const out = new Map<string, Range>();
  const walk = (body: Body, at: string) => {
    for (const a of body.attributes) out.set(`${at}/${escape(a.name)}`, a.expr.range);
    const counts = new Map<string, number>();
    for (const b of body.blocks) {
      const n = counts.get(b.type) ?? 0;
      counts.set(b.type, n + 1);
      const p = at === '' ? blockPointer(b.type, b.labels) : `${at}/${escape(b.type)}/${n}`;
      // A block is shown by its opening words: `transition {`.
      out.set(p, { line: b.range.line, column: b.range.column, endLine: b.range.line, endColumn: b.range.column + b.type.length });
      walk(b.body, p);
    }
  };
  walk(root, '');
  return out;
}
