/**
 * The lifecycle resources of one .tf file, as units: each `aws_s3_bucket_lifecycle_configuration`
 * and each `aws_s3_bucket` with `lifecycle_rule` blocks, its attributes evaluated in the module's
 * scope. `dynamic` blocks and resources repeated by `for_each` are read as far as they are known.
 */
import { blockPointer, escape } from '../hcl/document.js';
import type { Block, Body, HclFile } from '../hcl/syntax.js';
import type { LifecycleUnit } from '../types.js';
import { emptyBlock, type TfBlock } from './block.js';
import { evaluate, type Scope } from './evaluate.js';
import { BUCKET, LIFECYCLE_CONFIGURATION, fromLegacyBucket, fromLifecycleConfiguration } from './translate.js';

export function hclUnits(file: HclFile, scope: Scope): LifecycleUnit[] {
  const units: LifecycleUnit[] = [];
  for (const b of file.body.blocks) {
    if (b.type !== 'resource' || b.labels.length !== 2) continue;
    const [type, name] = b.labels as [string, string];
    if (type !== LIFECYCLE_CONFIGURATION && type !== BUCKET) continue;
    if (isCountZero(b, scope)) continue;
    const address = `${type}.${name}`;
    const block = toTfBlock(b.body, blockPointer('resource', [type, name]), scope);
    const unit =
      type === LIFECYCLE_CONFIGURATION ? fromLifecycleConfiguration(block, address, address) : fromLegacyBucket(block, address, address);
    if (unit) units.push(unit);
  }
  return units;
}

/** `count = 0` (known) creates nothing: nothing to check. */
function isCountZero(b: Block, scope: Scope): boolean {
  const count = b.body.attributes.find((a) => a.name === 'count');
  if (!count) return false;
  const v = evaluate(count.expr, scope);
  return v.known && (v.value === 0 || v.value === false);
}

export function toTfBlock(body: Body, pointer: string, scope: Scope): TfBlock {
  const block = emptyBlock(pointer);
  for (const a of body.attributes) {
    const at = `${pointer}/${escape(a.name)}`;
    const v = evaluate(a.expr, scope);
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
    list.push(toTfBlock(b.body, at, scope));
    block.blocks.set(b.type, list);
  }
  return block;
}
