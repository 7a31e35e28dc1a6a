/**
 * The drift guard's reference: the target's source as the repository held it before this change,
 * from a file (`--base FILE`) or from git (`--base-ref REF`, read with `git show REF:path`). A file
 * the base commit does not have means the target is new there: the bucket should have no rules.
 */
import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { promisify } from 'node:util';
import { formatOf, parseText } from '../load/document.js';
import { readSource } from '../load/read.js';
import type { LifecycleJson } from '../s3/convert.js';

const run = promisify(execFile);

/** `file` is an absolute path, `label` how the user wrote it. */
export type BaseOption = { file: string; label: string } | { ref: string };

export interface Base {
  /** Where it came from, for messages: "main:lifecycle/logs.json" or a file path. */
  label: string;
  /** undefined: the base has no such file (no rules). */
  configuration?: LifecycleJson;
}

export class BaseError extends Error {
  override name = 'BaseError';
}

/** Turns the base version's data into the configuration it would put (the source's own reader). */
export type ConfigurationOf = (data: unknown, label: string) => LifecycleJson;

/** The base of `sourcePath` (absolute), shown to the user as `display`. */
export async function readBase(option: BaseOption, sourcePath: string, display: string, configurationOf: ConfigurationOf): Promise<Base> {
  if ('file' in option) {
    const read = await readSource(option.file, option.label);
    if (!read.ok) throw new BaseError(`the base file ${option.label}: ${read.problem.message}`);
    return { label: option.label, configuration: configurationOf(read.doc.data, option.label) };
  }
  const label = `${option.ref}:${display}`;
  const dir = dirname(sourcePath);
  const spec = `${option.ref}:./${basename(sourcePath)}`;
  if ((await git(dir, ['rev-parse', '--verify', '--quiet', `${option.ref}^{commit}`])) === undefined) {
    throw new BaseError(`--base-ref ${option.ref} is not a commit of the git repository holding ${display}`);
  }
  if ((await git(dir, ['cat-file', '-e', spec])) === undefined) return { label };
  const text = await git(dir, ['show', spec]);
  if (text === undefined) throw new BaseError(`git could not show ${label}`);
  const parsed = parseText(label, text, formatOf(sourcePath));
  if (!parsed.ok)
    throw new BaseError(
      `the base version ${label} does not parse (${parsed.problem.line}:${parsed.problem.column}: ${parsed.problem.message})`,
    );
  return { label, configuration: configurationOf(parsed.doc.data, label) };
}

/** git's stdout, or undefined when git exits non-zero (or is missing). */
async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['-C', cwd, ...args], { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch {
    return undefined;
  }
}
