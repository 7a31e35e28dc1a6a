/**
 * A file as it is at a given commit, and the files of a folder there, read as data (never checked
 * out, never run): from git when the checkout holds the commit, else from GitHub's contents API at
 * that commit. Used for the base commit's .lifeguard.yml, for the files of a fork's pull request in
 * the privileged half (a Terraform module is a folder: it is listed), for the files of an older head
 * commit an approval was given on, and for the versions of drift history.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { describeGitHubError, httpStatus } from '../github/errors.js';
import { MAX_FILE_BYTES } from '../load/limits.js';

const run = promisify(execFile);

export interface CommitFiles {
  /** The checkout (git is asked here first). */
  root?: string;
  client?: GitHubClient;
  /** The repository the commit is in (a fork's head commits: the fork). */
  repo?: RepoRef;
}

/** `tooLarge`: the file is there but over MAX_FILE_BYTES (not a failure of git or the API). */
export type FileAt =
  | { kind: 'found'; text: string; via: 'git' | 'api' }
  | { kind: 'absent'; via: 'git' | 'api' }
  | { kind: 'failed'; reason: string; tooLarge?: true };

/**
 * What a path is at a commit. A folder's `files` are its regular files only (repository-relative):
 * not its sub-folders, nor symbolic links (a checkout would follow them; data read at a commit
 * cannot), nor submodules.
 */
export type FolderAt =
  | { kind: 'folder'; files: string[]; via: 'git' | 'api' }
  | { kind: 'file'; via: 'git' | 'api' }
  | { kind: 'absent'; via: 'git' | 'api' }
  | { kind: 'failed'; reason: string; tooLarge?: true };

/** GitHub's contents API lists at most 1,000 entries of a folder and drops the rest without a word: git is held to the same. */
export const MAX_FOLDER_ENTRIES = 1000;

const COMMIT = /^[0-9a-f]{7,64}$/i;

export async function readFileAt(from: CommitFiles, commit: string, path: string): Promise<FileAt> {
  const refused = refuse(from, commit, path);
  if (refused) return refused;
  if (from.root && (await hasCommit(from.root, commit))) return viaGit(from.root, commit, path);
  if (!from.client || !from.repo) return noWayToRead(commit);
  try {
    const { data } = await from.client.rest.repos.getContent({ ...from.repo, path, ref: commit, mediaType: { format: 'raw' } });
    const text = typeof data === 'string' ? data : undefined;
    if (text === undefined) return { kind: 'failed', reason: `${path} at ${commit.slice(0, 12)} is not a file` };
    if (Buffer.byteLength(text) > MAX_FILE_BYTES) return tooLargeFile(path, commit);
    return { kind: 'found', text, via: 'api' };
  } catch (err) {
    if (httpStatus(err) === 404) return { kind: 'absent', via: 'api' };
    return { kind: 'failed', reason: `GitHub: ${path} at ${commit.slice(0, 12)} could not be read (${describeGitHubError(err)})` };
  }
}

/** What `path` is at `commit` (`''` or `.`: the repository's root), and a folder's files. */
export async function listFolderAt(from: CommitFiles, commit: string, path: string): Promise<FolderAt> {
  const dir = path === '.' ? '' : path.replace(/\/$/, '');
  const refused = refuse(from, commit, dir || '.');
  if (refused) return refused;
  if (from.root && (await hasCommit(from.root, commit))) return listViaGit(from.root, commit, dir);
  if (!from.client || !from.repo) return noWayToRead(commit);
  const shown = `${dir || 'the repository root'} at ${commit.slice(0, 12)}`;
  let data: unknown;
  try {
    ({ data } = await from.client.rest.repos.getContent({ ...from.repo, path: dir, ref: commit }));
  } catch (err) {
    if (httpStatus(err) === 404) return { kind: 'absent', via: 'api' };
    return { kind: 'failed', reason: `GitHub: ${shown} could not be listed (${describeGitHubError(err)})` };
  }
  // A folder is an array of entries; a file (or a link to a file in the repository, which GitHub follows) one object.
  if (!Array.isArray(data)) {
    const type = (data as { type?: unknown } | null)?.type;
    return type === 'file'
      ? { kind: 'file', via: 'api' }
      : { kind: 'failed', reason: `${shown} is a ${String(type)}, not a file or folder` };
  }
  if (data.length >= MAX_FOLDER_ENTRIES) return tooMany(shown);
  // Submodules are listed as type "file" too (GitHub keeps that for compatibility); reading one fails in readFileAt.
  const names = data
    .filter(
      (e): e is { type: string; name: string } =>
        (e as { type?: unknown })?.type === 'file' && typeof (e as { name?: unknown }).name === 'string',
    )
    .map((e) => e.name);
  return { kind: 'folder', files: inFolder(dir, names), via: 'api' };
}

