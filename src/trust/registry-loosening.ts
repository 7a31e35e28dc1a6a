/**
 * A target's registry manifest is evidence the base commit decides, like a policy's `protect`
 * entries (protect-loosening.ts): a pull request that drops references from it (or deletes it) in
 * the same change as a rule that expires what they named would otherwise pass registry-protection
 * with its own word. References the base commit's manifest holds and the head's no longer does are
 * one loosening per target, found at the head's manifest; the approval is the decision.
 */
import { relative, resolve, sep } from 'node:path';
import { workspaceOf, type TargetConfig } from '../config/config.js';
import { parseText } from '../load/document.js';
import { entriesFromCsv, entriesFromDocument, type RawEntry } from '../model-registry/manifest.js';
import { toReference, type Reference } from '../model-registry/reference.js';
import { loadReferences } from '../plan/protection.js';
import { readFileAt } from './file-at.js';
import type { FileLoosening, ProtectCheck } from './protect-loosening.js';
import { baseTargetOf } from './settings.js';

/** References named in a loosening's words; the count says how many more. */
const SHOWN = 3;

export async function registryLoosenings(c: ProtectCheck): Promise<{ loosened: FileLoosening[]; problems: string[] }> {
  const loosened: FileLoosening[] = [];
  const problems: string[] = [];
  for (const t of c.head.targets) {
    const was = baseTargetOf(c.base, c.head, t);
    // The judged target keeps the base's `registry` path: a head that changes it is a settings loosening already.
    if (!was?.registry || !t.registry) continue;
    const basePath = relative(c.root, resolve(c.base.dir, was.registry)).split(sep).join('/');
    const read = await readFileAt(c.files, c.baseSha, basePath);
    if (read.kind === 'absent') continue;
    if (read.kind === 'failed') {
      problems.push(`the base commit's registry manifest ${basePath} could not be read: ${read.reason}`);
      continue;
    }
    const base = baseReferences(basePath, read.text, was);
    if (!base.length) continue;
    const head = await loadReferences(t, c.head);
    const kept = new Set(head.references.map(referenceKey));
    const removed = base.filter((r) => !kept.has(referenceKey(r)));
    if (!removed.length) continue;
    const ws = workspaceOf(c.head);
    const shown = removed
      .slice(0, SHOWN)
      .map((r) => r.written)
      .join(', ');
    loosened.push({
      setting: `targets[${t.name}].registry references`,
      from: `${removed.length} of ${base.length} (${shown}${removed.length > SHOWN ? ', …' : ''})`,
      to: '(removed)',
      pointer: '',
      file: ws.display(ws.resolve(t.registry, c.head.dir)),
      ...(head.doc ? { doc: head.doc } : {}),
    });
  }
  return { loosened, problems };
}

/** The base manifest's references, read as the head's are (CSV by its extension, else JSON or YAML); unusable text holds none. */
function baseReferences(path: string, text: string, target: TargetConfig): Reference[] {
  let entries: RawEntry[];
  if (/\.csv$/i.test(path)) entries = entriesFromCsv(text).entries;
  else {
    const doc = parseText(path, text);
    if (!doc.ok) return [];
    entries = entriesFromDocument(doc.doc).entries;
  }
  const out: Reference[] = [];
  for (const e of entries) {
    const { reference, also } = toReference(e, target.bucket);
    if (reference) out.push(reference);
    if (also) out.push(also);
  }
  return out;
}

/** What a reference protects: the same path, match and version protect the same objects. */
function referenceKey(r: Reference): string {
  return `${r.match}\u0000${r.versionId ?? ''}\u0000${r.path}`;
}
