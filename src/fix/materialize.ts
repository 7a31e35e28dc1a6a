/**
 * Plans to fixes: each change of a plan becomes one text edit on the file the finding is in.
 * A plan any of whose changes cannot be made as an edit (a flow-style YAML map, a member that
 * shares its line) is dropped: a partial fix would be a different fix.
 */
import { parseTree, type Node } from 'jsonc-parser';
import type { Document } from 'yaml';
import type { SourceDocument } from '../load/document.js';
import { jsonChange } from './json-edit.js';
import { overlaps, type Span } from './span.js';
import type { Fix, FixPlan } from './types.js';
import { yamlChange, yamlDocument } from './yaml-edit.js';

export type Fixer = (plan: FixPlan) => Fix | undefined;

/** A fixer for one document; the YAML document model is built on the first plan, once. */
export function fixerFor(doc: Pick<SourceDocument, 'file' | 'text' | 'format' | 'yaml'>): Fixer {
  // Every change is an edit of the original text: one syntax tree (or the loader's YAML model) serves them all.
  let yaml: Document | undefined | null = doc.yaml ?? null;
  let json: Node | undefined | null = null;
  return (plan) => {
    if (doc.format === 'hcl') return undefined;
    const spans: Span[] = [];
    for (const change of plan.changes) {
      let span: Span | undefined;
      if (doc.format === 'json') {
        if (json === null) json = parseTree(doc.text);
        span = json ? jsonChange(doc.text, json, change) : undefined;
      } else {
        if (yaml === null) yaml = yamlDocument(doc.text);
        span = yaml ? yamlChange(doc.text, yaml, change) : undefined;
      }
      if (!span || spans.some((s) => overlaps(s, span))) return undefined;
      spans.push(span);
    }
    if (spans.length === 0) return undefined;
    spans.sort((a, b) => a.start - b.start);
    return { kind: plan.kind, description: plan.description, edits: spans.map((s) => ({ file: doc.file, ...s })) };
  };
}