function refuse(from: CommitFiles, commit: string, path: string): { kind: 'failed'; reason: string } | undefined {
  if (!COMMIT.test(commit) && !/^[\w./-]+$/.test(commit)) return { kind: 'failed', reason: `'${commit}' is not a commit id or branch` };
  if (path.startsWith('/') || path.split('/').includes('..')) return { kind: 'failed', reason: `${path} is outside the repository` };
  return undefined;
}

/** A file that is there but over MAX_FILE_BYTES: bounded, not a failure of git or the API. */
function tooLargeFile(path: string, commit: string): { kind: 'failed'; reason: string; tooLarge: true } {
  return { kind: 'failed', reason: `${path} at ${commit.slice(0, 12)} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`, tooLarge: true };
}

function noWayToRead(commit: string): { kind: 'failed'; reason: string } {
  return {
    kind: 'failed',
    reason: `the checkout does not hold commit ${commit.slice(0, 12)} and there is no github-token to read it through the API`,
  };
}

function tooMany(shown: string): { kind: 'failed'; reason: string; tooLarge: true } {
  return {
    kind: 'failed',
    reason: `${shown} has ${MAX_FOLDER_ENTRIES.toLocaleString('en-US')} entries or more, more than lifeguard lists`,
    tooLarge: true,
  };
}

/** Repository-relative paths of names in `dir`; a name that could leave it (never one git or GitHub gives) is dropped. */
function inFolder(dir: string, names: readonly string[]): string[] {
  return names.filter((n) => n !== '' && n !== '.' && n !== '..' && !n.includes('/')).map((n) => (dir ? `${dir}/${n}` : n));
}

async function listViaGit(root: string, commit: string, dir: string): Promise<FolderAt> {
  const shown = `${dir || 'the repository root'} at ${commit.slice(0, 12)}`;
  let type: string;
  try {
    type = (await run('git', ['-C', root, 'cat-file', '-t', `${commit}:${dir}`])).stdout.trim();
  } catch {
    return { kind: 'absent', via: 'git' };
  }
  if (type === 'blob') return { kind: 'file', via: 'git' };
  if (type !== 'tree') return { kind: 'failed', reason: `${shown} is a ${type === 'commit' ? 'submodule' : type}, not a file or folder` };
  let out: string;
  try {
    // The tree itself (`commit:dir`), not a pathspec: a name is never read as a pattern.
    out = (await run('git', ['-C', root, 'ls-tree', '-z', `${commit}:${dir}`], { maxBuffer: 4 * 1024 * 1024 })).stdout;
  } catch (err) {
    const e = err as { stderr?: string; message?: string; code?: unknown };
    if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return tooMany(shown);
    return { kind: 'failed', reason: `git cannot list ${shown} (${(e.stderr || e.message || String(err)).trim().split('\n')[0]})` };
  }
  const entries = out.split('\0').filter(Boolean);
  if (entries.length >= MAX_FOLDER_ENTRIES) return tooMany(shown);
  // Regular files only (modes 100644 and 100755): a link (120000) is a blob too, holding the link's text.
  const names = entries.map((e) => e.match(/^100(?:644|755) blob [0-9a-f]+\t(.*)$/s)?.[1]).filter((n): n is string => n !== undefined);
  return { kind: 'folder', files: inFolder(dir, names), via: 'git' };
}

async function hasCommit(root: string, commit: string): Promise<boolean> {
  try {
    await run('git', ['-C', root, 'cat-file', '-e', `${commit}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

async function viaGit(root: string, commit: string, path: string): Promise<FileAt> {
  try {
    await run('git', ['-C', root, 'cat-file', '-e', `${commit}:${path}`]);
  } catch {
    return { kind: 'absent', via: 'git' };
  }
  try {
    const size = Number((await run('git', ['-C', root, 'cat-file', '-s', `${commit}:${path}`])).stdout.trim());
    if (!(size <= MAX_FILE_BYTES)) return tooLargeFile(path, commit);
    const { stdout } = await run('git', ['-C', root, 'cat-file', 'blob', `${commit}:${path}`], {
      maxBuffer: MAX_FILE_BYTES + 1024,
      encoding: 'utf8',
    });
    return { kind: 'found', text: stdout, via: 'git' };
  } catch (err) {
    const e = err as { stderr?: string; message?: string };
    return {
      kind: 'failed',
      reason: `git cannot read ${path} at ${commit.slice(0, 12)} (${(e.stderr || e.message || String(err)).trim().split('\n')[0]})`,
    };
  }
}
