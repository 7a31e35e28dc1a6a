/**
 * What a target's source becomes (a proposed configuration, or why there is none), and reading a
 * source document: shared by source.ts and the sources it delegates to (policy, infrastructure as
 * code, target extras), which therefore do not import source.ts back.
 */
import type { DocumentKind } from '../load/detect.js';
import { detectKind } from '../load/detect.js';
import type { SourceDocument } from '../load/document.js';
import { readSource } from '../load/read.js';
import { fileProblemFinding } from '../lint/file-rules.js';
import type { Finding } from '../lint/types.js';
import type { Policy } from '../policy/model.js';
import type { Reference } from '../model-registry/reference.js';
import type { LifecycleJson } from '../s3/convert.js';
import type { ProposedRule } from './state-rules/types.js';

export interface ProposedConfiguration {
  /** Display path of the file the rules come from; findings point into it. */
  file: string;
  /** Absolute path of that file (the drift guard reads its base version from git). */
  path: string;
  /** Pointer of the LifecycleConfiguration object in the file's data (or in the compiled request). */
  base: string;
  /** The Bucket of a file in the request shape. */
  bucket?: string;
  configuration: LifecycleJson;
  rules: ProposedRule[];
  /** Lint findings on the source (severities already applied, `off` removed). */
  findings: Finding[];
  /** Parsed documents by display path, for positions. */
  documents: SourceDocument[];
  /** Turns another version of the same file (the drift guard's base) into a configuration. */
  configurationOf(data: unknown, label: string): LifecycleJson;
  /** Maps a pointer into the rules' data to a pointer into `file` (compiled policies). */
  mapPointer?(pointer: string): string;
  /** Maps a pointer into the rules' data to the file and pointer behind it (rules not from `file`: quarantine). */
  locate?(pointer: string): { file: string; pointer: string };
  /** The retention policy, when the rules are compiled from one (its protect entries). */
  policy?: Policy;
  /** Rules that come from the source itself; generated quarantine rules follow them. */
  ownRules?: number;
  /** What the registry manifest and the policy's protect entries reference (target-extras.ts). */
  references?: { registry: Reference[]; protect: Reference[] };
}

export type ProposedResult =
  | { ok: true; proposed: ProposedConfiguration }
  /** `message` says why there is no configuration; `findings` locate it when they can. */
  | { ok: false; message: string; findings: Finding[]; documents: SourceDocument[] };

export class SourceError extends Error {
  override name = 'SourceError';
}

/** Reads a source with positions; a file of the wrong kind is a failure, not a guess. */
export async function readDocument(
  path: string,
  file: string,
  kind: DocumentKind,
): Promise<{ ok: true; doc: SourceDocument } | Extract<ProposedResult, { ok: false }>> {
  const read = await readSource(path, file);
  if (!read.ok) {
    if (read.kind === 'io') return { ok: false, message: `${file}: ${read.problem.message}`, findings: [], documents: [] };
    return { ok: false, message: `${file} could not be read`, findings: [fileProblemFinding(read.problem, file)], documents: [] };
  }
  if (detectKind(read.doc.data) !== kind) {
    const what =
      kind === 'lifecycle'
        ? 'a lifecycle configuration (no "Rules" or "LifecycleConfiguration")'
        : 'a retention policy (kind: RetentionPolicy)';
    return { ok: false, message: `${file} is not ${what}`, findings: [], documents: [read.doc] };
  }
  return { ok: true, doc: read.doc };
}
