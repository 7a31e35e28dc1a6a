/**
 * Registry protection for `check` (and later `plan`): for every target in .lifeguard.yml that names
 * a registry manifest, the target's lifecycle file is checked against what the registry references.
 * Findings about the rules sit in the lifecycle file; problems with entries sit in the manifest.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { LifeguardConfig, TargetConfig } from '../config/config.js';
import type { SourceDocument } from '../load/document.js';
import { displayPath } from '../load/discover.js';
import { readSource } from '../load/read.js';
import type { Finding } from '../lint/types.js';
import { entriesFromCsv, entriesFromDocument, type RawEntry } from '../registry/manifest.js';
import { checkProtection, REGISTRY_PROTECTION, type InventoryObject } from '../registry/protect.js';
import { toReference, type Reference } from '../registry/reference.js';
import { REGISTRY_ENTRY } from '../registry/rules.js';

export interface LoadedReferences {
  references: Reference[];
  findings: Finding[];
  doc?: SourceDocument;
  ioError?: string;
}

export async function loadReferences(target: TargetConfig, config: LifeguardConfig, cwd: string): Promise<LoadedReferences> {
  const path = resolve(config.dir, target.registry!);
  const display = displayPath(path, cwd);
  const out: LoadedReferences = { references: [], findings: [] };
  let entries: RawEntry[];
  if (/\.csv$/i.test(path)) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      return { ...out, ioError: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : 'cannot be read' };
    }
    const csv = entriesFromCsv(text);
    entries = csv.entries;
    for (const p of csv.problems) out.findings.push(entryFinding(display, '', p.message, 'error', p.line));
  } else {
    const read = await readSource(path, display);
    if (!read.ok) {
      if (read.kind === 'io') return { ...out, ioError: read.problem.message };
      out.findings.push(entryFinding(display, '', read.problem.message, 'error', read.problem.line, read.problem.column));
      return out;
    }
    out.doc = read.doc;
    const parsed = entriesFromDocument(read.doc);
    entries = parsed.entries;
    for (const p of parsed.problems) out.findings.push(entryFinding(display, p.pointer, p.message, 'error'));
  }
  for (const e of entries) {
    const { reference, problem } = toReference(e, target.bucket);
    if (reference) out.references.push(reference);
    if (problem) out.findings.push(entryFinding(display, problem.pointer, `target ${target.name}: ${problem.message}`, problem.severity, problem.line));
  }
  return out;
}

export function protectionFindings(lifecycle: SourceDocument, references: readonly Reference[], objects?: readonly InventoryObject[]): Finding[] {
  return checkProtection(lifecycle.data, references, objects).map((p) => ({
    ruleId: REGISTRY_PROTECTION.id,
    severity: REGISTRY_PROTECTION.defaultSeverity,
    message: p.message,
    file: lifecycle.file,
    pointer: p.pointer,
    reportOnKey: true,
  }));
}

function entryFinding(file: string, pointer: string, message: string, severity: Finding['severity'], line?: number, column?: number): Finding {
  return {
    ruleId: REGISTRY_ENTRY.id,
    severity,
    message: /[.!?]$/.test(message) ? message : `${message}.`,
    file,
    pointer,
    position: line !== undefined ? { line, column: column ?? 1 } : undefined,
  };
}
