/**
 * The trusted half of a pull request's settings: .lifeguard.yml as it is at the base commit (git
 * when the checkout holds it, else the contents API). A base without the file means the defaults; a
 * base file that cannot be read or is broken is a failure of the run, never a reason to use the
 * head's file instead.
 */
import { relative, resolve, sep } from 'node:path';
import { DEFAULT_CONFIG_FILE, parseConfig, type LifeguardConfig } from '../config/config.js';
import { parseText } from '../load/document.js';
import { plural } from '../lint/messages.js';
import { readFileAt, type CommitFiles } from './file-at.js';

export interface BaseSettings {
  /** undefined: the base commit has no .lifeguard.yml, so the defaults apply. */
  config?: LifeguardConfig;
  /** For the comment: where the settings came from. */
  source: string;
  /** The base settings could not be read or are broken: the run fails. */
  failure?: string;
}

export interface BaseSettingsRequest {
  files: CommitFiles;
  /** The working directory the config input is relative to, and the repository root. */
  cwd: string;
  root: string;
  configFile?: string;
  /** The base commit (or, for apply, the default branch). */
  commit: string;
}

export async function readBaseSettings(r: BaseSettingsRequest): Promise<BaseSettings> {
  const file = r.configFile ?? DEFAULT_CONFIG_FILE;
  const abs = resolve(r.cwd, file);
  const path = relative(r.root, abs).split(sep).join('/');
  const at = r.commit.slice(0, 7);
  const read = await readFileAt(r.files, r.commit, path);
  if (read.kind === 'failed') return { source: `${file} at ${at}`, failure: `the base commit's ${file} could not be read: ${read.reason}` };
  if (read.kind === 'absent') return { source: `defaults (no ${file} at the base commit ${at})` };
  const display = `${file}@${at}`;
  const parsed = parseText(display, read.text);
  if (!parsed.ok)
    return {
      source: display,
      failure: `the base commit's ${file} cannot be read (${parsed.problem.line}:${parsed.problem.column}: ${parsed.problem.message})`,
    };
  const loaded = parseConfig(parsed.doc, resolve(abs, '..'));
  if (!loaded.ok) {
    return {
      source: display,
      failure: `the base commit's ${file} has ${plural(loaded.findings.length, 'problem')} (${loaded.findings[0]?.message ?? ''})`,
    };
  }
  return {
    config: loaded.config,
    source: `${file} at the base commit ${at} (${read.via === 'git' ? 'from git' : 'from the contents API'})`,
  };
}
