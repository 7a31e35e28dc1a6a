/**
 * `.lifeguard.yml` targets that name both a policy and a committed lifecycle file: does the file hold
 * what the policy compiles to? Compared semantically (src/diff), so rule order, tag order and
 * reshaped filters do not count. Each difference is a finding on the committed file, at the rule it
 * concerns, in plain words from the committed file to the policy.
 */
import { workspaceOf, type LifeguardConfig, type TargetConfig } from '../config/config.js';
import { diffConfigurations, type RuleChange } from '../diff/diff.js';
import type { SourceDocument } from '../load/document.js';
import { joinPointer } from '../load/pointer.js';
import { readSource } from '../load/read.js';
import type { Finding } from '../lint/types.js';
import { arr, isObj, str } from '../model/values.js';
import { locateConfiguration } from '../model/extract.js';
import { checkPolicy } from '../policy/check-policy.js';
import { LIFECYCLE_MATCHES_POLICY } from '../policy/rules/registry.js';

export interface AgreementInputs {
  config: LifeguardConfig;
  /** Documents already loaded by check, by display path; files read here are added. */
  docs: Map<string, SourceDocument>;
  sources: Map<string, string>;
  findings: Finding[];
  ioErrors: Array<{ path: string; message: string }>;
  /** Display paths of the files this run checked. */
  checked: ReadonlySet<string>;
}

/** Compares every target whose policy or lifecycle file was among the checked files. */
export async function addPolicyAgreement(inputs: AgreementInputs): Promise<void> {
  const { config } = inputs;
  const ws = workspaceOf(config);
  for (const target of config.targets) {
    if (!target.source.policy || !target.source.lifecycle) continue;
    const policyPath = ws.display(ws.resolve(target.source.policy, config.dir));
    const lifecyclePath = ws.display(ws.resolve(target.source.lifecycle, config.dir));
    if (!inputs.checked.has(policyPath) && !inputs.checked.has(lifecyclePath)) continue;
    const policy = await load(inputs, target.source.policy, policyPath);
    const lifecycle = await load(inputs, target.source.lifecycle, lifecyclePath);
    if (!policy || !lifecycle) continue;
    inputs.findings.push(...agreementFindings(target, policy, lifecycle, config));
  }
}

/** Pure core: the findings for one target, given both documents, at the rule's own severity (the flow applies the configured one). */
export function agreementFindings(
  target: TargetConfig,
  policy: SourceDocument,
  lifecycle: SourceDocument,
  config: Pick<LifeguardConfig, 'rules'>,
): Finding[] {
  const finding = (pointer: string, message: string): Finding => ({
    ruleId: LIFECYCLE_MATCHES_POLICY.id,
    severity: LIFECYCLE_MATCHES_POLICY.defaultSeverity,
    message,
    file: lifecycle.file,
    pointer,
    reportOnKey: true,
  });
  const head = `target '${target.name}': ${lifecycle.file}`;
  const stages = target.stage ? [target.stage] : undefined;
  const checked = checkPolicy(policy.file, policy.data, { severities: config.rules, stages, bucket: target.bucket });
  if (checked.policy && target.stage && !checked.policy.stages.some((s) => s.name === target.stage)) {
    return [finding('', `${head} cannot be compared: policy ${policy.file} has no stage '${target.stage}' (the target's stage).`)];
  }
  if (!checked.compilation) {
    return [
      finding(
        '',
        `${head} cannot be compared with policy ${policy.file}, which does not compile; run 'lifeguard check ${policy.file}' for its findings.`,
      ),
    ];
  }
  const located = locateConfiguration(lifecycle.data);
  const committed = { ...located.config, TransitionDefaultMinimumObjectSize: located.transitionDefaultMinimumObjectSize };
  const request = checked.compilation.request;
  const compiled = { ...request.LifecycleConfiguration, TransitionDefaultMinimumObjectSize: request.TransitionDefaultMinimumObjectSize };
  const diff = diffConfigurations(committed, compiled);
  if (diff.equal) return [];
  const from = `does not match policy ${policy.file}${target.stage ? ` (stage '${target.stage}')` : ''}`;
  const fix = `Regenerate it with 'lifeguard compile ${policy.file} --out <folder>', or change the policy.`;
  const out = diff.changes.map((c) => finding(pointerOf(c, located.config, located.base), `${head} ${from}: ${sentence(c)}. ${fix}`));
  const setting =
    isObj(lifecycle.data) && 'TransitionDefaultMinimumObjectSize' in lifecycle.data
      ? '/TransitionDefaultMinimumObjectSize'
      : joinPointer(located.base, 'TransitionDefaultMinimumObjectSize');
  for (const s of diff.settings) out.push(finding(setting, `${head} ${from}: ${s}. ${fix}`));
  return out;
}

function sentence(c: RuleChange): string {
  if (c.kind === 'added') return `the policy has rule ${c.name}, which the file lacks`;
  if (c.kind === 'removed') return `the file has rule ${c.name}, which the policy does not`;
  return `rule ${c.name} differs: ${c.details.join('; ')}`;
}

/** The committed rule a change concerns, or the Rules list for a rule the file lacks. */
function pointerOf(change: RuleChange, config: Record<string, unknown>, base: string): string {
  const rules = arr(config.Rules);
  if (change.kind !== 'added') {
    const index = rules.findIndex((r) => isObj(r) && (str(r.ID) ?? '') === (change.before?.id ?? ''));
    if (index >= 0) return joinPointer(base, 'Rules', index);
  }
  return joinPointer(base, 'Rules');
}

async function load(inputs: AgreementInputs, given: string, display: string): Promise<SourceDocument | undefined> {
  const known = inputs.docs.get(display);
  if (known) return known;
  const read = await readSource(workspaceOf(inputs.config).resolve(given, inputs.config.dir), display);
  if (!read.ok) {
    if (read.kind === 'io') inputs.ioErrors.push({ path: display, message: read.problem.message });
    else
      inputs.findings.push({
        ruleId: 'parse-error',
        severity: 'error',
        message: `${read.problem.message}.`,
        file: display,
        pointer: '',
        position: { line: read.problem.line, column: read.problem.column },
      });
    return undefined;
  }
  inputs.docs.set(read.doc.file, read.doc);
  inputs.sources.set(read.doc.file, read.doc.text);
  return read.doc;
}
