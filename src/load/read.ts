/**
 * The file edge of loading: stat, size limit, bytes, decode, parse. Nothing here throws for a bad
 * file; every refusal comes back as a problem with a position.
 */
import { readFileSync, statSync } from 'node:fs';
import { lstat, readlink } from 'node:fs/promises';
import { decodeUtf8 } from './decode.js';
import { parseText, type ParseProblem, type SourceDocument } from './document.js';
import { MAX_FILE_BYTES } from './limits.js';

export type ReadResult =
  | { ok: true; doc: SourceDocument }
  /** `io`: the file could not be read at all; `content`: it was read but is not usable JSON/YAML. */
  | { ok: false; kind: 'io' | 'content'; reason: 'io' | 'too-large' | 'encoding' | 'syntax'; problem: ParseProblem };

export async function readSource(path: string, display: string = path): Promise<ReadResult> {
  let size: number;
  try {
    // Synchronous on purpose: files are read one after the other, and for a thousand small files the
    // thread-pool round trips of the promise API cost more than the reads (npm run bench).
    const info = statSync(path);
    if (!info.isFile()) return ioProblem(`${display} is not a regular file`);
    size = info.size;
  } catch (err) {
    return ioProblem(await describeBrokenLink(path, err));
  }
  if (size > MAX_FILE_BYTES) {
    return {
      ok: false,
      kind: 'content',
      reason: 'too-large',
      problem: {
        message: `the file is ${formatMiB(size)}, over the ${formatMiB(MAX_FILE_BYTES)} limit for a lifecycle configuration or policy`,
        line: 1,
        column: 1,
      },
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return ioProblem(describeIoError(err));
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, kind: 'content', reason: 'encoding', problem: decoded.problem };
  const parsed = parseText(display, decoded.text);
  return parsed.ok ? parsed : { ok: false, kind: 'content', reason: 'syntax', problem: parsed.problem };
}

/** A dangling symbolic link reads as "no such file", which hides what the user must fix. */
async function describeBrokenLink(path: string, err: unknown): Promise<string> {
  if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
    try {
      if ((await lstat(path)).isSymbolicLink()) return `is a symbolic link to ${await readlink(path)}, which does not exist`;
    } catch {
      // Not even the link is there: the plain message below is right.
    }
  }
  return describeIoError(err);
}

function ioProblem(message: string): ReadResult {
  return { ok: false, kind: 'io', reason: 'io', problem: { message, line: 1, column: 1 } };
}

export function describeIoError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot be read (${code ?? (err as Error).message})`;
  }
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
