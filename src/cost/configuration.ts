/** Lifecycle files (and the live bucket's configuration) read for a projection. */
import { detectKind } from '../load/detect.js';
import { readSource } from '../load/read.js';
import { InputError } from './inventory/errors.js';
import { compileConfiguration, type CompiledConfig } from './rules/compile.js';

export async function readConfiguration(path: string, display: string): Promise<CompiledConfig> {
  return (await readConfigurationData(path, display)).config;
}

/** The configuration compiled, and the file's content as parsed (for a tracking baseline). */
export async function readConfigurationData(path: string, display: string): Promise<{ config: CompiledConfig; data: unknown }> {
  const read = await readSource(path, display);
  if (!read.ok) throw new InputError(`${display}:${read.problem.line}:${read.problem.column}: ${read.problem.message}`);
  if (detectKind(read.doc.data) !== 'lifecycle') {
    throw new InputError(`${display}:1:1: not a lifecycle configuration (no "Rules" or "LifecycleConfiguration"); compile a retention policy first`);
  }
  return { config: compileConfiguration(read.doc.data), data: read.doc.data };
}
