/**
 * The tagging journal of a quarantine in progress: beside the quarantine file, one JSON line for the
 * batch (day, expiry, target, bucket), then one line per object as soon as it is tagged. A sweep of
 * millions of objects takes hours; when it is interrupted, the next `--quarantine` finds the journal,
 * continues the same batch (same tag value, whatever the day), and does not touch again what the
 * journal lists. An object tagged but not yet journaled (the process died between the two) is read
 * again before tagging and found to carry the tag already, so it is not written twice either. The
 * journal is removed once the batch is recorded; it is never committed.
 */
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';

export interface JournalHeader {
  target: string;
  bucket: string;
  /** The batch's tag value (its day). */
  tag: string;
  expireOn: string;
  startedAt: string;
}

export interface JournalEntry {
  key: string;
  versionId?: string;
}

/** `.lifeguard/quarantine/arts.json` → `.lifeguard/quarantine/arts.tagging.jsonl`. */
export function journalPath(quarantineFile: string): string {
  return quarantineFile.replace(/\.json$/i, '') + '.tagging.jsonl';
}

export async function readJournal(path: string): Promise<{ header: JournalHeader; tagged: Map<string, JournalEntry> } | undefined> {
  if (!existsSync(path)) return undefined;
  let header: JournalHeader | undefined;
  const tagged = new Map<string, JournalEntry>();
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      // A line cut by a crash: that object is read again before it is tagged.
      continue;
    }
    if (!header) {
      header = v as JournalHeader;
      continue;
    }
    const e = v as { k?: unknown; v?: unknown };
    if (typeof e.k === 'string') tagged.set(e.k, { key: e.k, ...(typeof e.v === 'string' ? { versionId: e.v } : {}) });
  }
  return header && typeof header.tag === 'string' ? { header, tagged } : undefined;
}

/** Appends tagged objects, one line each, in the order they were tagged; writes are queued, never interleaved. */
export class Journal {
  private queue: Promise<void> = Promise.resolve();

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  /** Opens the journal for appending; writes the header when it is new. */
  static async open(path: string, header: JournalHeader): Promise<Journal> {
    const fresh = !existsSync(path);
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(path, 'a');
    const journal = new Journal(path, handle);
    if (fresh) await handle.write(JSON.stringify(header) + '\n');
    return journal;
  }

  tagged(entry: JournalEntry): Promise<void> {
    const line = JSON.stringify({ k: entry.key, ...(entry.versionId ? { v: entry.versionId } : {}) }) + '\n';
    this.queue = this.queue.then(() => this.handle.write(line).then(() => undefined));
    return this.queue;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.handle.close();
  }
}

/** The batch is recorded: the journal has done its job. */
export async function removeJournal(path: string): Promise<void> {
  await rm(path, { force: true });
}
