/**
 * A retention policy as a target's source: checked and compiled for the target's stage and bucket
 * (src/policy), its compiled rules viewed for the bucket-state rules, whose findings are mapped back
 * to the policy nodes through the compiler's origin map.
 */
import { applySeverities } from '../config/apply-severities.js';
import { workspaceOf, type LifeguardConfig, type TargetConfig } from '../config/config.js';
import { normalizeRule } from '../model/canonical.js';
import { ruleViews } from '../lint/view.js';
import { locateConfiguration } from '../model/extract.js';
import { checkPolicy } from '../policy/check-policy.js';
import { policyPointerOf } from '../policy/compile.js';
import type { LifecycleJson } from '../s3/convert.js';
import { readDocument, SourceError, type ProposedResult } from './proposed.js';

export async function fromPolicy(target: TargetConfig, config: LifeguardConfig): Promise<ProposedResult> {
  const ws = workspaceOf(config);
  const path = ws.resolve(target.source.policy!, config.dir);
  const read = await readDocument(path, ws.display(path), 'policy');
  if (!read.ok) return read;
  const doc = read.doc;
  const compile = (data: unknown) =>
    checkPolicy(doc.file, data, { severities: config.rules, stages: target.stage ? [target.stage] : undefined, bucket: target.bucket });
  const checked = compile(doc.data);
  const findings = applySeverities(checked.findings, config.rules);
  if (checked.policy && target.stage && !checked.policy.stages.some((s) => s.name === target.stage)) {
    return { ok: false, message: `policy ${doc.file} has no stage '${target.stage}' (the target's stage)`, findings, documents: [doc] };
  }
  const compilation = checked.compilation;
  if (!compilation)
    return {
      ok: false,
      message: `policy ${doc.file} does not compile into a lifecycle configuration; see its findings`,
      findings,
      documents: [doc],
    };
  const located = locateConfiguration(compilation.request);
  const fromRequest = (request: NonNullable<typeof compilation.request>): LifecycleJson => ({
    Rules: request.LifecycleConfiguration.Rules,
    TransitionDefaultMinimumObjectSize: request.TransitionDefaultMinimumObjectSize,
  });
  // For other versions of the policy (the drift guard's base commit); this one is compiled already.
  const configurationOf = (data: unknown, label: string): LifecycleJson => {
    const request = compile(data).compilation?.request;
    if (!request) throw new SourceError(`${label} does not compile`);
    return fromRequest(request);
  };
  return {
    ok: true,
    proposed: {
      file: doc.file,
      path,
      base: located.base,
      configuration: fromRequest(compilation.request),
      rules: ruleViews(located.config, located.base).map((view) => ({ view, canonical: normalizeRule(view.raw) })),
      findings,
      documents: [doc],
      configurationOf,
      mapPointer: (pointer) => policyPointerOf(compilation, pointer),
      ...(checked.policy ? { policy: checked.policy } : {}),
    },
  };
}
