/**
 * A target's proposed lifecycle configuration: the one step that turns what `.lifeguard.yml` points
 * at into S3 API JSON plus the findings about it. Lifecycle files are read, linted and located
 * here; retention-policy sources plug in at `fromPolicy` when the policy compiler lands.
 */
import { relative, resolve } from 'node:path';
import type { LifeguardConfig, TargetConfig } from '../config/config.js';
import { normalizeRule } from '../diff/normalize.js';
import { detectKind } from '../load/detect.js';
import type { SourceDocument } from '../load/document.js';
import { readSource } from '../load/read.js';
import { lintLifecycleDocument } from '../lint/engine.js';
import { PARSE_ERROR } from '../lint/file-rules.js';
import type { Finding } from '../lint/types.js';
import { str } from '../lint/values.js';
import { ruleViews } from '../lint/view.js';
import { locateConfiguration } from '../model/extract.js';
import type { LifecycleJson } from '../s3/convert.js';
import type { ProposedRule } from './state-rules/types.js';

export interface ProposedConfiguration {
  /** Display path of the file the rules come from; findings point into it. */
  file: string;
  /** Absolute path of that file (the drift guard reads its base version from git). */
  path: string;
  /** Pointer of the LifecycleConfiguration object in the file. */
  base: string;
  /** The Bucket of a file in the request shape. */
  bucket?: string;
  configuration: LifecycleJson;
  rules: ProposedRule[];
  /** Lint findings on the source (severities already applied, `off` removed). */
  findings: Finding[];
  /** Parsed documents by display path, for positions. */
  documents: SourceDocument[];
}

export type ProposedResult =
  | { ok: true; proposed: ProposedConfiguration }
  /** `message` says why there is no configuration; `findings` locate it when they can. */
  | { ok: false; message: string; findings: Finding[]; documents: SourceDocument[] };

export async function proposedConfiguration(target: TargetConfig, config: LifeguardConfig, cwd: string): Promise<ProposedResult> {
  if (target.source.policy !== undefined) return fromPolicy(target);
  const lifecycle = target.source.lifecycle;
  if (lifecycle === undefined) return { ok: false, message: 'the target names no source', findings: [], documents: [] };
  const path = resolve(config.dir, lifecycle);
  const result = await fromLifecycleFile(path, displayPath(path, cwd), config);
  // A full PutBucketLifecycleConfiguration request names its bucket: it must be this target's.
  if (result.ok && result.proposed.bucket !== undefined && result.proposed.bucket !== target.bucket) {
    const { file, findings, documents } = result.proposed;
    return { ok: false, message: `${file} is a request for bucket ${result.proposed.bucket}, but target ${target.name} is bucket ${target.bucket}`, findings, documents };
  }
  return result;
}

export async function fromLifecycleFile(path: string, file: string, config: LifeguardConfig): Promise<ProposedResult> {
  const read = await readSource(path, file);
  if (!read.ok) {
    if (read.kind === 'io') return { ok: false, message: `${file}: ${read.problem.message}`, findings: [], documents: [] };
    const finding: Finding = { ruleId: PARSE_ERROR.id, severity: 'error', message: `${read.problem.message}.`, file, pointer: '', position: { line: read.problem.line, column: read.problem.column } };
    return { ok: false, message: `${file} could not be read as a lifecycle configuration`, findings: [finding], documents: [] };
  }
  return fromDocument(read.doc, path, config);
}

export function fromDocument(doc: SourceDocument, path: string, config: LifeguardConfig): ProposedResult {
  if (detectKind(doc.data) !== 'lifecycle') {
    return { ok: false, message: `${doc.file} is not a lifecycle configuration (no "Rules" or "LifecycleConfiguration")`, findings: [], documents: [doc] };
  }
  const located = locateConfiguration(doc.data);
  const views = ruleViews(located.config, located.base);
  const configuration: LifecycleJson = { Rules: Array.isArray(located.config.Rules) ? located.config.Rules : [] };
  const tdmos = str(located.transitionDefaultMinimumObjectSize);
  if (tdmos !== undefined) configuration.TransitionDefaultMinimumObjectSize = tdmos;
  const findings = lintLifecycleDocument(doc, { severities: config.rules }).filter((f) => config.rules[f.ruleId] !== 'off');
  return {
    ok: true,
    proposed: {
      file: doc.file,
      path,
      base: located.base,
      ...(located.bucket !== undefined ? { bucket: located.bucket } : {}),
      configuration,
      rules: views.map((view) => ({ view, canonical: normalizeRule(view.raw) })),
      findings,
      documents: [doc],
    },
  };
}

function fromPolicy(target: TargetConfig): ProposedResult {
  return {
    ok: false,
    message: `retention-policy sources (${target.source.policy}) are not yet supported by plan and apply in this version; point source.lifecycle at a lifecycle configuration file`,
    findings: [],
    documents: [],
  };
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
