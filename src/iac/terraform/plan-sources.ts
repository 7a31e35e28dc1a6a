/**
 * From a plan's value to the .tf line that wrote it, when the module's files sit beside the plan:
 * the module address gives the folder (the root is the plan's folder; a local `source` is followed
 * from its caller), the resource block gives the file, `rule` blocks keep their order, and
 * `transition` blocks (a set, reordered in the plan) are matched by value.
 */
import { readdirSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { repositoryRoot } from '../../workspace/workspace.js';
import { blockPointer, hclDocument, type HclDocument } from '../hcl/document.js';
import type { TfBlock } from './block.js';
import { toTfBlock } from './hcl-units.js';
import { moduleScope, parseHclFile, readText } from './module-scope.js';
import { moduleConfig, type PlanUnit } from './plan-units.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const SETS: Record<string, readonly string[]> = {
  transition: ['storage_class', 'days', 'date'],
  noncurrent_version_transition: ['storage_class', 'noncurrent_days', 'newer_noncurrent_versions'],
};

export interface SourceMap {
  doc: HclDocument;
  /** The .tf pointer of a plan pointer, or undefined when the source does not write it. */
  map(planPointer: string): string | undefined;
}

export async function planSourceMap(
  planPath: string,
  planDisplay: string,
  plan: Record<string, unknown>,
  pu: PlanUnit,
): Promise<SourceMap | undefined> {
  const dir = moduleDir(dirname(planPath), plan.configuration, pu.moduleAddress);
  // A plan is data: its module sources are followed only inside the plan's repository, and its
  // names only when they are names (they go into a pattern).
  if (!dir || !insideRepository(dirname(planPath), dir) || !/^[\w-]+$/.test(pu.type) || !/^[\w-]+$/.test(pu.name)) return undefined;
  const found = findResourceFile(dir, pu.type, pu.name);
  if (!found) return undefined;
  const parsed = await parseHclFile(found.path, found.text);
  if (!parsed.ok) return undefined;
  const block = parsed.file.body.blocks.find((b) => b.type === 'resource' && b.labels[0] === pu.type && b.labels[1] === pu.name);
  if (!block) return undefined;
  const display = join(dirname(planDisplay), relative(dirname(planPath), found.path))
    .split('\\')
    .join('/');
  const doc = hclDocument(display, found.text, parsed.file);
  const source = toTfBlock(block.body, blockPointer('resource', [pu.type, pu.name]), await moduleScope(dir));
  return {
    doc,
    map: (p) => (p.startsWith(pu.after) ? mapPath(source, pu.values, p.slice(pu.after.length).split('/').slice(1)) : undefined),
  };
}

function insideRepository(from: string, dir: string): boolean {
  const root = repositoryRoot(from);
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return false;
  }
  const rel = relative(realpathSync(root), real);
  return rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

function moduleDir(root: string, configuration: unknown, moduleAddress: string): string | undefined {
  if (!moduleAddress) return root;
  const parts = moduleAddress.split('.');
  let dir = root;
  for (let i = 1; i < parts.length; i += 2) {
    const parent = moduleConfig(configuration, parts.slice(0, i - 1).join('.'));
    const call = isObj(parent?.module_calls) ? parent.module_calls[parts[i]!.replace(/\[.*\]$/, '')] : undefined;
    const source = isObj(call) && typeof call.source === 'string' ? call.source : undefined;
    // Registry and git modules live under .terraform/modules; only local sources are followed.
    if (!source || !/^\.\.?\//.test(source)) return undefined;
    dir = join(dir, source);
  }
  return dir;
}

function findResourceFile(dir: string, type: string, name: string): { path: string; text: string } | undefined {
  const pattern = new RegExp(`resource\\s+"${type}"\\s+"${name}"`);
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.tf'))
      .sort();
  } catch {
    return undefined;
  }
  for (const n of names) {
    // Only regular files within the size limit: a directory, a dangling link or a FIFO named *.tf is skipped.
    const text = readText(join(dir, n));
    if (typeof text === 'string' && pattern.test(text)) return { path: join(dir, n), text };
  }
  return undefined;
}

function mapPath(block: TfBlock, values: unknown, segments: string[]): string | undefined {
  const [name, index, ...rest] = segments;
  if (name === undefined) return block.pointer;
  const planned = isObj(values) ? values[name] : undefined;
  if (index === undefined || !/^\d+$/.test(index) || !Array.isArray(planned))
    return block.attrs.has(name) ? `${block.pointer}/${name}` : block.pointer;
  const list = block.blocks.get(name);
  if (!list) return block.pointer;
  const element = planned[Number(index)];
  const keys = SETS[name];
  const j = keys ? list.findIndex((b) => keys.every((k) => same(b, k, isObj(element) ? element[k] : undefined))) : Number(index);
  const target = list[j];
  return target ? mapPath(target, element, rest) : block.pointer;
}

/** A source attribute equals a planned value (an unset attribute matches a null or zero default). */
function same(b: TfBlock, key: string, planned: unknown): boolean {
  const v = b.attrs.get(key);
  if (!v) return planned === null || planned === undefined || planned === 0;
  if (!v.known) return true;
  return String(v.value) === String(planned);
}
