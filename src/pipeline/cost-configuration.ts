/** Lifecycle files (and the live bucket's configuration) read for a projection. */
import { existsSync } from 'node:fs';
import { detectKind, isIacKind } from '../load/detect.js';
import { readSource } from '../load/read.js';
import { InputError } from '../cost/inventory/errors.js';
import { compileConfiguration, type CompiledConfig } from '../cost/rules/compile.js';

export async function readConfiguration(path: string, display: string): Promise<CompiledConfig> {
  return (await readConfigurationData(path, display)).config;
}

/** The configuration compiled, and the file's content as parsed (for a tracking baseline). */
export async function readConfigurationData(path: string, display: string): Promise<{ config: CompiledConfig; data: unknown }> {
  // A Terraform or CloudFormation resource: FILE (one resource) or FILE#ADDRESS (docs/formats/).
  const [file, address] = splitAddress(path);
  if (/\.tf$/.test(file) || address !== undefined) return readResource(file, display.replace(/#[^#]*$/, ''), address);
  const read = await readSource(path, display);
  if (!read.ok) throw new InputError(`${display}:${read.problem.line}:${read.problem.column}: ${read.problem.message}`);
  if (isIacKind(detectKind(read.doc.data))) return readResource(path, display, undefined);
  if (detectKind(read.doc.data) !== 'lifecycle') {
    throw new InputError(
      `${display}:1:1: not a lifecycle configuration (no "Rules" or "LifecycleConfiguration"); compile a retention policy first`,
    );
  }
  return { config: compileConfiguration(read.doc.data), data: read.doc.data };
}

function splitAddress(path: string): [string, string | undefined] {
  const at = path.lastIndexOf('#');
  if (at < 0 || existsSync(path)) return [path, undefined];
  return [path.slice(0, at), path.slice(at + 1)];
}

async function readResource(
  path: string,
  display: string,
  address: string | undefined,
): Promise<{ config: CompiledConfig; data: unknown }> {
  const { loadResource, exactConfiguration } = await import('../iac/resource.js');
  const loaded = await loadResource(path, display, address);
  if (!loaded.ok) throw new InputError(loaded.message);
  const exact = exactConfiguration(loaded.unit);
  if (!exact.ok) throw new InputError(`${display}: ${exact.message}`);
  return { config: compileConfiguration(exact.configuration), data: exact.configuration };
}
