/**
 * A retention policy's `protect:` entries are settings of an existing target too: a pull request
 * that drops or narrows one (so that a new rule may expire what it covered) loosens the base
 * commit's protection. Each base entry (prefix and tags) that the head's policy no longer holds is
 * a loosening, found at the head's `protect` list. The base policy is read at the base commit as
 * data (git or the contents API); the head's from the files being judged.
 */
import { relative, resolve, sep } from 'node:path';
import { workspaceOf, type LifeguardConfig } from '../config/config.js';
import { parseText, type SourceDocument } from '../load/document.js';
import { readSource } from '../load/read.js';
import { isObj } from '../model/values.js';
import { readFileAt, type CommitFiles } from './file-at.js';
import { baseTargetOf, type Loosening } from './settings.js';

export interface FileLoosening extends Loosening {
  /** The head's file (display path) and its parsed document, for positions (none for CSV or a missing file). */
  file: string;
  doc?: SourceDocument;
}

export interface ProtectCheck {
  base: LifeguardConfig;
  /** The judged configuration (the head's targets with the base's trusted fields). */
  head: LifeguardConfig;
  files: CommitFiles;
  baseSha: string;
  /** Repository root the base paths are relative to, and the working directory for display. */
  root: string;
  cwd: string;
}

export async function protectLoosenings(c: ProtectCheck): Promise<{ loosened: FileLoosening[]; problems: string[] }> {
  const loosened: FileLoosening[] = [];
  const problems: string[] = [];
  for (const t of c.head.targets) {
    const was = baseTargetOf(c.base, c.head, t);
    if (!was?.source.policy || !t.source.policy) continue;
    const basePath = relative(c.root, resolve(c.base.dir, was.source.policy)).split(sep).join('/');
    const read = await readFileAt(c.files, c.baseSha, basePath);
    if (read.kind === 'absent') continue;
    if (read.kind === 'failed') {
      problems.push(`the base commit's policy ${basePath} could not be read: ${read.reason}`);
      continue;
    }
    const baseDoc = parseText(basePath, read.text);
    if (!baseDoc.ok) continue;
    const headPath = resolve(c.head.dir, t.source.policy);
    const file = workspaceOf(c.head).display(headPath);
    const headDoc = await readSource(headPath, file);
    const headEntries = headDoc.ok ? protectEntries(headDoc.doc.data) : [];
    const kept = new Set(headEntries.map((e) => e.key));
    for (const e of protectEntries(baseDoc.doc.data)) {
      if (kept.has(e.key) || !headDoc.ok) continue;
      loosened.push({
        setting: `targets[${t.name}].policy protect`,
        from: e.shown,
        to: '(removed)',
        pointer: isObj(headDoc.doc.data) && Array.isArray(headDoc.doc.data.protect) ? '/protect' : '',
        file,
        doc: headDoc.doc,
      });
    }
  }
  return { loosened, problems };
}

/** Each protect entry as a comparable key (prefix and sorted tags) and in words. */
function protectEntries(data: unknown): Array<{ key: string; shown: string }> {
  const list = isObj(data) && Array.isArray(data.protect) ? data.protect : [];
  return list.filter(isObj).map((p) => {
    const prefix = typeof p.prefix === 'string' ? p.prefix : '';
    const tags = isObj(p.tags)
      ? Object.entries(p.tags)
          .map(([k, v]) => `${k}=${String(v)}`)
          .sort()
      : [];
    const shown =
      [prefix ? `prefix ${prefix}` : '', tags.length ? `tags ${tags.join(', ')}` : ''].filter(Boolean).join(' and ') || 'every object';
    return { key: `${prefix}\u0000${tags.join('\u0000')}`, shown };
  });
}
