/** A change as one replaced span of the original text, found by trimming what did not change. */
export interface Span {
  start: number;
  end: number;
  replacement: string;
}

export function minimalEdit(before: string, after: string): Span | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, end: before.length - tail, replacement: after.slice(start, after.length - tail) };
}

/** The text with non-overlapping spans applied. */
export function applySpans(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  return out + text.slice(at);
}

export function overlaps(a: Span, b: Span): boolean {
  // Two insertions at one offset overlap too: their order would be a guess.
  return (a.start < b.end && b.start < a.end) || a.start === b.start;
}
