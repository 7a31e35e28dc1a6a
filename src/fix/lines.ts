/** Offsets of a text edit as 1-based lines and columns (the column after the last character: exclusive). */
import { lineCol } from '../load/json-locate.js';
import type { Fix, TextEdit } from './types.js';

export interface LocatedEdit extends TextEdit {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface LocatedFix extends Omit<Fix, 'edits'> {
  edits: LocatedEdit[];
}

/** `starts`: the file's line starts (lineStartsOf), worked out once per file, not per fix. */
export function locateFix(fix: Fix, starts: readonly number[]): LocatedFix {
  return {
    ...fix,
    edits: fix.edits.map((e) => {
      const from = lineCol(starts, e.start);
      const to = lineCol(starts, e.end);
      return { ...e, startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
    }),
  };
}
