/**
 * Applying fixes to one file's text, as ESLint does: in file order, a fix whose edits overlap an
 * earlier chosen one waits for the next pass (the re-check offers it again on the new text).
 */
import { applySpans, overlaps } from './span.js';
import type { Fix } from './types.js';

export interface Applied {
  text: string;
  applied: Fix[];
}

export function applyFixes(text: string, fixes: readonly Fix[]): Applied {
  const chosen: Fix[] = [];
  const ordered = [...fixes].sort((a, b) => a.edits[0]!.start - b.edits[0]!.start);
  for (const fix of ordered) {
    if (fix.edits.some((e) => e.end > text.length)) continue;
    if (chosen.some((c) => c.edits.some((a) => fix.edits.some((b) => overlaps(a, b))))) continue;
    chosen.push(fix);
  }
  return {
    text: applySpans(
      text,
      chosen.flatMap((f) => f.edits),
    ),
    applied: chosen,
  };
}
