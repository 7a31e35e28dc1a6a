/**
 * The lifecycle resources of one .tf file, as units: each `aws_s3_bucket_lifecycle_configuration`
 * and each `aws_s3_bucket` with `lifecycle_rule` blocks, its attributes evaluated in the module's
 * scope. `dynamic` blocks and resources repeated by `for_each` are read as far as they are known.
 */
import { blockPointer, escape } from '../hcl/document.js';
import type { Block, Body, HclFile } from '../hcl/syntax.js';
import type { LifecycleUnit } from '../types.js';
import { emptyBlock, type TfBlock } from './block.js';
import { PARSE_ERROR } from '../../lint/file-rules.js';
import { BUDGET_REASON, evaluate, newBudget, type EvalBudget, type Scope } from './evaluate.js';
import { BUCKET, LIFECYCLE_CONFIGURATION, fromLegacyBucket, fromLifecycleConfiguration } from './translate.js';

export function hclUnits(file: HclFile, scope: Scope): LifecycleUnit[] {
  const units: LifecycleUnit[] = [];
  // One budget for the whole file (ADR 0198): past it every value is unknown, said once.
  const budget = newBudget();
  const settle = budgetSettler(budget);
  for (const b of file.body.blocks) {
    if (b.type !== 'resource' || b.labels.length !== 2) continue;
    const [type, name] = b.labels as [string, string];
    if (type !== LIFECYCLE_CONFIGURATION && type !== BUCKET) continue;
    if (isCountZero(b, scope, budget)) continue;
    const address = `${type}.${name}`;
    const block = toTfBlock(b.body, blockPointer('resource', [type, name]), scope, budget);
    const unit =
      type === LIFECYCLE_CONFIGURATION ? fromLifecycleConfiguration(block, address, address) : fromLegacyBucket(block, address, address);
    if (!unit) continue;
    settle(unit, address);
    units.push(unit);
  }
  return units;
}

/**
 * Past a file's budget each value cut off would say the same: its own findings go, and one
 * parse-error stands for them, where the budget ran out, once per file. An error, as for a
 * CloudFormation template past its step budget (ADR 0195): a file past lifeguard's bound is not
 * usable, never a pass of the rules it could not evaluate. Shared by .tf and .tf.json units.
 */
export function budgetSettler(budget: EvalBudget): (unit: LifecycleUnit, address: string) => void {
  let told = false;
  return (unit, address) => {
    if (budget.exhaustedAt === undefined) return;
    unit.findings = unit.findings.filter((f) => !f.message.includes(BUDGET_REASON));
    if (told) return;
    told = true;
    unit.findings.push({
      ruleId: PARSE_ERROR.id,
      severity: PARSE_ERROR.defaultSeverity,
      pointer: budget.exhaustedAt,
      message: `${address}: values from here on are not evaluated (${BUDGET_REASON})`,
      hint: 'Build fewer or smaller values from locals, or check the plan JSON (terraform show -json).',
    });
  };
}

/** `count = 0` (known) creates nothing: nothing to check. */
function isCountZero(b: Block, scope: Scope, budget: EvalBudget): boolean {
  const count = b.body.attributes.find((a) => a.name === 'count');
  if (!count) return false;
  const v = evaluate(count.expr, scope, budget);
  return v.known && (v.value === 0 || v.value === false);
}

export function toTfBlock(body: Body, pointer: string, scope: Scope, budget: EvalBudget = newBudget()): TfBlock {
  const block = emptyBlock(pointer);
  for (const a of body.attributes) {
    const at = `${pointer}/${escape(a.name)}`;
    const v = evaluate(a.expr, scope, budget);
    if (budget.left < 0) budget.exhaustedAt ??= at;
    block.attrs.set(
      a.name,
      v.known
        ? { known: true, value: v.value, pointer: at, ...(v.via ? { via: v.via } : {}) }
        : { known: false, reason: v.reason, pointer: at },
    );
  }
  const counts = new Map<string, number>();
  for (const b of body.blocks) {
    const n = counts.get(b.type) ?? 0;
    counts.set(b.type, n + 1);
    const at = `${pointer}/${escape(b.type)}/${n}`;
    if (b.type === 'dynamic') {
      block.unknownBlocks.push({
        type: b.labels[0] ?? 'dynamic',
        pointer: at,
        reason: `a dynamic "${b.labels[0] ?? ''}" block, expanded by Terraform at plan`,
      });
      continue;
    }
    const list = block.blocks.get(b.type) ?? [];
    list.push(toTfBlock(b.body, at, scope, budget));
    block.blocks.set(b.type, list);
  }
  return block;
}
