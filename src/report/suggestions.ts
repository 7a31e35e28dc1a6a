/**
 * Fixes as review comments with GitHub `suggestion` blocks (one click to commit): the lines an
 * edit touches, as they are with the edit made. A fix becomes a suggestion only when every line it
 * replaces lies inside the pull request's diff, at least one of them is a line the pull request
 * changed, and the file's lines are those of the diff (the checkout is the head's). Pure; the text
 * from files stays inert: descriptions are escaped, and the block's fence is longer than any run
 * of backticks in it (ADR 0181).
 */
import { createHash } from 'node:crypto';
import type { LocatedFix } from '../fix/lines.js';
import { applySpans } from '../fix/span.js';
import type { HunkLines } from '../github/diff-hunks.js';
import { inertText } from './inert-markdown.js';
import type { Diagnostic } from '../findings/types.js';

/** Lines one suggestion may replace: a longer one is unreadable in review. */
export const MAX_SUGGESTION_LINES = 30;
export const SUGGESTION_MARKER = 'lifeguard-suggestion:';

export interface Suggestion {
  /** Repository path. */
  path: string;
  /** First and last line replaced (equal for one line). */
  startLine: number;
  line: number;
  body: string;
  /** Identity of this fix at this place: the hidden marker that keeps reruns from posting it twice. */
  key: string;
}

export interface SuggestionInput {
  diagnostics: readonly Diagnostic[];
  /** File texts by display path (the check's sources). */
  sources: ReadonlyMap<string, string>;
  /** Diff lines by repository path. */
  hunks: ReadonlyMap<string, HunkLines>;
  /** Display path to repository path. */
  repoPath(file: string): string;
}

export function suggestionsFor(input: SuggestionInput): Suggestion[] {
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const d of input.diagnostics) {
    for (const fix of d.fixes ?? []) {
      const s = suggestion(d, fix, input);
      if (!s || seen.has(s.key)) continue;
      seen.add(s.key);
      out.push(s);
    }
  }
  return out;
}

function suggestion(d: Diagnostic, fix: LocatedFix, input: SuggestionInput): Suggestion | undefined {
  const files = new Set(fix.edits.map((e) => e.file));
  if (files.size !== 1 || fix.edits.length === 0) return undefined;
  const text = input.sources.get(d.file);
  const path = input.repoPath(d.file);
  const hunks = input.hunks.get(path);
  if (text === undefined || !hunks || fix.edits[0]!.file !== d.file) return undefined;
  const lines = text.split('\n');
  const first = fix.edits[0]!;
  const last = fix.edits.at(-1)!;
  // An insertion at the start of a line is shown as an addition to the line before it, and an
  // edit that ends at the start of a line does not touch that line.
  const startLine = first.start === first.end && first.startColumn === 1 && first.startLine > 1 ? first.startLine - 1 : first.startLine;
  const endLine = Math.max(startLine, last.endColumn === 1 && last.endLine > startLine ? last.endLine - 1 : last.endLine);
  if (endLine - startLine + 1 > MAX_SUGGESTION_LINES || endLine > lines.length) return undefined;
  let changed = false;
  for (let n = startLine; n <= endLine; n++) {
    if (hunks.text.get(n) !== lines[n - 1]!.replace(/\r$/, '')) return undefined;
    changed ||= hunks.added.has(n);
  }
  if (!changed) return undefined;
  const from = lineOffset(lines, startLine);
  const to = Math.min(text.length, lineOffset(lines, endLine + 1));
  if (fix.edits.some((e) => e.start < from || e.end > to)) return undefined;
  const replaced = applySpans(
    text.slice(from, to),
    fix.edits.map((e) => ({ ...e, start: e.start - from, end: e.end - from })),
  ).replace(/\r?\n$/, '');
  const key = createHash('sha256')
    .update(JSON.stringify([path, startLine, endLine, d.ruleId, replaced]))
    .digest('hex')
    .slice(0, 16);
  return { path, startLine, line: endLine, key, body: render(d, fix, replaced, key) };
}

function lineOffset(lines: readonly string[], line: number): number {
  let offset = 0;
  for (let n = 1; n < line; n++) offset += lines[n - 1]!.length + 1;
  return offset;
}

function render(d: Diagnostic, fix: LocatedFix, replacement: string, key: string): string {
  const longest = Math.max(2, ...(replacement.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const kind = fix.kind === 'safe' ? 'Safe fix' : 'Suggested change (it changes what the rules do)';
  return [
    `<!-- ${SUGGESTION_MARKER} ${key} -->`,
    `**lifeguard** [\`${d.ruleId}\`](${d.docsUrl}): ${kind}: ${inertText(fix.description)}.`,
    '',
    `${fence}suggestion`,
    replacement,
    fence,
  ].join('\n');
}

/** The markers of suggestions already on the pull request. */
export function postedKeys(bodies: readonly string[]): Set<string> {
  const keys = new Set<string>();
  const re = new RegExp(`<!-- ${SUGGESTION_MARKER} ([0-9a-f]{16}) -->`, 'g');
  for (const b of bodies) for (const m of b.matchAll(re)) keys.add(m[1]!);
  return keys;
}
