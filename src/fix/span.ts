/** A change as one replaced span of the original text. */
export interface Span {
  start: number;
  end: number;
  replacement: string;
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
