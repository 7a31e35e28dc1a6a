/**
 * A target whose rules live in Terraform or CloudFormation (`source: {terraform | cloudformation,
 * resource}`): the resource's request is the proposed configuration, its findings point into the
 * .tf file or template, and bucket-state and registry findings are moved there through the
 * resource's origins. Only a resource whose values are all known can be planned.
 */
import { workspaceOf, type LifeguardConfig, type TargetConfig } from '../config/config.js';
import { normalizeRule } from '../model/canonical.js';
import { ruleViews } from '../lint/view.js';
import { SourceError, type ProposedResult } from './proposed.js';

export async function fromIac(target: TargetConfig, config: LifeguardConfig): Promise<ProposedResult> {
  const { loadResource, exactConfiguration } = await import('../iac/resource.js');
  const { lintIac } = await import('../iac/source.js');
  const { originOf } = await import('../iac/lint-units.js');
  const given = (target.source.terraform ?? target.source.cloudformation)!;
  const ws = workspaceOf(config);
  const path = ws.resolve(given, config.dir);
  const loaded = await loadResource(path, ws.display(path), target.source.resource);
  if (!loaded.ok) return { ok: false, message: loaded.message, findings: [], documents: loaded.source ? [loaded.source.doc] : [] };
  const { source, unit, index } = loaded;
  const only = { ...source, units: [unit], findings: [], relocate: source.relocate ? [source.relocate[index]!] : undefined };
  const findings = lintIac(only, config.rules, [{ ...target, source: { ...target.source, resource: unit.address } }]);
  const documents = [source.doc, ...source.documents];
  if (unit.bucket !== undefined && unit.bucket !== target.bucket) {
    return {
      ok: false,
      message: `${unit.subject} in ${source.doc.file} is for bucket ${unit.bucket}, but target ${target.name} is bucket ${target.bucket}`,
      findings,
      documents,
    };
  }
  const exact = exactConfiguration(unit);
  if (!exact.ok) return { ok: false, message: exact.message, findings, documents };
  const move = source.relocate?.[index];
  return {
    ok: true,
    proposed: {
      file: source.doc.file,
      path: loaded.path,
      base: '',
      configuration: exact.configuration,
      rules: ruleViews({ Rules: unit.request.Rules }, '').map((view) => ({ view, canonical: normalizeRule(view.raw) })),
      findings,
      documents,
      configurationOf: () => {
        throw new SourceError(`${source.doc.file}: the drift guard reads lifecycle files and policies, not ${unit.subject}`);
      },
      locate: (pointer) => {
        const at = { file: source.doc.file, pointer: originOf(unit, pointer).origin.pointer };
        if (!move) return at;
        const moved = move({ ruleId: '', severity: 'info', message: '', ...at });
        return { file: moved.file, pointer: moved.pointer };
      },
    },
  };
}
