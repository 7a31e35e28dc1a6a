/**
 * Terraform's schema-shaped values, whichever syntax they came from (HCL, Terraform JSON, a plan's
 * planned values): blocks of attributes and nested block lists, each value known or not, each with
 * the pointer of the place that wrote it. The translation to the S3 request reads only this.
 */
export type TfValue = { known: true; value: unknown; pointer: string; via?: string } | { known: false; reason: string; pointer: string };

export interface TfBlock {
  pointer: string;
  attrs: Map<string, TfValue>;
  blocks: Map<string, TfBlock[]>;
  /** Nested blocks that cannot be expanded before plan (`dynamic "transition"`, an unknown list). */
  unknownBlocks: Array<{ type: string; pointer: string; reason: string }>;
}

/** Marks a value a plan knows only after apply (`after_unknown`). */
export const UNKNOWN = Symbol('known after apply');

export function emptyBlock(pointer: string): TfBlock {
  return { pointer, attrs: new Map(), blocks: new Map(), unknownBlocks: [] };
}

/**
 * A block from plain data (Terraform JSON, plan values): objects are nested blocks when `blockTypes`
 * names them, lists of objects likewise; everything else is an attribute. `isUnknown` marks values
 * a plan knows only after apply.
 */
export function blockFromData(
  data: Record<string, unknown>,
  pointer: string,
  blockTypes: ReadonlySet<string>,
  value: (raw: unknown, pointer: string) => TfValue,
): TfBlock {
  const block = emptyBlock(pointer);
  for (const [key, raw] of Object.entries(data)) {
    const at = `${pointer}/${escape(key)}`;
    if (key === 'dynamic' && raw !== null && typeof raw === 'object') {
      for (const type of Object.keys(raw))
        block.unknownBlocks.push({
          type,
          pointer: `${at}/${escape(type)}`,
          reason: `a dynamic "${type}" block, expanded by Terraform at plan`,
        });
      continue;
    }
    if (raw === UNKNOWN && blockTypes.has(key)) {
      block.unknownBlocks.push({ type: key, pointer: at, reason: 'known only after apply' });
      continue;
    }
    if (blockTypes.has(key)) {
      const list = Array.isArray(raw) ? raw : raw !== null && typeof raw === 'object' ? [raw] : [];
      const nested: TfBlock[] = [];
      list.forEach((item, i) => {
        const p = Array.isArray(raw) ? `${at}/${i}` : at;
        if (item !== null && typeof item === 'object' && !Array.isArray(item))
          nested.push(blockFromData(item as Record<string, unknown>, p, blockTypes, value));
      });
      if (raw !== null && raw !== undefined) block.blocks.set(key, nested);
      continue;
    }
    block.attrs.set(key, value(raw, at));
  }
  return block;
}

function escape(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The set of nested block types of the two resources lifeguard reads. */
export const LIFECYCLE_BLOCK_TYPES: ReadonlySet<string> = new Set([
  'rule',
  'filter',
  'and',
  'tag',
  'expiration',
  'transition',
  'noncurrent_version_expiration',
  'noncurrent_version_transition',
  'abort_incomplete_multipart_upload',
  'lifecycle_rule',
]);
