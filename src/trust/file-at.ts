/**
 * A file as it is at a given commit, read as data (never checked out, never run): from git when the
 * checkout holds the commit, else from GitHub's contents API at that commit. Used for the base
 * commit's .lifeguard.yml, for the files of a fork's pull request in the privileged half, and for
 * the files of an older head commit an approval was given on.
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

export type FileAt =
  { kind: 'found'; text: string; via: 'git' | 'api' } | { kind: 'absent'; via: 'git' | 'api' } | { kind: 'failed'; reason: string };

const COMMIT = /^[0-9a-f]{7,64}$/i;

export async function readFileAt(from: CommitFiles, commit: string, path: string): Promise<FileAt> {
  if (!COMMIT.test(commit) && !/^[\w./-]+$/.test(commit)) return { kind: 'failed', reason: `'${commit}' is not a commit id or branch` };
  if (path.startsWith('/') || path.split('/').includes('..')) return { kind: 'failed', reason: `${path} is outside the repository` };
  if (from.root && (await hasCommit(from.root, commit))) return viaGit(from.root, commit, path);
  if (!from.client || !from.repo) {
    return {
      kind: 'failed',
      reason: `the checkout does not hold commit ${commit.slice(0, 12)} and there is no github-token to read it through the API`,
    };
  }
  try {
    const { data } = await from.client.rest.repos.getContent({ ...from.repo, path, ref: commit, mediaType: { format: 'raw' } });
    const text = typeof data === 'string' ? data : undefined;
    if (text === undefined) return { kind: 'failed', reason: `${path} at ${commit.slice(0, 12)} is not a file` };
    if (Buffer.byteLength(text) > MAX_FILE_BYTES)
      return { kind: 'failed', reason: `${path} at ${commit.slice(0, 12)} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB` };
    return { kind: 'found', text, via: 'api' };
  } catch (err) {
    if (httpStatus(err) === 404) return { kind: 'absent', via: 'api' };
    return { kind: 'failed', reason: `GitHub: ${path} at ${commit.slice(0, 12)} could not be read (${describeGitHubError(err)})` };
  }
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
    if (!(size <= MAX_FILE_BYTES))
      return { kind: 'failed', reason: `${path} at ${commit.slice(0, 12)} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB` };
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
