/**
 * The files a push changed, from git itself (`git diff --name-only BEFORE AFTER`), relative to the
 * repository root the way pull-request files are. The checkout must hold both commits: with
 * actions/checkout that means `fetch-depth: 2` or more (its default fetches one commit).
 */
import { execFile } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class PushedFilesError extends Error {
  override name = 'PushedFilesError';
}

export async function filesChangedBetween(root: string, before: string, after: string): Promise<string[]> {
  for (const [name, sha] of [['before', before], ['after', after]] as const) {
    if (!/^[0-9a-f]{7,64}$/i.test(sha)) throw new PushedFilesError(`the push's ${name} commit '${sha}' is not a commit id`);
  }
  let top: string;
  let names: string;
  try {
    top = (await git(root, ['rev-parse', '--show-toplevel'])).trim();
  } catch (err) {
    throw new PushedFilesError(`${root} is not a git checkout (${firstLine(err)}); check out the repository before running lifeguard`);
  }
  try {
    names = await git(root, ['diff', '--name-only', '-z', '--no-renames', before, after]);
  } catch (err) {
    throw new PushedFilesError(
      `git cannot compare ${before.slice(0, 12)} with ${after.slice(0, 12)} (${firstLine(err)}); the checkout needs both commits: use actions/checkout with fetch-depth: 2 or more`,
    );
  }
  return names
    .split('\0')
    .filter(Boolean)
    .map((f) => relative(root, resolve(top, f)).split(sep).join('/'));
}

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', cwd, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

function firstLine(err: unknown): string {
  const e = err as { stderr?: string; message?: string };
  return (e.stderr || e.message || String(err)).trim().split('\n')[0]!;
}
