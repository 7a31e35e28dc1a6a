/**
 * A target's proposed lifecycle configuration: the one step that turns what `.lifeguard.yml` points
 * at into S3 API JSON plus the findings about it. A lifecycle file is what gets applied when the
 * target names one (with a policy too, the file must agree with it); a policy alone is compiled
 * for the target's stage and bucket (policy-source.ts).
 */
import { applySeverities } from '../config/apply-severities.js';
import { workspaceOf, type LifeguardConfig, type TargetConfig } from '../config/config.js';
import { normalizeRule } from '../model/canonical.js';
import { detectKind } from '../load/detect.js';
import type { SourceDocument } from '../load/document.js';
import { lintLifecycleDocument } from '../lint/engine.js';
import { str } from '../model/values.js';
import { ruleViews } from '../lint/view.js';
import { locateConfiguration } from '../model/extract.js';
import { agreementFindings } from './policy-agreement.js';
import type { LifecycleJson } from '../s3/convert.js';
import { fromPolicy } from './policy-source.js';
import { readDocument, SourceError, type ProposedResult } from './proposed.js';
import { withTargetExtras } from './target-extras.js';

export { readDocument, SourceError, type ProposedConfiguration, type ProposedResult } from './proposed.js';

export async function proposedConfiguration(target: TargetConfig, config: LifeguardConfig): Promise<ProposedResult> {
  const result = await sourceConfiguration(target, config);
  return result.ok ? withTargetExtras(result.proposed, target, config) : result;
}

/** The rules of the target's own source (lifecycle file, policy, or both), before registry and quarantine. */
export async function sourceConfiguration(target: TargetConfig, config: LifeguardConfig): Promise<ProposedResult> {
  const { lifecycle, policy } = target.source;
  const ws = workspaceOf(config);
  if (target.source.terraform !== undefined || target.source.cloudformation !== undefined)
    return (await import('./iac-source.js')).fromIac(target, config);
  if (lifecycle === undefined && policy !== undefined) return fromPolicy(target, config);
  if (lifecycle === undefined) return { ok: false, message: 'the target names no source', findings: [], documents: [] };
  if (/\.tf$/.test(lifecycle))
    return {
      ok: false,
      message: `${lifecycle} is a Terraform file: name it as "terraform" with the "resource" that holds the rules`,
      findings: [],
      documents: [],
    };
  const path = ws.resolve(lifecycle, config.dir);
  const read = await readDocument(path, ws.display(path), 'lifecycle');
  if (!read.ok) return read;
  const result = fromDocument(read.doc, path, config, target);
  if (!result.ok) return result;
  const proposed = result.proposed;
  // A full PutBucketLifecycleConfiguration request names its bucket: it must be this target's.
  if (proposed.bucket !== undefined && proposed.bucket !== target.bucket) {
    return {
      ok: false,
      message: `${proposed.file} is a request for bucket ${proposed.bucket}, but target ${target.name} is bucket ${target.bucket}`,
      findings: proposed.findings,
      documents: proposed.documents,
    };
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
