/**
 * A Terraform plan as JSON (`terraform show -json plan.out`; spec iac-lifecycle §5): the planned
 * values of every lifecycle resource to be created or updated, exact except where `after_unknown`
 * says a value is known only after apply. The plan has no file positions; findings point at the
 * value in the plan, and are moved to the .tf source when the module's files are beside it
 * (plan-sources.ts).
 */
import { IAC_INVALID } from '../../lint/file-rules.js';
import type { FrontEndFinding, LifecycleUnit } from '../types.js';
import { LIFECYCLE_BLOCK_TYPES, UNKNOWN, blockFromData } from './block.js';
import { BUCKET, LIFECYCLE_CONFIGURATION, fromLegacyBucket, fromLifecycleConfiguration } from './translate.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface PlanUnit {
  unit: LifecycleUnit;
  /** `module.a.module.b`, or '' for the root module. */
  moduleAddress: string;
  type: string;
  name: string;
  /** Pointer of `change.after` in the plan. */
  after: string;
  /** The planned values (schema shape), to match set elements with the source. */
  values: Record<string, unknown>;
}

export function isPlan(data: unknown): boolean {
  return isObj(data) && typeof data.format_version === 'string' && ('planned_values' in data || 'resource_changes' in data);
}

export function planUnits(data: Record<string, unknown>): { units: PlanUnit[]; findings: FrontEndFinding[] } {
  const version = String(data.format_version);
  if (!/^1\./.test(version)) {
    return {
      units: [],
      findings: [
        {
          ruleId: IAC_INVALID.id,
          severity: 'error',
          pointer: '/format_version',
          message: `plan JSON format_version ${version} is not supported; lifeguard reads format 1.x (terraform show -json of Terraform 0.12 and later).`,
        },
      ],
    };
  }
  const units: PlanUnit[] = [];
  const changes = Array.isArray(data.resource_changes) ? data.resource_changes : [];
  changes.forEach((rc, i) => {
    if (!isObj(rc) || rc.mode !== 'managed' || (rc.type !== LIFECYCLE_CONFIGURATION && rc.type !== BUCKET)) return;
    const change = isObj(rc.change) ? rc.change : {};
    const actions = Array.isArray(change.actions) ? change.actions : [];
    // Nothing is sent for a resource left alone, deleted or only read.
    if (!actions.some((a) => a === 'create' || a === 'update')) return;
    if (!isObj(change.after)) return;
    const moduleAddress = typeof rc.module_address === 'string' ? rc.module_address : '';
    const type = String(rc.type);
    const name = String(rc.name);
    const values = withUnknowns(change.after, change.after_unknown) as Record<string, unknown>;
    if (
      type === LIFECYCLE_CONFIGURATION &&
      !configured(data.configuration, moduleAddress, `${type}.${name}`, 'transition_default_minimum_object_size')
    ) {
      // Planned by the provider's default, not written by the configuration: judged as unset (ADR 0160).
      delete values.transition_default_minimum_object_size;
    }
    const after = `/resource_changes/${i}/change/after`;
    const block = blockFromData(values, after, LIFECYCLE_BLOCK_TYPES, (raw, pointer) =>
      raw === UNKNOWN ? { known: false, reason: 'known only after apply', pointer } : { known: true, value: raw, pointer },
    );
    const address = typeof rc.address === 'string' ? rc.address : `${type}.${name}`;
    const unit =
      type === LIFECYCLE_CONFIGURATION ? fromLifecycleConfiguration(block, address, address) : fromLegacyBucket(block, address, address);
    if (unit) units.push({ unit, moduleAddress, type, name, after, values });
  });
  return { units, findings: [] };
}

/** `after` with every value that `after_unknown` marks replaced by UNKNOWN (the plan omits them). */
function withUnknowns(after: unknown, unknown: unknown): unknown {
  if (unknown === true) return UNKNOWN;
  if (Array.isArray(unknown)) {
    const list = Array.isArray(after) ? [...after] : [];
    unknown.forEach((u, i) => {
      if (u !== false) list[i] = withUnknowns(list[i], u);
    });
    return list;
  }
  if (isObj(unknown)) {
    const out: Record<string, unknown> = isObj(after) ? { ...after } : {};
    for (const [k, u] of Object.entries(unknown)) if (u !== false) out[k] = withUnknowns(out[k], u);
    return out;
  }
  return after;
}

/** The configuration block of a module (`module.a.module.b`) in the plan's `configuration`. */
export function moduleConfig(configuration: unknown, moduleAddress: string): Record<string, unknown> | undefined {
  let mod = isObj(configuration) && isObj(configuration.root_module) ? configuration.root_module : undefined;
  const names = moduleAddress
    ? moduleAddress
        .split('.')
        .filter((_, i) => i % 2 === 1)
        .map((n) => n.replace(/\[.*\]$/, ''))
    : [];
  for (const n of names) {
    const call = isObj(mod?.module_calls) ? mod.module_calls[n] : undefined;
    mod = isObj(call) && isObj(call.module) ? call.module : undefined;
  }
  return mod;
}

function configured(configuration: unknown, moduleAddress: string, address: string, attribute: string): boolean {
  const mod = moduleConfig(configuration, moduleAddress);
  // Without a configuration section the planned value is all there is.
  if (!mod) return true;
  const resource = (Array.isArray(mod.resources) ? mod.resources : []).find((r) => isObj(r) && r.address === address);
  if (!isObj(resource)) return true;
  return isObj(resource.expressions) && attribute in resource.expressions;
}
