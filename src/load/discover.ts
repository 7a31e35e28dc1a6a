/**
 * PATH arguments to candidate files. A named file is always a candidate; a folder is walked for
 * JSON, YAML and .tf files, which are then judged by content (detect.ts), not by name. Files found in a
 * folder and changed files are read only when they lead, after their links, inside the workspace's
 * repository: a link to /etc/passwd in a pull request is named, never read. Paths are resolved and
 * shown by the workspace (src/workspace).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Workspace } from '../workspace/workspace.js';
import { describeIoError } from './read.js';

export interface Candidate {
  path: string;
  display: string;
  /** Named on the command line: problems with it are always reported. */
  explicit: boolean;
}

export interface Discovery {
  candidates: Candidate[];
  /** Paths that could not be read at all: these make the run an I/O failure (exit 2). */
  ioErrors: Array<{ path: string; message: string }>;
}

/** JSON and YAML (lifecycle files, policies, templates, plans) and Terraform's .tf files. */
const DATA_FILE = /\.(json|ya?ml|tf)$/i;

/** A file check judges when it meets one in a folder or among a pull request's changed files (by its name or path). */
export function isDataFile(path: string): boolean {
  return DATA_FILE.test(path);
}
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'coverage']);

/**
 * `implicit` files are judged like files found in a folder (a pull request's changed files): kept
 * when they are JSON or YAML, silently skipped when missing or not lifecycle-shaped.
 */
export async function discover(paths: readonly string[], ws: Workspace, implicit: readonly string[] = []): Promise<Discovery> {
  const out: Discovery = { candidates: [], ioErrors: [] };
  const seen = new Set<string>();
  const add = (path: string, explicit: boolean, folder?: string) => {
    if (seen.has(path)) return;
    // What a folder or a pull request brings must stay inside the repository, or inside the folder
    // named on the command line (the command line's own PATHs may lead anywhere).
    if (!explicit) {
      const confined = folder === undefined ? ws.confine(path) : ws.confineWithin(path, folder);
      if (!confined.ok) {
        out.ioErrors.push({ path: ws.display(path), message: `is a symbolic link that ${confined.reason}` });
        return;
      }
    }
    seen.add(path);
    out.candidates.push({ path, display: ws.display(path), explicit });
  };
  for (const given of paths) {
    const p = ws.resolve(given);
    try {
      const info = await stat(p);
      if (info.isDirectory()) await walk(p, out, (f) => add(f, false, p), ws);
      else add(p, true);
    } catch (err) {
      out.ioErrors.push({ path: given, message: describeIoError(err) });
    }
  }
  for (const given of implicit) {
    const p = ws.resolve(given);
    const name = basename(p);
    if (!DATA_FILE.test(name) || name.startsWith('.lifeguard')) continue;
    try {
      if ((await stat(p)).isFile()) add(p, false);
    } catch {
      // Deleted by the change: nothing to check.
    }
  }
  return out;
}

async function walk(dir: string, out: Discovery, add: (p: string) => void, ws: Workspace): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.ioErrors.push({ path: ws.display(dir), message: describeIoError(err) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(full, out, add, ws);
    } else if ((e.isFile() || e.isSymbolicLink()) && DATA_FILE.test(e.name) && !e.name.startsWith('.lifeguard')) {
      add(full);
    }
  }
}
