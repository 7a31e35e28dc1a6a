/**
 * Registry entries to References with an explicit meaning. The seed's lesson: a garbage collector
 * deleted a staging model because a registry entry had a trailing-slash mismatch. So `models/v3/`
 * is a folder, `models/v3/model.pt` is a key, and `models/v3` (no slash, no file extension) is
 * ambiguous: it is protected both ways and reported, never guessed.
 */
import type { RawEntry } from './manifest.js';
import { isOtherUrl, parseS3Location } from './s3-uri.js';

export interface Reference {
  /** Key or key prefix inside the target bucket, decoded. */
  path: string;
  /** 'key': exactly this object; 'prefix': everything under it; 'both': ambiguous, protected as both. */
  match: 'key' | 'prefix' | 'both';
  versionId?: string;
  model?: string;
  version?: string;
  stage?: string;
  /** Only objects carrying every one of these tags (a retention policy's protect entry). */
  tags?: ReadonlyArray<{ key: string; value: string }>;
  /** Who references it: the model registry (default) or a policy's protect entry, as "protect[2] (reason)". */
  protectedBy?: string;
  /** The entry as the registry wrote it. */
  written: string;
  pointer: string;
  line?: number;
}

export interface EntryProblem {
  severity: 'error' | 'warning';
  message: string;
  pointer: string;
  line?: number;
}

/**
 * A registry entry as references. Keys are exact S3 keys: nothing is trimmed or decoded. An entry
 * with spaces at either end is ambiguous (an export's padding, or part of the key): both readings
 * are protected (`also`) and reported, never guessed.
 */
export function toReference(entry: RawEntry, bucket: string): { reference?: Reference; also?: Reference; problem?: EntryProblem } {
  const where = { pointer: entry.pointer, line: entry.line };
  let path = entry.value;
  const location = parseS3Location(path);
  if (location) {
    if (location.bucket !== bucket) {
      return {
        problem: {
          severity: 'warning',
          message: `"${entry.value}" is in bucket "${location.bucket}", not "${bucket}": it is not checked against this target's rules`,
          ...where,
        },
      };
    }
    path = location.key;
  } else if (isOtherUrl(path)) {
    return { problem: { severity: 'error', message: `"${entry.value}" is not an s3:// URI, an S3 ARN or a key`, ...where } };
  }
  if (path === '') {
    return {
      problem: {
        severity: 'error',
        message: `"${entry.value}" names the whole bucket; list the artifacts or folders the registry references`,
        ...where,
      },
    };
  }
  const one = reading(entry, path, where);
  if (path === path.trim() || !one.reference) return one;
  // A key of spaces only has no other reading (the trimmed one would be the whole bucket).
  const other = path.trim() === '' ? {} : reading(entry, path.trim(), where);
  return {
    ...(one.reference ? { reference: one.reference } : {}),
    ...(other.reference ? { also: other.reference } : {}),
    problem: {
      severity: 'warning',
      message: `"${entry.value}" has spaces at its start or end; S3 keys may hold them, so lifeguard protects both "${path}" and "${path.trim()}" (fix the registry export if the spaces are not part of the key)`,
      ...where,
    },
  };
}

function reading(
  entry: RawEntry,
  path: string,
  where: { pointer: string; line?: number },
): { reference?: Reference; problem?: EntryProblem } {
  const versionId = entry.versionId;
  const meta = {
    ...(versionId ? { versionId } : {}),
    model: entry.model,
    version: entry.version,
    stage: entry.stage,
    written: entry.value,
    ...where,
  };
  const kind = entry.kind?.toLowerCase();
  if (kind === 'prefix' || kind === 'folder' || kind === 'dir' || kind === 'directory')
    return { reference: { path, match: 'prefix', ...meta } };
  if (kind === 'key' || kind === 'object' || kind === 'file') return { reference: { path, match: 'key', ...meta } };
  if (kind !== undefined) return { problem: { severity: 'error', message: `kind "${entry.kind}" is not key or prefix`, ...where } };
  if (path.endsWith('/')) return { reference: { path, match: 'prefix', ...meta } };
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (/\.[A-Za-z0-9]{1,12}$/.test(last) || versionId) return { reference: { path, match: 'key', ...meta } };
  return {
    reference: { path, match: 'both', ...meta },
    problem: {
      severity: 'warning',
      message: `"${entry.value}" could be one object or a folder: write "${path}/" for a folder, or give kind: key; until then lifeguard protects both "${path}" and everything under "${path}/"`,
      ...where,
    },
  };
}

