/**
 * Where an inventory's files come from. A source hands out the manifest, and each data file as a
 * byte stream (CSV) or as random-access bytes (Parquet, ORC): the local folder here, an s3://
 * location in s3/inventory-source.ts, without touching the readers.
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { AsyncBuffer } from 'hyparquet';
import { Workspace, type Confined } from '../../workspace/workspace.js';
import { InputError } from './errors.js';
import { readManifest, type InventoryManifest } from './manifest.js';

export interface InventoryFile {
  name: string;
  /** Set when the file is on the local disk (a worker thread can open it itself). */
  path?: string;
  stream(): Readable;
  randomAccess(): Promise<AsyncBuffer>;
}

export interface InventorySource {
  /** The manifest's path as shown to the user. */
  manifestDisplay: string;
  readManifest(): Promise<InventoryManifest>;
  file(key: string): InventoryFile;
  /** Releases connections (an S3 source). */
  close?(): void;
}

/**
 * `path` is a manifest.json, or a folder holding one — directly, or in dated sub-folders as S3
 * delivers them (the newest by name is taken). A report inside the repository (every inventory a
 * .lifeguard.yml names is) reads only data files inside it, links followed: its manifest is data a
 * pull request may bring, and a key such as `runner/.credentials` would otherwise name a file above
 * the checkout. A report the user names outside the repository is read where it is.
 */
export function localSource(path: string, cwd: string, workspace = new Workspace(cwd)): InventorySource & { manifestPath: string } {
  const abs = resolve(cwd, path);
  if (!existsSync(abs)) throw new InputError(`${path}: no such file or folder`);
  const manifestPath = statSync(abs).isDirectory() ? findManifest(abs, path) : abs;
  const dir = dirname(manifestPath);
  const manifestDisplay = manifestPath === abs ? path : join(path, manifestPath.slice(abs.length + 1));
  const confine = workspace.confine(manifestPath).ok ? (p: string) => workspace.confine(p) : undefined;
  return {
    manifestDisplay,
    manifestPath,
    readManifest: () => readManifest(manifestPath, manifestDisplay),
    file(key) {
      // The manifest is data: a key that climbs out (../, an absolute path) names no file of the report.
      if (/^[\\/]|^[A-Za-z]:|(^|[\\/])\.\.([\\/]|$)/.test(key))
        throw new InputError(
          `${manifestDisplay}: the data file key ${JSON.stringify(key.slice(0, 200))} leads outside the report's folders; not read`,
        );
      const { found, refused } = locate(dir, key, confine);
      if (refused)
        throw new InputError(`${manifestDisplay}: the data file key ${JSON.stringify(key.slice(0, 200))} names a file that ${refused}`);
      if (!found)
        throw new InputError(
          `${key}: listed in the manifest but not found under ${dir} (looked for the key, its file name, and data/<file name>)`,
        );
      return {
        name: found,
        path: found,
        stream: () => createReadStream(found, { highWaterMark: 1 << 20 }),
        randomAccess: async () => (await import('hyparquet')).asyncBufferFromFile(found),
      };
    },
  };
}

function findManifest(dir: string, display: string): string {
  const direct = join(dir, 'manifest.json');
  if (existsSync(direct)) return direct;
  const candidates: string[] = [];
  const walk = (d: string, depth: number) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory() && depth < 3) walk(join(d, e.name), depth + 1);
      else if (e.isFile() && e.name === 'manifest.json') candidates.push(join(d, e.name));
    }
  };
  walk(dir, 0);
  if (!candidates.length)
    throw new InputError(`${display}: no manifest.json in this folder or its sub-folders; point --inventory at an S3 Inventory report`);
  // Report folders are named by their start time (YYYY-MM-DDTHH-MMZ): the newest sorts last.
  return candidates.sort((a, b) => basename(dirname(a)).localeCompare(basename(dirname(b))) || a.localeCompare(b)).at(-1)!;
}

/**
 * A data file's key is its path in the destination bucket; a local copy may keep all, part or none
 * of it. The first file found is taken, unless it lies outside where `confine` allows: then the
 * reason, and nothing is read (a later candidate inside would be a different file of the same name).
 */
function locate(dir: string, key: string, confine?: (path: string) => Confined): { found?: string; refused?: string } {
  const name = basename(key);
  const tries = [join(dir, name), join(dir, 'data', name), join(dir, 'files', name)];
  for (let d = dir, i = 0; i < 6; i++, d = dirname(d)) tries.push(join(d, key));
  const found = tries.find((p) => existsSync(p) && statSync(p).isFile());
  if (!found || !confine) return { found };
  const confined = confine(found);
  return confined.ok ? { found } : { refused: confined.reason };
}
