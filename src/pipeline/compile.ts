/**
 * `compile` end to end, shared by the CLI and tests: read each policy with positions, run the
 * policy check (schema, rules, compile, lint of the output), and render one request per bucket.
 * Reads files; writing them is the command's business.
 */
import { applySeverities } from '../config/apply-severities.js';
import { resolve } from 'node:path';
import type { LifeguardConfig } from '../config/config.js';
import { detectKind } from '../load/detect.js';
import { Workspace } from '../workspace/workspace.js';
import type { SourceDocument } from '../load/document.js';
import { readSource } from '../load/read.js';
import { fileProblemFinding, PARSE_ERROR } from '../lint/file-rules.js';
import type { Finding } from '../lint/types.js';
import { checkPolicy } from '../policy/check-policy.js';
import { renderRequest, type CompiledRequest } from '../policy/compile.js';
import { emitCloudFormation } from '../iac/emit/cloudformation.js';
import { emitTerraform } from '../iac/emit/terraform.js';
import { POLICY_COMPILE } from '../policy/rules/registry.js';
import { buildReport, resolveFindings } from '../findings/resolve.js';
import type { CheckReport, CheckedFile } from '../findings/types.js';

export interface CompiledFile {
  bucket: string;
  policyFile: string;
  rules: number;
  /** The bytes to print or write. */
  text: string;
  /** File name for --out: <bucket>.lifecycle.json, <bucket>.lifecycle.tf or <bucket>.template.yaml. */
  fileName: string;
}

/** What compile writes: the S3 request (JSON), a Terraform resource, or a CloudFormation template. */
export type EmitFormat = 'json' | 'terraform' | 'cloudformation';
export const EMIT_FORMATS: readonly EmitFormat[] = ['json', 'terraform', 'cloudformation'];

function emit(request: CompiledRequest, format: EmitFormat, source: string): { text: string; fileName: string } {
  if (format === 'terraform') return { text: emitTerraform(request, source), fileName: `${request.Bucket}.lifecycle.tf` };
  if (format === 'cloudformation') return { text: emitCloudFormation(request, source), fileName: `${request.Bucket}.template.yaml` };
  return { text: renderRequest(request), fileName: `${request.Bucket}.lifecycle.json` };
}

export interface CompileResult {
  report: CheckReport;
  sources: Map<string, string>;
  ioErrors: Array<{ path: string; message: string }>;
  /** One per policy, in argument order; empty when any error finding stopped compilation. */
  outputs: CompiledFile[];
}

export async function runCompile(
  paths: readonly string[],
  config: LifeguardConfig,
  cwd: string = process.cwd(),
  format: EmitFormat = 'json',
): Promise<CompileResult> {
  const findings: Finding[] = [];
  const ioErrors: CompileResult['ioErrors'] = [];
  const docs = new Map<string, SourceDocument>();
  const sources = new Map<string, string>();
  const files: CheckedFile[] = [];
  const outputs: CompiledFile[] = [];
  const buckets = new Map<string, string>();
  for (const given of paths) {
    const display = (config.workspace ?? new Workspace(cwd)).display(resolve(cwd, given));
    const read = await readSource(resolve(cwd, given), display);
    if (!read.ok) {
      if (read.kind === 'io') ioErrors.push({ path: given, message: read.problem.message });
      else findings.push(fileProblemFinding(read.problem, display));
      files.push({ file: display, kind: 'unreadable' });
      continue;
    }
    const doc = read.doc;
    docs.set(doc.file, doc);
    sources.set(doc.file, doc.text);
    if (detectKind(doc.data) !== 'policy') {
      findings.push({
        ruleId: PARSE_ERROR.id,
        severity: 'error',
        message: 'not a retention policy (apiVersion: lifeguard/v1, kind: RetentionPolicy); lifeguard compile reads policies only.',
        file: doc.file,
        pointer: '',
      });
      files.push({ file: doc.file, kind: 'unreadable' });
      continue;
    }
    files.push({ file: doc.file, kind: 'policy' });
    const checked = checkPolicy(doc.file, doc.data, { severities: config.rules });
    findings.push(...checked.findings);
    if (!checked.compilation) continue;
    const request = checked.compilation.request;
    const earlier = buckets.get(request.Bucket);
    if (earlier !== undefined) {
      // A bucket has exactly one lifecycle configuration; a second PUT would replace the first (6.6).
      findings.push({
        ruleId: POLICY_COMPILE.id,
        severity: 'error',
        message: `bucket ${request.Bucket} is also compiled from ${earlier}; a bucket holds one lifecycle configuration and each PUT replaces the last, so put its stages in one policy.`,
        file: doc.file,
        pointer: '/bucket/name',
      });
      continue;
    }
    buckets.set(request.Bucket, doc.file);
    outputs.push({
      bucket: request.Bucket,
      policyFile: doc.file,
      rules: request.LifecycleConfiguration.Rules.length,
      ...emit(request, format, doc.file),
    });
  }
  const kept = applySeverities(findings, config.rules);
  const report = buildReport(files, resolveFindings(kept, docs));
  return { report, sources, ioErrors, outputs: report.summary.errors || ioErrors.length ? [] : outputs };
}
