/**
 * The files of one commit that lifeguard judges, copied as data into a fresh folder: the commit's
 * .lifeguard.yml, each target's lifecycle file, policy, Terraform module or CloudFormation
 * template, registry manifest and quarantine file, and any other files asked for (a pull request's
 * changed files that check judges: JSON, YAML and .tf, a Terraform file with its module). Nothing
 * is checked out and nothing is run: every file is read through git or the contents API
 * (file-at.ts), must stay inside the repository, and is bounded in size and number. Used by the
 * privileged half of the fork split, which must judge a fork's files without running its code, and
 * to measure an older commit an approval was given on.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { confinementFindings, parseConfig, type LifeguardConfig } from '../config/config.js';
import { iacSourceFiles, isTerraformFile } from '../load/source-files.js';
import { isDataFile } from '../load/discover.js';
import { parseText, type SourceDocument } from '../load/document.js';
import { manifestPath } from '../quarantine/manifest.js';
import { quarantinePath } from '../quarantine/record.js';
import { Workspace } from '../workspace/workspace.js';
import { listFolderAt, readFileAt, type CommitFiles, type FolderAt } from './file-at.js';

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
  /** What of the configuration and its targets could not be copied, one sentence each. */
  problems: string[];
  /** Changed files no target names that could not be copied (too large, past the cap), one sentence each. */
  skipped?: string[];
  /** The commit's .lifeguard.yml could not be read or is broken. */
  failure?: string;
  /** The commit has no .lifeguard.yml at all (not a failure: the defaults apply, as in a checkout). */
  configAbsent?: boolean;
}

export interface MaterializeRequest {
  files: CommitFiles;
  commit: string;
  /** Repository-relative path of .lifeguard.yml. */
  configPath: string;
  /** More repository-relative files to copy (a pull request's changed files): those check would judge. */
  extra?: readonly string[];
}

export async function materializeCommit(r: MaterializeRequest): Promise<Materialized> {
  const root = await mkdtemp(join(tmpdir(), `lifeguard-${r.commit.slice(0, 7)}-`));
  const out: Materialized = { root, written: [], problems: [] };
  // Problems that come from a bound (a file over the size limit, the count reached), not from a read that failed.
  const bounded = new Set<string>();
  const copy = async (path: string): Promise<string | undefined> => {
    if (out.written.includes(path)) return undefined;
    if (out.written.length >= MAX_MATERIALIZED_FILES) {
      const problem = `more than ${MAX_MATERIALIZED_FILES} files: ${path} and later ones were not read`;
      out.problems.push(problem);
      bounded.add(problem);
      return undefined;
    }
    const read = await readFileAt(r.files, r.commit, path);
    if (read.kind === 'failed') out.problems.push(read.reason);
    if (read.kind === 'failed' && read.tooLarge) bounded.add(read.reason);
    if (read.kind !== 'found') return undefined;
    await write(root, path, read.text);
    out.written.push(path);
    return read.text;
  };
  // A folder is listed once, however many targets and changed files share it.
  const listings = new Map<string, Promise<FolderAt>>();
  const list = (path: string) => {
    if (!listings.has(path)) listings.set(path, listFolderAt(r.files, r.commit, path));
    return listings.get(path)!;
  };
  const copyIac = (path: string, kind: 'terraform' | 'cloudformation') => copySource(r, out, bounded, kind, path, list);

  const text = await copy(r.configPath);
  if (text === undefined && !out.problems.length) out.configAbsent = true;
  if (text !== undefined) {
    const parsed = parseText(r.configPath, text);
    const dir = join(root, ...posix.dirname(r.configPath).split('/'));
    const loaded = parsed.ok ? parseConfig(parsed.doc, dir) : undefined;
    // Every path the file names must stay inside the copies, as loadConfig demands of a checkout: a
    // fork's file naming /home/runner/… or ../../ would otherwise be read on the privileged runner.
    const workspace = new Workspace(dir, root);
    const outside = loaded?.ok ? confinementFindings(loaded.config, workspace, r.configPath) : [];
    if (outside.length) out.failure = `${r.configPath} at ${r.commit.slice(0, 7)}: ${outside[0]!.message}`;
    else if (loaded?.ok) {
      out.config = { ...loaded.config, workspace };
      out.doc = parsed.ok ? parsed.doc : undefined;
      for (const { path, iac } of targetFiles(loaded.config, root)) {
        if (iac) {
          await copyIac(path, iac);
          continue;
        }
        const text = await copy(path);
        // A quarantine file's batches list their keys in manifest files beside it (quarantine/manifest.ts).
        if (text !== undefined && path.endsWith('.json')) for (const m of manifestsOf(text, path)) await copy(m);
      }
    } else out.failure = `${r.configPath} at ${r.commit.slice(0, 7)} is not a valid lifeguard configuration`;
  }
  // The changed files check judges on a same-repository pull request (load/discover.ts); a Terraform
  // file is evaluated in its folder's scope there, so its module comes with it. No target names
  // them: what a bound keeps out (a file over the size limit, past the cap) is skipped with a word,
  // as a same-repository check skips a large file that is no lifecycle configuration; a target's
  // own files that cannot be copied, and any read that failed, stay problems.
  const targetProblems = out.problems.length;
  for (const path of r.extra ?? []) {
    if (!insideRepo(path) || !isDataFile(path)) continue;
    if (isTerraformFile(path)) await copyIac(path, 'terraform');
    else await copy(path);
  }
  // A changed file's read that failed stays a problem: it is evidence the run lacks.
  const ofChanged = out.problems.splice(targetProblems);
  out.problems.push(...ofChanged.filter((p) => !bounded.has(p)));
  out.skipped = ofChanged.filter((p) => bounded.has(p));
  return out;
}

