/**
 * A target's proposed lifecycle configuration: the one step that turns what `.lifeguard.yml` points
 * at into S3 API JSON plus the findings about it. A lifecycle file is what gets applied when the
 * target names one (with a policy too, the file must agree with it); a policy alone is compiled
 * for the target's stage and bucket (policy-source.ts).
 */
import { applySeverities } from '../lint/apply-severities.js';
import { workspaceOf, type LifeguardConfig, type TargetConfig } from '../config/config.js';
import { normalizeRule } from '../diff/normalize.js';
import { detectKind, type DocumentKind } from '../load/detect.js';
import type { SourceDocument } from '../load/document.js';
import { readSource } from '../load/read.js';
import { lintLifecycleDocument } from '../lint/engine.js';
import { PARSE_ERROR } from '../lint/file-rules.js';
import type { Finding } from '../lint/types.js';
import { str } from '../lint/values.js';
import { ruleViews } from '../lint/view.js';
import { locateConfiguration } from '../model/extract.js';
import { agreementFindings } from '../pipeline/policy-agreement.js';
import type { LifecycleJson } from '../s3/convert.js';
import { fromPolicy } from './policy-source.js';
import type { ProposedRule } from './state-rules/types.js';
import type { Policy } from '../policy/model.js';
import type { Reference } from '../registry/reference.js';
import { withTargetExtras } from './target-extras.js';

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

export async function proposedConfiguration(target: TargetConfig, config: LifeguardConfig): Promise<ProposedResult> {
  const result = await sourceConfiguration(target, config);
  return result.ok ? withTargetExtras(result.proposed, target, config) : result;
}

/** The rules of the target's own source (lifecycle file, policy, or both), before registry and quarantine. */
async function sourceConfiguration(target: TargetConfig, config: LifeguardConfig): Promise<ProposedResult> {
  const { lifecycle, policy } = target.source;
  const ws = workspaceOf(config);
  if (target.source.terraform !== undefined || target.source.cloudformation !== undefined) return (await import('./iac-source.js')).fromIac(target, config);
  if (lifecycle === undefined && policy !== undefined) return fromPolicy(target, config);
  if (lifecycle === undefined) return { ok: false, message: 'the target names no source', findings: [], documents: [] };
  if (/\.tf$/.test(lifecycle)) return { ok: false, message: `${lifecycle} is a Terraform file: name it as "terraform" with the "resource" that holds the rules`, findings: [], documents: [] };
  const path = ws.resolve(lifecycle, config.dir);
  const read = await readDocument(path, ws.display(path), 'lifecycle');
  if (!read.ok) return read;
  const result = fromDocument(read.doc, path, config, target);
  if (!result.ok) return result;
  const proposed = result.proposed;
  // A full PutBucketLifecycleConfiguration request names its bucket: it must be this target's.
  if (proposed.bucket !== undefined && proposed.bucket !== target.bucket) {
    return { ok: false, message: `${proposed.file} is a request for bucket ${proposed.bucket}, but target ${target.name} is bucket ${target.bucket}`, findings: proposed.findings, documents: proposed.documents };
  }
  if (policy !== undefined) {
    const policyPath = ws.resolve(policy, config.dir);
    const policyRead = await readDocument(policyPath, ws.display(policyPath), 'policy');
    if (!policyRead.ok) return policyRead;
    proposed.findings.push(...applySeverities(agreementFindings(target, policyRead.doc, read.doc, config), config.rules));
    proposed.documents.push(policyRead.doc);
  }
  return result;
}

/** Reads a source with positions; a file of the wrong kind is a failure, not a guess. */
export async function readDocument(path: string, file: string, kind: DocumentKind): Promise<{ ok: true; doc: SourceDocument } | Extract<ProposedResult, { ok: false }>> {
  const read = await readSource(path, file);
  if (!read.ok) {
    if (read.kind === 'io') return { ok: false, message: `${file}: ${read.problem.message}`, findings: [], documents: [] };
    const finding: Finding = { ruleId: PARSE_ERROR.id, severity: 'error', message: `${read.problem.message}.`, file, pointer: '', position: { line: read.problem.line, column: read.problem.column } };
    return { ok: false, message: `${file} could not be read`, findings: [finding], documents: [] };
  }
  if (detectKind(read.doc.data) !== kind) {
    const what = kind === 'lifecycle' ? 'a lifecycle configuration (no "Rules" or "LifecycleConfiguration")' : 'a retention policy (kind: RetentionPolicy)';
    return { ok: false, message: `${file} is not ${what}`, findings: [], documents: [read.doc] };
  }
  return { ok: true, doc: read.doc };
}

export function fromDocument(doc: SourceDocument, path: string, config: LifeguardConfig, target?: TargetConfig): ProposedResult {
  const located = locateConfiguration(doc.data);
  const views = ruleViews(located.config, located.base);
  const findings = lintLifecycleDocument(doc, { severities: config.rules, targets: target ? [target] : [] });
  return {
    ok: true,
    proposed: {
      file: doc.file,
      path,
      base: located.base,
      ...(located.bucket !== undefined ? { bucket: located.bucket } : {}),
      configuration: lifecycleConfigurationOf(doc.data, doc.file),
      rules: views.map((view) => ({ view, canonical: normalizeRule(view.raw) })),
      findings,
      documents: [doc],
      configurationOf: lifecycleConfigurationOf,
    },
  };
}

/** A lifecycle file's data (bare or request shape) as the configuration it puts. */
export function lifecycleConfigurationOf(data: unknown, label: string): LifecycleJson {
  if (detectKind(data) !== 'lifecycle') throw new SourceError(`${label} is not a lifecycle configuration`);
  const located = locateConfiguration(data);
  const out: LifecycleJson = { Rules: Array.isArray(located.config.Rules) ? located.config.Rules : [] };
  const tdmos = str(located.transitionDefaultMinimumObjectSize);
  if (tdmos !== undefined) out.TransitionDefaultMinimumObjectSize = tdmos;
  return out;
}
