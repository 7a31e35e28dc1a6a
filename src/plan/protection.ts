/**
 * Registry protection for `check`: for every target in .lifeguard.yml that names a registry manifest
 * or has quarantine batches, the target's lifecycle file or policy is checked against what the
 * registry references. Findings about the rules sit in the source; problems with entries sit in the
 * manifest; quarantined objects the registry references again sit in the quarantine file.
 */
import { readFile } from 'node:fs/promises';
import { workspaceOf, type LifeguardConfig, type TargetConfig } from '../config/config.js';
import type { SourceDocument } from '../load/document.js';
import { readSource } from '../load/read.js';
import type { Finding } from '../lint/types.js';
import { entriesFromCsv, entriesFromDocument, type RawEntry } from '../model-registry/manifest.js';
import { checkProtection, REGISTRY_PROTECTION, type InventoryObject } from '../model-registry/protect.js';
import { toReference, type Reference } from '../model-registry/reference.js';
import { REGISTRY_ENTRY } from '../model-registry/rules.js';
import { detectKind } from '../load/detect.js';
import { splitPointer } from '../load/pointer.js';
import { checkPolicy } from '../policy/check-policy.js';
import { policyPointerOf, type Compilation } from '../policy/compile.js';
import { protectReferences } from '../policy/protect-references.js';
import { loadQuarantine } from '../quarantine/record.js';
import { referencedInventoryObjects, type ReferencedObjects } from '../model-registry/inventory-objects.js';
import { quarantineProtectionFindings } from '../quarantine/rules.js';

export interface LoadedReferences {
  references: Reference[];
  findings: Finding[];
  doc?: SourceDocument;
  ioError?: string;
}

export async function loadReferences(target: TargetConfig, config: LifeguardConfig): Promise<LoadedReferences> {
  const ws = workspaceOf(config);
  const path = ws.resolve(target.registry!, config.dir);
  const display = ws.display(path);
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
    const { reference, also, problem } = toReference(e, target.bucket);
    if (reference) out.references.push(reference);
    if (also) out.references.push(also);
    if (problem)
      out.findings.push(
        entryFinding(display, problem.pointer, `target ${target.name}: ${problem.message}`, problem.severity, problem.line),
      );
  }
  return out;
}

export function protectionFindings(
  lifecycle: SourceDocument,
  references: readonly Reference[],
  objects?: readonly InventoryObject[],
  objectsFrom?: string,
): Finding[] {
  return checkProtection(lifecycle.data, references, objects, objectsFrom).map((p) => ({
    ruleId: REGISTRY_PROTECTION.id,
    severity: REGISTRY_PROTECTION.defaultSeverity,
    message: p.message,
    file: lifecycle.file,
    pointer: p.pointer,
    reportOnKey: true,
  }));
}

function entryFinding(
  file: string,
  pointer: string,
  message: string,
  severity: Finding['severity'],
  line?: number,
  column?: number,
): Finding {
  return {
    ruleId: REGISTRY_ENTRY.id,
    severity,
    message: /[.!?]$/.test(message) ? message : `${message}.`,
    file,
    pointer,
    position: line !== undefined ? { line, column: column ?? 1 } : undefined,
  };
}

export interface TargetProtection {
  findings: Finding[];
  documents: SourceDocument[];
  ioErrors: Array<{ path: string; message: string }>;
}

/**
 * `check` for one target whose source file was checked: its rules against the registry manifest
 * (a lifecycle file as written; a policy as compiled for the target's stage and bucket, findings
 * moved to the policy lines), and its quarantine batches against the registry and the policy's
 * protect entries, key by key.
 */
export async function targetProtection(target: TargetConfig, config: LifeguardConfig, source: SourceDocument): Promise<TargetProtection> {
  const out: TargetProtection = { findings: [], documents: [], ioErrors: [] };
  let registry: Reference[] = [];
  if (target.registry) {
    const loaded = await loadReferences(target, config);
    if (loaded.ioError)
      out.ioErrors.push({
        path: workspaceOf(config).display(workspaceOf(config).resolve(target.registry, config.dir)),
        message: loaded.ioError,
      });
    if (loaded.doc) out.documents.push(loaded.doc);
    registry = loaded.references;
    append(out.findings, loaded.findings);
  }
  const quarantine = await loadQuarantine(target, config);
  if (quarantine.ioError) out.ioErrors.push({ path: quarantine.file, message: quarantine.ioError });
  if (quarantine.doc) out.documents.push(quarantine.doc);
  append(out.findings, quarantine.findings);
  if (!registry.length && !quarantine.record) return out;
  let inventory: ReferencedObjects | undefined;
  if (target.inventory && registry.length) {
    try {
      inventory = await referencedInventoryObjects(target.inventory, config.dir, registry);
    } catch (err) {
      out.ioErrors.push({ path: target.inventory, message: (err as Error).message });
    }
  }
  const from = inventory && `the inventory of ${inventory.asOf}`;
  let protect: Reference[] = [];
  if (detectKind(source.data) === 'lifecycle') append(out.findings, protectionFindings(source, registry, inventory?.objects, from));
  else {
    const checked = checkPolicy(source.file, source.data, {
      stages: target.stage ? [target.stage] : undefined,
      bucket: target.bucket,
      policyRules: [],
      lifecycleRules: [],
    });
    if (checked.policy) protect = protectReferences(checked.policy);
    if (checked.compilation)
      append(out.findings, compiledProtectionFindings(source.file, checked.compilation, registry, inventory?.objects, from));
  }
  if (quarantine.record)
    append(out.findings, quarantineProtectionFindings(quarantine.record, quarantine.file, [...registry, ...protect], target.name));
  return out;
}

/** Registry protection on a compiled policy, each finding at the policy value behind the rule. */
export function compiledProtectionFindings(
  file: string,
  compilation: Compilation,
  references: readonly Reference[],
  objects?: readonly InventoryObject[],
  objectsFrom?: string,
): Finding[] {
  if (!references.length) return [];
  return checkProtection(compilation.request, references, objects, objectsFrom).map((p) => {
    const pointer = policyPointerOf(compilation, p.pointer);
    const stage = splitPointer(pointer);
    return {
      ruleId: REGISTRY_PROTECTION.id,
      severity: REGISTRY_PROTECTION.defaultSeverity,
      message: stage[0] === 'stages' && stage[1] !== undefined ? `stage '${stage[1]}': ${p.message}` : p.message,
      file,
      pointer,
      reportOnKey: true,
    };
  });
}

/** A loop, not push(...): a registry or a quarantine file can give hundreds of thousands of findings. */
export function append<T>(to: T[], items: readonly T[]): void {
  for (const x of items) to.push(x);
}