/** Does this key belong to the reference? */
export function referencesKey(ref: Reference, key: string): boolean {
  if (ref.match !== 'prefix' && key === ref.path) return true;
  if (ref.match === 'prefix') return key.startsWith(ref.path);
  if (ref.match === 'both') return key.startsWith(ref.path.endsWith('/') ? ref.path : `${ref.path}/`);
  return false;
}

export function describeReference(ref: Reference): string {
  const who = [ref.model, ref.version && `v${ref.version.replace(/^v/, '')}`, ref.stage].filter(Boolean).join(' ');
  const tagged = ref.tags?.length ? ` tagged ${ref.tags.map((t) => `${t.key}=${t.value}`).join(', ')}` : '';
  const under = ref.path === '' ? (tagged ? 'every object' : 'every object in the bucket') : `everything under ${ref.path}`;
  const what = ref.match === 'prefix' ? `${under}${tagged}` : ref.match === 'both' ? `${ref.path} (and ${ref.path}/…)` : ref.path;
  return who ? `${what} (${who})` : what;
}

/** Who still needs the artifact, for messages: "the model registry still references" or "protect[0] covers". */
export function referencedBy(ref: Reference): string {
  return ref.protectedBy ? `${ref.protectedBy} covers` : 'the model registry still references';
}

/** Does the object (key and, when known, tags) belong to the reference? Unknown tags count as matching. */
export function referencesObject(ref: Reference, key: string, tags?: ReadonlyMap<string, string>): boolean {
  if (!referencesKey(ref, key)) return false;
  if (!ref.tags?.length || tags === undefined) return true;
  return ref.tags.every((t) => tags.get(t.key) === t.value);
}

/**
 * Every reference that covers a key (in the manifest's order), for many keys against many
 * references: folders are looked up by each of the key's ancestor folders and keys by the key
 * itself, so a lookup costs the key's depth, not the number of references. Prefixes that are not
 * folders (an explicit `kind: prefix` without a slash) are few and tried one by one.
 */
export function referenceLookup(refs: readonly Reference[]): (key: string) => Reference[] {
  const exact = new Map<string, Reference[]>();
  const folders = new Map<string, Reference[]>();
  const partial: Reference[] = [];
  const put = (m: Map<string, Reference[]>, k: string, r: Reference) => m.set(k, [...(m.get(k) ?? []), r]);
  for (const r of refs) {
    if (r.match !== 'prefix') put(exact, r.path, r);
    if (r.match === 'both') put(folders, r.path.endsWith('/') ? r.path : `${r.path}/`, r);
    else if (r.match === 'prefix') {
      if (r.path === '' || !r.path.endsWith('/')) partial.push(r);
      else put(folders, r.path, r);
    }
  }
  const order = new Map(refs.map((r, i) => [r, i]));
  return (key) => {
    const found: Reference[] = [...(exact.get(key) ?? [])];
    for (let i = key.indexOf('/'); i >= 0; i = key.indexOf('/', i + 1)) found.push(...(folders.get(key.slice(0, i + 1)) ?? []));
    for (const r of partial) if (key.startsWith(r.path)) found.push(r);
    return found.length > 1 ? [...new Set(found)].sort((a, b) => order.get(a)! - order.get(b)!) : found;
  };
}

/** The first reference (in the manifest's order) that covers a key; see referenceLookup. */
export function referenceIndex(refs: readonly Reference[]): (key: string) => Reference | undefined {
  const lookup = referenceLookup(refs);
  return (key) => lookup(key)[0];
}
