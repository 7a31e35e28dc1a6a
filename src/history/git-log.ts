/**
 * What git says about the branch a target's rules come from: the commits (first parent only: the
 * states the branch itself held, not the inside of merged branches) that changed some files, newest
 * first, and whether the checkout is shallow (then an older state may simply not be there).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

import type { CommitInfo } from '../model/sync-state.js';

export type { CommitInfo };

export class GitHistoryError extends Error {
  override name = 'GitHistoryError';
}

/** The commit `ref` names, or undefined when `root` is no git checkout or has no such commit. */
export async function resolveCommit(root: string, ref: string): Promise<string | undefined> {
  const out = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => undefined);
  return out?.trim() || undefined;
}

/** The top folder of the git checkout holding `dir`, or undefined outside one. */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  const out = await git(dir, ['rev-parse', '--show-toplevel']).catch(() => undefined);
  return out?.trim() || undefined;
}

export async function isShallow(root: string): Promise<boolean> {
  const out = await git(root, ['rev-parse', '--is-shallow-repository']).catch(() => 'false');
  return out.trim() === 'true';
}

/**
 * Commits reachable from `head` along first parents that changed any of `paths` (relative to
 * `root`), newest first, at most `limit`.
 */
export async function commitsTouching(root: string, head: string, paths: readonly string[], limit: number): Promise<CommitInfo[]> {
  if (!paths.length || limit <= 0) return [];
  try {
    return parseLog(await git(root, ['log', '--first-parent', `-n${limit}`, `--format=${FORMAT}`, head, '--', ...paths]));
  } catch (err) {
    const e = err as { stderr?: string; message?: string };
    throw new GitHistoryError(
      `git cannot list the history of ${head.slice(0, 12)} (${(e.stderr || e.message || String(err)).trim().split('\n')[0]})`,
    );
  }
}

// Fields separated by US, records by RS: neither appears in a commit subject.
const FORMAT = '%H%x1f%cI%x1f%s%x1e';

function parseLog(text: string): CommitInfo[] {
  return text
    .split('\x1e')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => {
      const [sha, date, subject] = r.split('\x1f');
      return { sha: sha!, date: date ?? '', subject: subject ?? '' };
    });
}

async function git(root: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', root, ...args], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