/**
 * Copies the files a Terraform or CloudFormation source is read from (load/source-files.ts), all of
 * them or none: a module missing one of its files (a tfvars file over the size limit, the count
 * reached) would be evaluated with other values than the commit's and judged on a guess, while a
 * missing module fails its target ("no such file or folder") and the problem says why.
 */
async function copySource(
  r: MaterializeRequest,
  out: Materialized,
  bounded: Set<string>,
  kind: 'terraform' | 'cloudformation',
  path: string,
  list: (path: string) => Promise<FolderAt>,
): Promise<void> {
  const found = await iacSourceFiles(path, kind, list);
  if (found.kind === 'failed') out.problems.push(found.reason);
  if (found.kind === 'failed' && found.tooLarge) bounded.add(found.reason);
  if (found.kind !== 'found') return; // absent: the target reports the missing source; a changed file was deleted
  // A folder without module files is still a folder: the target then says no .tf file in it declares the resource.
  if (!found.files.length) await mkdir(join(out.root, ...path.split('/')), { recursive: true });
  const wanted = found.files.filter((f) => !out.written.includes(f));
  if (out.written.length + wanted.length > MAX_MATERIALIZED_FILES) {
    const problem = `more than ${MAX_MATERIALIZED_FILES} files: ${path} (${wanted.length} files) and later ones were not read`;
    out.problems.push(problem);
    bounded.add(problem);
    return;
  }
  // Written one by one (memory holds one file at a time), and taken back if a later one fails.
  const done: string[] = [];
  for (const f of wanted) {
    const read = await readFileAt(r.files, r.commit, f);
    if (read.kind !== 'found') {
      await Promise.all(done.map((d) => rm(join(out.root, ...d.split('/')), { force: true })));
      const reason = read.kind === 'failed' ? read.reason : `${f} at ${r.commit.slice(0, 12)} could not be read`;
      const problem = found.files.length > 1 ? `${reason}, so the module ${path} was not read (all its files or none)` : reason;
      out.problems.push(problem);
      if (read.kind === 'failed' && read.tooLarge) bounded.add(problem);
      return;
    }
    await write(out.root, f, read.text);
    done.push(f);
  }
  out.written.push(...done);
}

async function write(root: string, path: string, text: string): Promise<void> {
  const target = join(root, ...path.split('/'));
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
}

/**
 * Repository-relative paths of every target's sources and quarantine file, with the kind of an IaC
 * source; paths leaving the repository are dropped.
 */
function targetFiles(config: LifeguardConfig, root: string): Array<{ path: string; iac?: 'terraform' | 'cloudformation' }> {
  const paths: Array<{ path: string; iac?: 'terraform' | 'cloudformation' }> = [];
  for (const t of config.targets) {
    for (const p of [t.source.lifecycle, t.source.policy]) if (p) paths.push({ path: resolve(config.dir, p) });
    if (t.source.terraform !== undefined) paths.push({ path: resolve(config.dir, t.source.terraform), iac: 'terraform' });
    if (t.source.cloudformation !== undefined) paths.push({ path: resolve(config.dir, t.source.cloudformation), iac: 'cloudformation' });
    // The registry manifest decides what the rules must not expire: judged from the commit as the
    // same-repository flow judges it from the checkout (its path is the base's, or a loosening).
    if (t.registry !== undefined) paths.push({ path: resolve(config.dir, t.registry) });
    paths.push({ path: quarantinePath(t, config) });
  }
  // A module at the repository's root is the folder '.'.
  return paths
    .map((p) => ({ ...p, path: relative(root, p.path).split(sep).join('/') || (p.iac ? '.' : '') }))
    .filter((p) => insideRepo(p.path));
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
