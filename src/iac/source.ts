/**
 * Infrastructure-as-code files to lifecycle units, whatever their format: `.tf` (HCL), `.tf.json`,
 * a plan's JSON, a CloudFormation or CDK template. The one entry the check and the targets use; it
 * is imported lazily, so a run that meets only lifecycle JSON never loads it (ADR 0161).
 */
import { severityFor } from '../lint/severity.js';
import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { decodeUtf8 } from '../load/decode.js';
import type { ParseProblem, SourceDocument } from '../load/document.js';
import { MAX_FILE_BYTES } from '../load/limits.js';
import { describeIoError } from '../load/read.js';
import type { Finding, SeveritySetting } from '../lint/types.js';
import type { TargetConfig } from '../config/config.js';
import { targetsOfResource } from '../config/target-sources.js';
import { cfnYamlData } from './cloudformation/yaml-tags.js';
import { templateUnits } from './cloudformation/template.js';
import { hclDocument } from './hcl/document.js';
import { lintUnits } from './lint-units.js';
import { hclUnits } from './terraform/hcl-units.js';
import { tfJsonUnits } from './terraform/json-units.js';
import { moduleScope, parseHclFile, unreadableFinding } from './terraform/module-scope.js';
import { planSourceMap } from './terraform/plan-sources.js';
import { planUnits } from './terraform/plan-units.js';
import type { FrontEndFinding, LifecycleUnit } from './types.js';

export type IacKind = 'terraform' | 'terraform-json' | 'terraform-plan' | 'cloudformation';

export interface IacSource {
  kind: IacKind;
  doc: SourceDocument;
  units: LifecycleUnit[];
  /** Findings about the file, not one resource (unsupported plan format, a rewriting transform). */
  findings: FrontEndFinding[];
  /** Other files findings are moved to (the .tf files behind a plan). */
  documents: SourceDocument[];
  /** Moves a finding of unit `i` to its source file, when there is one (plans). */
  relocate?: Array<(f: Finding) => Finding>;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export type TfRead = { ok: true; source: IacSource } | { ok: false; kind: 'io' | 'content'; problem: ParseProblem };

/**
 * A `.tf` file: read, parsed with positions, evaluated in its folder's scope. With `skipUnrelated`
 * (files found in a folder), a file that never names an S3 bucket resource is not even parsed: most
 * .tf files of a repository are about something else.
 */
export async function readTerraform(path: string, display: string, skipUnrelated = false): Promise<TfRead> {
  let bytes: Uint8Array;
  try {
    const info = statSync(path);
    // A FIFO or device named *.tf would block the read (the JSON loader says the same).
    if (!info.isFile()) return { ok: false, kind: 'io', problem: { message: `${display} is not a regular file`, line: 1, column: 1 } };
    if (info.size > MAX_FILE_BYTES) {
      return {
        ok: false,
        kind: 'content',
        problem: { message: `the file is over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit`, line: 1, column: 1 },
      };
    }
    bytes = readFileSync(path);
  } catch (err) {
    return { ok: false, kind: 'io', problem: { message: describeIoError(err), line: 1, column: 1 } };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, kind: 'content', problem: decoded.problem };
  if (skipUnrelated && !decoded.text.includes('aws_s3_bucket')) {
    return {
      ok: true,
      source: {
        kind: 'terraform',
        doc: hclDocument(display, decoded.text, { body: { attributes: [], blocks: [] } }),
        units: [],
        findings: [],
        documents: [],
      },
    };
  }
  const parsed = await parseHclFile(path, decoded.text);
  if (!parsed.ok) return { ok: false, kind: 'content', problem: parsed.error };
  const scope = await moduleScope(dirname(path));
  const units = hclUnits(parsed.file, scope);
  return {
    ok: true,
    source: {
      kind: 'terraform',
      doc: hclDocument(display, decoded.text, parsed.file),
      units,
      findings: units.length > 0 ? unreadableFinding(scope, path) : [],
      documents: [],
    },
  };
}

/** A JSON or YAML document that detect.ts recognised as Terraform JSON, a plan or a template. */
export async function fromDocument(path: string, doc: SourceDocument, kind: Exclude<IacKind, 'terraform'>): Promise<IacSource> {
  if (kind === 'terraform-json') {
    const scope = await moduleScope(dirname(path));
    const units = tfJsonUnits(doc.data, scope);
    return { kind, doc, units, findings: units.length > 0 ? unreadableFinding(scope, path) : [], documents: [] };
  }
  if (kind === 'terraform-plan') {
    const plan = doc.data as Record<string, unknown>;
    const { units, findings } = planUnits(plan);
    const documents: SourceDocument[] = [];
    const relocate = await Promise.all(
      units.map(async (pu) => {
        const map = await planSourceMap(path, doc.file, plan, pu);
        if (!map) return (f: Finding) => f;
        documents.push(map.doc);
        return (f: Finding): Finding => {
          const to = f.file === doc.file ? map.map(f.pointer) : undefined;
          return to ? { ...f, file: map.doc.file, pointer: to } : f;
        };
      }),
    );
    return { kind, doc, units: units.map((u) => u.unit), findings, documents, relocate };
  }
  // Short forms (`!Ref`) survive only in the YAML tree: read them again as long forms.
  const data = doc.format === 'yaml' && /(^|[\s:[,-])!\w/m.test(doc.text) ? cfnYamlData(doc.text) : doc.data;
  const { units, findings } = templateUnits(
    isObj(data) ? data : {},
    (name) => doc.locate(`/Parameters/${name.replace(/~/g, '~0').replace(/\//g, '~1')}/Default`).line,
  );
  return { kind, doc, units, findings, documents: [] };
}

/** `targets`: those naming this file; each unit is linted with the ones naming its resource. */
export function lintIac(
  source: IacSource,
  severities: Readonly<Record<string, SeveritySetting>>,
  targets: readonly TargetConfig[] = [],
): Finding[] {
  const file = source.doc.file;
  const out: Finding[] = [];
  source.units.forEach((unit, i) => {
    const move = source.relocate?.[i] ?? ((f: Finding) => f);
    const own = targetsOfResource(targets, unit.address, source.units.length === 1);
    for (const f of lintUnits(file, [unit], { severities, targets: own })) out.push(move(f));
  });
  for (const f of source.findings) {
    const severity = severityFor(undefined, f.severity, severities[f.ruleId]);
    if (!severity) continue;
    out.push({ ruleId: f.ruleId, severity, message: f.message, file, pointer: f.pointer, ...(f.hint ? { hint: f.hint } : {}) });
  }
  return out;
}
