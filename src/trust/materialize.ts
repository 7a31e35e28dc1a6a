/**
 * The files of one commit that lifeguard judges, copied as data into a fresh folder: the commit's
 * .lifeguard.yml, each target's lifecycle file or policy and quarantine file, and any other files
 * asked for (a pull request's changed JSON/YAML files). Nothing is checked out and nothing is run:
 * every file is read through git or the contents API (file-at.ts), must stay inside the repository,
 * and is bounded in size and number. Used by the privileged half of the fork split, which must judge
 * a fork's files without running its code, and to measure an older commit an approval was given on.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { parseConfig, type LifeguardConfig } from '../config/config.js';
import { parseText, type SourceDocument } from '../load/document.js';
import { manifestPath } from '../quarantine/manifest.js';
import { quarantinePath } from '../quarantine/record.js';
import { readFileAt, type CommitFiles } from './file-at.js';

/** Files copied per commit at most: a pull request touching more is judged on these and says so. */
export const MAX_MATERIALIZED_FILES = 300;

export interface Materialized {
  /** The folder standing for the repository root at that commit. */
  root: string;
  /** The commit's .lifeguard.yml (parsed), when it has one and it is valid. */
  config?: LifeguardConfig;
  doc?: SourceDocument;
  /** Repository-relative paths written. */
  written: string[];
  /** What could not be copied, one sentence each. */
  problems: string[];
  /** The commit's .lifeguard.yml could not be read or is broken. */
  failure?: string;
}

export interface MaterializeRequest {
  files: CommitFiles;
  commit: string;
  /** Repository-relative path of .lifeguard.yml. */
  configPath: string;
  /** More repository-relative files to copy (a pull request's changed files). */
  extra?: readonly string[];
}

export async function materializeCommit(r: MaterializeRequest): Promise<Materialized> {
  const root = await mkdtemp(join(tmpdir(), `lifeguard-${r.commit.slice(0, 7)}-`));
  const out: Materialized = { root, written: [], problems: [] };
  const copy = async (path: string): Promise<string | undefined> => {
    if (out.written.includes(path)) return undefined;
    if (out.written.length >= MAX_MATERIALIZED_FILES) {
      out.problems.push(`more than ${MAX_MATERIALIZED_FILES} files: ${path} and later ones were not read`);
      return undefined;
    }
    const read = await readFileAt(r.files, r.commit, path);
    if (read.kind === 'failed') out.problems.push(read.reason);
    if (read.kind !== 'found') return undefined;
    const target = join(root, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, read.text);
    out.written.push(path);
    return read.text;
  };

  const text = await copy(r.configPath);
  if (text !== undefined) {
    const parsed = parseText(r.configPath, text);
    const loaded = parsed.ok ? parseConfig(parsed.doc, join(root, ...posix.dirname(r.configPath).split('/'))) : undefined;
    if (loaded?.ok) {
      out.config = loaded.config;
      out.doc = parsed.ok ? parsed.doc : undefined;
      for (const path of targetFiles(loaded.config, root)) {
        const text = await copy(path);
        // A quarantine file's batches list their keys in manifest files beside it (quarantine/manifest.ts).
        if (text !== undefined && path.endsWith('.json')) for (const m of manifestsOf(text, path)) await copy(m);
      }
    } else out.failure = `${r.configPath} at ${r.commit.slice(0, 7)} is not a valid lifeguard configuration`;
  }
  for (const path of r.extra ?? []) if (/\.(json|ya?ml)$/i.test(path) && insideRepo(path)) await copy(path);
  return out;
}

/** Repository-relative paths of every target's sources and quarantine file; paths leaving the repository are dropped. */
function targetFiles(config: LifeguardConfig, root: string): string[] {
  const paths: string[] = [];
  for (const t of config.targets) {
    for (const p of [t.source.lifecycle, t.source.policy]) if (p) paths.push(resolve(config.dir, p));
    paths.push(quarantinePath(t, config));
  }
  return paths.map((p) => relative(root, p).split(sep).join('/')).filter(insideRepo);
}

/** Repository-relative manifest paths a quarantine file names, confined to its folder. */
function manifestsOf(text: string, path: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const batches =
    (data as { kind?: unknown; batches?: unknown })?.kind === 'QuarantineBatches' ? (data as { batches: unknown }).batches : undefined;
  if (!Array.isArray(batches)) return [];
  const dir = posix.dirname(path);
  return batches
    .map((b) => (b as { manifest?: unknown })?.manifest)
    .filter((m): m is string => typeof m === 'string' && manifestPath('/' + path, m) !== undefined)
    .map((m) => posix.join(dir, m));
}

function insideRepo(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !path.split('/').includes('..');
}
