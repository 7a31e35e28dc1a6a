/**
 * A small HCL writer that formats the way `terraform fmt` does for the shapes lifeguard emits:
 * two-space indentation, the `=` of consecutive one-line attributes aligned, one blank line between
 * an attribute group and the next block and between blocks, quoted strings escaped as HCL requires.
 */
export type HclValue = string | number | boolean | Record<string, string>;

export interface HclBlock {
  type: string;
  labels?: string[];
  attributes: Array<[string, HclValue | undefined]>;
  blocks: HclBlock[];
}

export function quote(s: string): string {
  const body = s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    // HCL's escapes for a literal `${` and `%{`; a function, since `$$` in a replacement string is one `$`.
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');
  return `"${body}"`;
}

/** A map key: bare when it is an identifier, quoted otherwise. */
function key(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : quote(k);
}

function scalar(v: string | number | boolean): string {
  return typeof v === 'string' ? quote(v) : String(v);
}

export function renderBlock(block: HclBlock, indent = ''): string {
  const head = [block.type, ...(block.labels ?? []).map(quote)].join(' ');
  const attrs = block.attributes.filter((a): a is [string, HclValue] => a[1] !== undefined);
  if (attrs.length === 0 && block.blocks.length === 0) return `${indent}${head} {}\n`;
  const inner = `${indent}  `;
  const parts: string[] = [];
  const oneLine = attrs.filter(([, v]) => typeof v !== 'object');
  const width = Math.max(0, ...oneLine.map(([n]) => n.length));
  if (oneLine.length)
    parts.push(oneLine.map(([n, v]) => `${inner}${n.padEnd(width)} = ${scalar(v as string | number | boolean)}\n`).join(''));
  // Maps (tags) go after the one-line attributes, each its own group.
  for (const [n, v] of attrs.filter(([, v]) => typeof v === 'object')) {
    const entries = Object.entries(v as Record<string, string>);
    const w = Math.max(0, ...entries.map(([k]) => key(k).length));
    parts.push(`${inner}${n} = {\n${entries.map(([k, x]) => `${inner}  ${key(k).padEnd(w)} = ${quote(x)}\n`).join('')}${inner}}\n`);
  }
  for (const b of block.blocks) parts.push(renderBlock(b, inner));
  return `${indent}${head} {\n${parts.join('\n')}${indent}}\n`;
}
