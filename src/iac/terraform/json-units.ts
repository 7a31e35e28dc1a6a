/**
 * Terraform's JSON syntax (`*.tf.json`): the same resources as HCL, with blocks as objects or lists
 * of objects and expressions inside "${…}" strings. A string that is exactly one variable or local
 * reference is evaluated; any other interpolation is unknown.
 */
import type { LifecycleUnit } from '../types.js';
import { LIFECYCLE_BLOCK_TYPES, blockFromData, type TfValue } from './block.js';
import { evaluate, newBudget, type EvalBudget, type Scope } from './evaluate.js';
import { budgetSettler } from './hcl-units.js';
import { BUCKET, LIFECYCLE_CONFIGURATION, fromLegacyBucket, fromLifecycleConfiguration } from './translate.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const REF = /^\$\{\s*(var|local)\.([A-Za-z_][\w-]*)\s*\}$/;

export function tfJsonUnits(data: unknown, scope: Scope): LifecycleUnit[] {
  const units: LifecycleUnit[] = [];
  const budget = newBudget();
  const settle = budgetSettler(budget);
  const resources = isObj(data) && isObj(data.resource) ? data.resource : {};
  for (const type of [LIFECYCLE_CONFIGURATION, BUCKET]) {
    const byName = resources[type];
    if (!isObj(byName)) continue;
    for (const [name, body] of Object.entries(byName)) {
      const bodies = Array.isArray(body) ? body : [body];
      bodies.forEach((b, i) => {
        if (!isObj(b)) return;
        const pointer = `/resource/${type}/${name}${Array.isArray(body) ? `/${i}` : ''}`;
        const block = blockFromData(b, pointer, LIFECYCLE_BLOCK_TYPES, (raw, at) => valueOf(raw, at, scope, budget));
        const address = `${type}.${name}`;
        const unit =
          type === LIFECYCLE_CONFIGURATION
            ? fromLifecycleConfiguration(block, address, address)
            : fromLegacyBucket(block, address, address);
        if (!unit) return;
        settle(unit, address);
        units.push(unit);
      });
    }
  }
  return units;
}

function valueOf(raw: unknown, pointer: string, scope: Scope, budget: EvalBudget): TfValue {
  if (typeof raw !== 'string' || !raw.includes('${')) return { known: true, value: raw, pointer };
  const ref = REF.exec(raw);
  if (!ref) return { known: false, reason: `${raw} is an interpolation lifeguard does not evaluate`, pointer };
  const range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const v = evaluate({ kind: 'ref', root: ref[1]!, path: [ref[2]!], range, text: `${ref[1]}.${ref[2]}` }, scope, budget);
  if (budget.left < 0) budget.exhaustedAt ??= pointer;
  return v.known ? { known: true, value: v.value, pointer, ...(v.via ? { via: v.via } : {}) } : { known: false, reason: v.reason, pointer };
}
