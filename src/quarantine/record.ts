/**
 * The quarantine file: the batches `lifeguard orphans --quarantine` tagged, committed beside
 * .lifeguard.yml and reviewed like any rule change. Each batch becomes lifecycle rules (rules.ts)
 * through the target's proposed configuration, so objects are deleted only by an applied, reviewed
 * lifecycle configuration (ADR 0100). This module reads, checks and writes the file. A batch's keys
 * are listed in a manifest file of their own (manifest.ts, ADR 0143), or, in records written before,
 * inline.
 */
import { existsSync } from 'node:fs';
import { workspaceOf, type LifeguardConfig, type TargetConfig } from '../config/config.js';
import { schemaDocument, validateQuarantine } from '../generated/quarantine-validator.js';
import type { SourceDocument } from '../load/document.js';
import { joinPointer } from '../load/pointer.js';
import { readSource } from '../load/read.js';
import { fileProblemFinding } from '../lint/file-rules.js';
import { describeSchemaErrors } from '../lint/schema-errors.js';
import type { Finding } from '../lint/types.js';
import { QUARANTINE_FILE } from '../model-registry/rules.js';
import { manifestPath, readManifest, type QuarantinedObject } from './manifest.js';

/** The tag every quarantined object carries; its value is the batch's day. */
export const QUARANTINE_TAG = 'lifeguard-quarantine';
export const DEFAULT_QUARANTINE_DAYS = 7;

export type { QuarantinedObject };

export interface QuarantineBatch {
  /** The tag value: the UTC day the objects were tagged (YYYY-MM-DD). */
  tag: string;
  /** The UTC day the batch's rules expire them (YYYY-MM-DD, 00:00 UTC). */
  expireOn: string;
  minAgeDays?: number;
  prefixes: string[];
  /** The batch's objects: inline in older records, else read from `manifest`. */
  objects: QuarantinedObject[];
  /** The key list, relative to the quarantine file's folder (manifest.ts). */
  manifest?: string;
  /** With a manifest: how many objects it lists and their bytes when tagged. */
  count?: number;
  bytes?: number;
  /** The manifest's display path (in memory only). */
  manifestFile?: string;
  released?: Array<{ key: string; on: string }>;
}

export interface QuarantineRecord {
  target: string;
  bucket: string;
  batches: QuarantineBatch[];
}

export interface LoadedQuarantine {
  /** Absolute path and display path of the file (which may not exist yet). */
  path: string;
  file: string;
  /** Absent when the file does not exist (no batches) or is unusable (see findings). */
  record?: QuarantineRecord;
  doc?: SourceDocument;
  findings: Finding[];
  ioError?: string;
}

export function quarantinePath(target: TargetConfig, config: LifeguardConfig): string {
  return workspaceOf(config).resolve(target.quarantine?.file ?? `.lifeguard/quarantine/${target.name}.json`, config.dir);
}

