/**
 * A retention policy's `protect` entries as registry References, so one check (src/registry/
 * protect.ts) decides for both what an expiring rule reaches, and the orphan sweep never tags what
 * a protect entry covers. A protect entry is a folder (its prefix, '' for the whole bucket) narrowed
 * by the tags it names.
 */
import type { Reference } from '../model-registry/reference.js';
import type { Policy, ProtectEntry } from './model.js';

export function protectReferences(policy: Policy): Reference[] {
  return policy.protect.map((entry) => protectReference(entry));
}

export function protectReference(entry: ProtectEntry): Reference {
  return {
    path: entry.select.prefix,
    match: 'prefix',
    tags: entry.select.tags,
    protectedBy: `protect[${entry.index}]${entry.reason ? ` (${entry.reason})` : ''}`,
    written: `protect[${entry.index}]`,
    pointer: entry.pointer,
  };
}
