/**
 * The workspace: the one place that resolves, confines and displays paths. Built by the entry
 * points (the checkout under GitHub Actions, the repository around the working directory for the
 * CLI) and carried by the loaded configuration, so no module works out a path from a bare `cwd`.
 * A path a pull request brings (`.lifeguard.yml`'s sources, manifests, inventories, quarantine
 * files, files found in a folder) is read only when, after following every symbolic link, it lies
 * inside the repository; changed files are matched to sources by their real paths (ADR 0136).
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export type Confined = { ok: true; real: string } | { ok: false; real: string; reason: string };

export class Workspace {
  /** The repository's root, with its own links followed. */
  readonly root: string;

  /**
   * @param cwd where relative command-line paths start and what display paths are relative to.
   * @param root the repository (default: the nearest folder above `cwd` holding `.git`, else `cwd`).
   */
  constructor(
    readonly cwd: string,
    root: string = repositoryRoot(cwd),
  ) {
    this.root = realPath(resolve(cwd, root));
  }

  /** A path made absolute: relative to `from` (the folder of .lifeguard.yml), else to cwd. */
  resolve(path: string, from: string = this.cwd): string {
    return resolve(from, path);
  }

  /**
   * Where the path really leads (links followed; for a path that does not exist yet, its nearest
   * existing folder), and whether that is inside the repository.
   */
  confine(path: string): Confined {
    const real = realPath(resolve(this.cwd, path));
    if (isInside(this.root, real)) return { ok: true, real };
    return { ok: false, real, reason: `leads to ${real}, outside the repository (${this.root}); lifeguard reads only files inside it` };
  }

  /**
   * As confine, but a folder the user named on the command line counts as inside too: its own files
   * are read wherever it is, while a link in it that leads elsewhere is still refused.
   */
  confineWithin(path: string, named: string): Confined {
    const own = this.confine(path);
    if (own.ok || isInside(realPath(resolve(this.cwd, named)), own.real)) return { ok: true, real: own.real };
    return own;
  }

  /** The path as shown to the user: relative to cwd where it is below it, forward slashes. */
  display(path: string): string {
    const rel = relative(this.cwd, resolve(this.cwd, path));
    return rel && !leaves(rel) ? rel.split(sep).join('/') : path;
  }

  /** The file's path in the repository (forward slashes) after following links, or undefined outside it. */
  repoPath(path: string): string | undefined {
    const real = realPath(resolve(this.cwd, path));
    return isInside(this.root, real) ? relative(this.root, real).split(sep).join('/') : undefined;
  }

  /** The path relative to the root as written (links not followed), forward slashes. */
  logicalRepoPath(path: string): string {
    return relative(this.root, resolve(this.cwd, path)).split(sep).join('/');
  }
}

/** The nearest folder at or above `cwd` holding `.git` (a folder, or a file in a worktree), else `cwd`. */
export function repositoryRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

/** realpath of the path, or of its nearest existing ancestor with the rest appended. */
function realPath(path: string): string {
  const rest: string[] = [];
  for (let p = path; ; p = dirname(p)) {
    try {
      return join(realpathSync(p), ...rest.reverse());
    } catch {
      if (dirname(p) === p) return path;
      rest.push(p.slice(dirname(p).length).replace(/^[\\/]/, ''));
    }
  }
}

function isInside(root: string, path: string): boolean {
  return !leaves(relative(root, path));
}

/** A relative path that climbs out of its base (`..`, `../x`), or an absolute one (another drive). */
function leaves(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}