export async function loadQuarantine(target: TargetConfig, config: LifeguardConfig): Promise<LoadedQuarantine> {
  const path = quarantinePath(target, config);
  const file = workspaceOf(config).display(path);
  if (!existsSync(path)) return { path, file, findings: [] };
  const read = await readSource(path, file);
  if (!read.ok) {
    if (read.kind === 'io') return { path, file, findings: [], ioError: read.problem.message };
    return { path, file, findings: [fileProblemFinding(read.problem, file)] };
  }
  const findings: Finding[] = quarantineProblems(read.doc.data, target).map((p) => ({
    ruleId: QUARANTINE_FILE.id,
    severity: QUARANTINE_FILE.defaultSeverity,
    file,
    ...p,
  }));
  if (findings.length) return { path, file, doc: read.doc, findings };
  const record = structuredClone(read.doc.data) as QuarantineRecord;
  for (const [i, b] of record.batches.entries()) {
    if (b.manifest === undefined) continue;
    b.objects = [];
    const at = { ruleId: QUARANTINE_FILE.id, severity: QUARANTINE_FILE.defaultSeverity };
    const where = manifestPath(path, b.manifest);
    if (!where) {
      findings.push({
        ...at,
        file,
        pointer: joinPointer('/batches', i, 'manifest'),
        message: `the manifest ${b.manifest} must be a .csv file inside the quarantine file's folder.`,
      });
      continue;
    }
    const workspace = workspaceOf(config);
    b.manifestFile = workspace.display(where);
    // A link that leads out of the repository is not read (the workspace's rule for every path).
    const confined = workspace.confine(where);
    if (!confined.ok) {
      findings.push({
        ...at,
        file,
        pointer: joinPointer('/batches', i, 'manifest'),
        message: `the manifest ${b.manifest} ${confined.reason}.`,
      });
      continue;
    }
    if (!existsSync(where)) {
      findings.push({
        ...at,
        file,
        pointer: joinPointer('/batches', i, 'manifest'),
        message: `batch ${b.tag}'s manifest ${b.manifestFile} does not exist; commit it with the quarantine file.`,
      });
      continue;
    }
    const read = await readManifest(where, target.bucket);
    b.objects = read.objects;
    for (const p of read.problems)
      findings.push({ ...at, file: b.manifestFile, pointer: '', position: { line: p.line, column: 1 }, message: `${p.message}.` });
    if (b.count !== undefined && b.count !== b.objects.length) {
      findings.push({
        ...at,
        file,
        pointer: joinPointer('/batches', i, 'count'),
        message: `batch ${b.tag} says ${b.count} objects, but its manifest lists ${b.objects.length}.`,
      });
    }
  }
  for (const p of objectProblems(record))
    findings.push({
      ruleId: QUARANTINE_FILE.id,
      severity: QUARANTINE_FILE.defaultSeverity,
      ...objectLocation(record, file, p.batch, p.object),
      message: p.message,
    });
  return { path, file, doc: read.doc, findings, ...(findings.length ? {} : { record }) };
}

/** Where a batch's object is written: its manifest line, or its place in the quarantine file. */
export function objectLocation(
  record: QuarantineRecord,
  file: string,
  batch: number,
  object: number,
): { file: string; pointer: string; position?: { line: number; column: number } } {
  const b = record.batches[batch]!;
  const o = b.objects[object]!;
  if (b.manifestFile && o.line !== undefined) return { file: b.manifestFile, pointer: '', position: { line: o.line, column: 1 } };
  return { file, pointer: joinPointer('/batches', batch, 'objects', object) };
}

/** What the objects of the batches must be: under their batch's prefixes, each in one batch only. */
function objectProblems(record: QuarantineRecord): Array<{ batch: number; object: number; message: string }> {
  const out: Array<{ batch: number; object: number; message: string }> = [];
  const keys = new Map<string, string>();
  record.batches.forEach((b, i) => {
    b.objects.forEach((o, j) => {
      if (!b.prefixes.some((p) => o.key.startsWith(p)))
        out.push({
          batch: i,
          object: j,
          message: `${o.key} is not under the batch's prefixes (${b.prefixes.join(', ')}), so no rule of the batch would expire it.`,
        });
      const other = keys.get(o.key);
      if (other !== undefined)
        out.push({
          batch: i,
          object: j,
          message: `${o.key} is also in batch ${other}; an object carries one ${QUARANTINE_TAG} value, so only one batch can hold it.`,
        });
      keys.set(o.key, b.tag);
    });
  });
  return out;
}

