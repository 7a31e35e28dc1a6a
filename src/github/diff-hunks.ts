/**
 * The lines of a pull request's diff on the new side, from the `patch` the files API gives per
 * file: which lines the pull request added, and the text of every line inside a hunk (the only
 * lines a review comment may be placed on).
 */
export interface HunkLines {
  /** New-side line numbers the pull request added or changed. */
  added: Set<number>;
  /** New-side text of every line inside a hunk (added and context lines), by line number. */
  text: Map<number, string>;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

export function hunkLines(patch: string): HunkLines {
  const added = new Set<number>();
  const text = new Map<number, string>();
  let line = 0;
  let inHunk = false;
  for (const raw of patch.split('\n')) {
    const h = HUNK.exec(raw);
    if (h) {
      line = Number(h[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk || raw.startsWith('\\')) continue;
    if (raw.startsWith('-')) continue;
    if (raw.startsWith('+')) added.add(line);
    text.set(line, raw.slice(1));
    line++;
  }
  return { added, text };
}
