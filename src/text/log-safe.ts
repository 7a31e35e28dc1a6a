/**
 * Text from files (names, rule IDs, prefixes, tag values, source lines) on its way to a terminal or
 * to the GitHub Actions runner's log. The runner executes a line as a workflow command when, after
 * leading white space, it starts with `::`, or when it holds `##[` anywhere (the legacy syntax);
 * it splits lines at LF and at CR. Pure: the edges choose between a fence and an escape (ADR 0130).
 */

/** C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A name as one visible line: control characters become escapes (`\n`, `\u001b`). */
export function showControls(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Zero-width space: splits a command marker without changing what a reader sees. */
const BREAK = '\u200b';

/**
 * Every line that the runner would take for a command, broken so it no longer is one: a leading
 * `::` becomes `:\u200b:` and every `##[` becomes `##\u200b[`. Text that was already safe is
 * returned unchanged.
 */
export function neutralizeCommands(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part) => part.replace(/^(\s*):(?=:)/, `$1:${BREAK}`).replaceAll('##[', `##${BREAK}[`))
    .join('');
}

/**
 * The text between `::stop-commands::TOKEN` and `::TOKEN::`: the runner executes no command in
 * between except the resume line, and TOKEN is fresh and random, so no file can contain it.
 */
export function fenceCommands(text: string, token: string): string {
  if (!/^[A-Za-z0-9_-]{16,}$/.test(token)) throw new Error('a stop-commands token must be at least 16 random letters or digits');
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `::stop-commands::${token}\n${body}::${token}::\n`;
}