/** Schema, then what a schema cannot say: the right target and bucket, one batch per day, a key list (inline keys are checked by objectProblems). */
export function quarantineProblems(
  data: unknown,
  target: TargetConfig,
): Array<{ pointer: string; message: string; reportOnKey?: boolean }> {
  if (!validateQuarantine(data)) {
    return describeSchemaErrors(validateQuarantine.errors ?? [], data, {
      schema: schemaDocument,
      rootDef: '',
      subject: (p) => (p ? `quarantine ${p.slice(1).replace(/\//g, '.')}` : 'the quarantine file'),
    });
  }
  const record = data as QuarantineRecord;
  const out: Array<{ pointer: string; message: string; reportOnKey?: boolean }> = [];
  if (record.target !== target.name)
    out.push({ pointer: '/target', message: `the quarantine file is for target "${record.target}", not "${target.name}".` });
  if (record.bucket !== target.bucket)
    out.push({
      pointer: '/bucket',
      message: `the quarantine file is for bucket "${record.bucket}", but target ${target.name} is bucket "${target.bucket}".`,
    });
  const days = new Set<string>();
  record.batches.forEach((b, i) => {
    const at = (...s: Array<string | number>) => joinPointer('/batches', i, ...s);
    if (days.has(b.tag)) out.push({ pointer: at('tag'), message: `batch ${b.tag} appears twice; one tag value is one batch.` });
    days.add(b.tag);
    if (!isDay(b.tag)) out.push({ pointer: at('tag'), message: `batch tag ${b.tag} is not a calendar day.` });
    if (!isDay(b.expireOn)) out.push({ pointer: at('expireOn'), message: `expireOn ${b.expireOn} is not a calendar day.` });
    else if (b.expireOn < b.tag)
      out.push({ pointer: at('expireOn'), message: `batch ${b.tag} would expire on ${b.expireOn}, before its objects were tagged.` });
    if ((b.objects === undefined) === (b.manifest === undefined))
      out.push({
        pointer: at(),
        reportOnKey: true,
        message: `batch ${b.tag} needs its keys: a manifest file, or (in older records) objects, not both.`,
      });
  });
  const inline = { ...record, batches: record.batches.map((b) => ({ ...b, objects: b.manifest === undefined ? (b.objects ?? []) : [] })) };
  for (const p of objectProblems(inline))
    out.push({ pointer: joinPointer('/batches', p.batch, 'objects', p.object, 'key'), message: p.message });
  return out;
}

function isDay(s: string): boolean {
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/**
 * Deterministic JSON with one object per line, so a review diff shows one line per quarantined or
 * released object.
 */
export function renderQuarantine(record: QuarantineRecord): string {
  const j = (v: unknown) => JSON.stringify(v);
  const lines = [
    '{',
    `  "apiVersion": "lifeguard/v1",`,
    `  "kind": "QuarantineBatches",`,
    `  "target": ${j(record.target)},`,
    `  "bucket": ${j(record.bucket)},`,
  ];
  if (record.batches.length === 0) lines.push('  "batches": []');
  else {
    lines.push('  "batches": [');
    record.batches.forEach((b, i) => {
      lines.push('    {', `      "tag": ${j(b.tag)},`, `      "expireOn": ${j(b.expireOn)},`);
      if (b.minAgeDays !== undefined) lines.push(`      "minAgeDays": ${b.minAgeDays},`);
      const list = (name: string, items: readonly unknown[], last: boolean) => {
        const end = last ? '' : ',';
        if (!items.length) return void lines.push(`      "${name}": []${end}`);
        lines.push(`      "${name}": [`);
        items.forEach((o, k) => lines.push(`        ${j(o)}${k < items.length - 1 ? ',' : ''}`));
        lines.push(`      ]${end}`);
      };
      lines.push(`      "prefixes": ${j(b.prefixes)},`);
      if (b.manifest !== undefined) {
        const last = !b.released?.length;
        lines.push(
          `      "manifest": ${j(b.manifest)},`,
          `      "count": ${b.count ?? b.objects.length},`,
          `      "bytes": ${b.bytes ?? b.objects.reduce((n, o) => n + o.size, 0)}${last ? '' : ','}`,
        );
        if (!last) list('released', b.released!, true);
        lines.push(`    }${i < record.batches.length - 1 ? ',' : ''}`);
        return;
      }
      list('objects', b.objects.map(compactObject), !b.released?.length);
      if (b.released?.length) list('released', b.released, true);
      lines.push(`    }${i < record.batches.length - 1 ? ',' : ''}`);
    });
    lines.push('  ]');
  }
  lines.push('}', '');
  return lines.join('\n');
}

function compactObject(o: QuarantinedObject): QuarantinedObject {
  return {
    key: o.key,
    size: o.size,
    ...(o.lastModified ? { lastModified: o.lastModified } : {}),
    ...(o.storageClass && o.storageClass !== 'STANDARD' ? { storageClass: o.storageClass } : {}),
  };
}
