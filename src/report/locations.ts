/**
 * Where a finding's file is, for consumers that resolve paths themselves: GitHub annotations and
 * SARIF want paths relative to the repository root, while diagnostics carry the path as shown to
 * the user (relative to the working directory where possible). Pure path arithmetic, no I/O.
 */
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';

export interface PathBase {
  /** Folder the diagnostics' relative paths are relative to (the run's working directory). */
  cwd?: string;
  /** Repository root that annotations and SARIF URIs are relative to (default: cwd). */
  root?: string;
}

/**
 * The file relative to the root, with forward slashes; undefined when the file lies outside the
 * root (or no folders are known and the path is absolute).
 */
export function rootRelative(file: string, base: PathBase): string | undefined {
  if (!base.cwd) return isAbsolute(file) ? undefined : toPosix(posix.normalize(toPosix(file)));
  const absolute = resolve(base.cwd, file);
  const rel = relative(base.root ?? base.cwd, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return toPosix(rel);
}

/** The path for an annotation's `file=` property: root-relative when possible, else as given. */
export function annotationPath(file: string, base: PathBase): string {
  return rootRelative(file, base) ?? toPosix(file);
}

/**
 * A SARIF artifact URI: a relative reference (RFC 3986, percent-encoded per segment) when the file
 * is under the root, which code scanning resolves against the checkout; a file: URI otherwise.
 */
export function artifactUri(file: string, base: PathBase): string {
  const rel = rootRelative(file, base);
  if (rel !== undefined) return rel.split('/').map(encodeSegment).join('/');
  const absolute = toPosix(base.cwd ? resolve(base.cwd, file) : file);
  const withRoot = absolute.startsWith('/') ? absolute : `/${absolute}`;
  // A Windows drive letter ("/C:") keeps its colon, as in file:///C:/repo/x.json.
  return `file://${withRoot
    .split('/')
    .map((s, i) => (i === 1 && /^[A-Za-z]:$/.test(s) ? s : encodeSegment(s)))
    .join('/')}`;
}

function encodeSegment(segment: string): string {
  // encodeURIComponent leaves these alone, but they are reserved or unsafe in a URI path.
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function toPosix(path: string): string {
  return sep === '\\' ? path.split('\\').join('/') : path;
}
