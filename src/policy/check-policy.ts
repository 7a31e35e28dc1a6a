/**
 * A retention policy end to end, shared by `check` and `compile`: schema, policy rules, compile,
 * then the whole lifecycle lint registry on the compiled output. Every finding is located in the
 * policy file: compiled-output findings are mapped back through the compiler's origin map, so a
 * user never gets a line number in JSON they did not write. Pure: data in, findings out.
 */
import { severityFor } from '../lint/severity.js';
import { findingOf } from '../lint/report-message.js';
import type { SeverityOverrides } from '../lint/engine.js';
import { lintLifecycle } from '../lint/engine.js';
import type { Finding, LifecycleRule, Report, RuleMeta } from '../lint/types.js';
import { splitPointer } from '../load/pointer.js';
import { compilePolicy, policyPointerOf, selectedStages, type Compilation } from './compile.js';
import { feasibilityProblems } from './feasibility.js';
import { policyFromData, type Policy } from './model.js';
import { POLICY_COMPILE, POLICY_RULES, POLICY_SCHEMA } from './rules/registry.js';
import type { PolicyRule } from './rules/types.js';
import { policySchemaProblems } from './validate.js';

export interface PolicyCheckOptions {
  severities?: SeverityOverrides;
  /** Compile only these stages (a target that applies one stage to its bucket). */
  stages?: readonly string[];
  /** Bucket name for the compiled request instead of the policy's. */
  bucket?: string;
  /** Policy rules to run instead of the policy registry (tests run one at a time). */
  policyRules?: readonly PolicyRule[];
  /** Lifecycle rules for the compiled output instead of the whole lifecycle registry. */
  lifecycleRules?: readonly LifecycleRule[];
}

export interface PolicyCheck {
  findings: Finding[];
  policy?: Policy;
  /** Present when every selected stage compiled into something AWS accepts. */
  compilation?: Compilation;
}

export function checkPolicy(file: string, data: unknown, options: PolicyCheckOptions = {}): PolicyCheck {
  const findings: Finding[] = [];
  const emit = (meta: RuleMeta, r: Report) => {
    const f = withSeverity(file, meta, r, options.severities);
    if (f) findings.push(f);
  };
  const schema = policySchemaProblems(data);
  for (const p of schema) emit(POLICY_SCHEMA, p);
  if (schema.length) return { findings };

  const policy = policyFromData(data);
  for (const rule of options.policyRules ?? Object.values(POLICY_RULES)) {
    rule.check({ file, policy, report: (r) => emit(rule.meta, r) });
  }

  const compilation = compilePolicy(policy, { stages: options.stages, bucket: options.bucket });
  const stages = selectedStages(policy, options.stages);
  const problems = feasibilityProblems(policy, stages, compilation.request.LifecycleConfiguration.Rules.length);
  for (const p of problems) emit(POLICY_COMPILE, p);
  if (problems.length) return { findings, policy };

  findings.push(...lintCompiled(file, compilation, options));
  return { findings, policy, compilation };
}

/** The lifecycle lint on the compiled request, every finding moved to the policy node behind it. */
export function lintCompiled(
  file: string,
  compilation: Compilation,
  options: Pick<PolicyCheckOptions, 'severities' | 'lifecycleRules'> = {},
): Finding[] {
  const raw = lintLifecycle(`${file} (compiled)`, compilation.request, { severities: options.severities, rules: options.lifecycleRules });
  const rules = compilation.request.LifecycleConfiguration.Rules;
  return raw.map((f) => {
    const pointer = policyPointerOf(compilation, f.pointer);
    const segs = splitPointer(pointer);
    const stage = segs[0] === 'stages' && segs[1] !== undefined ? `stage '${segs[1]}'` : 'the policy';
    const index = /^\/LifecycleConfiguration\/Rules\/(\d+)/.exec(f.pointer)?.[1];
    const id = index !== undefined ? rules[Number(index)]?.ID : undefined;
    const named = id === undefined || f.message.includes(`'${id}'`) ? '' : ` (compiled rule '${id}')`;
    return { ...f, message: `${stage}${named}: ${f.message}`, file, pointer, reportOnKey: undefined };
  });
}

/** Severity as configured, the way the lifecycle engine applies it; undefined when the rule is off. */
function withSeverity(file: string, meta: RuleMeta, r: Report, overrides: SeverityOverrides | undefined): Finding | undefined {
  const severity = severityFor(meta, r.severity ?? meta.defaultSeverity, overrides?.[meta.id]);
  if (!severity) return undefined;
  return findingOf(meta, { ...r, reportOnKey: r.reportOnKey || undefined }, file, severity);
}
