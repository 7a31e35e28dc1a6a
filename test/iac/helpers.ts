/** Runs `check` the way the CLI does (same pipeline, default settings) on fixture paths. */
import { loadConfig } from '../../src/config/config.js';
import { runCheck } from '../../src/pipeline/check.js';
import type { Diagnostic } from '../../src/findings/types.js';
import { ROOT } from '../e2e/run.js';

export const FIXTURES = 'test/fixtures/iac';

export async function check(...paths: string[]) {
  const loaded = await loadConfig(undefined, ROOT);
  if (!loaded.ok) throw new Error('the repository .lifeguard.yml does not load');
  return runCheck(paths, loaded.config, ROOT);
}

/** "file:line ruleId" without the fixture folder, for compact expectations. */
export function at(d: Diagnostic): string {
  return `${d.file.replace(`${FIXTURES}/`, '')}:${d.line} ${d.ruleId}`;
}

export const errors = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === 'error');
