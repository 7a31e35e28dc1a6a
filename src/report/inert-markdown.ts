/**
 * Untrusted text (file names, rule IDs, prefixes, tag values, messages that quote them) placed in
 * GitHub-flavoured Markdown so that it renders as the characters it is and nothing more: no HTML,
 * no emphasis or headings, no links or images, no autolinked URL, e-mail or issue number, no
 * @mention that pings (GitHub links mentions in rendered text, so escaping alone is not enough: a
 * zero-width space breaks them). Code spans take a fence longer than any backtick run inside, and
 * table cells keep `|`. Pure (ADR 0131).
 */
import { showControls } from '../text/log-safe.js';

const ZWSP = '\u200b';
/**
 * What Markdown reads as syntax in the middle of a line: code, emphasis, link and image brackets
 * (with `[` and `]` escaped no `(url)` or `!` can form one), tables, strikethrough; `_` only where
 * it could open emphasis.
 */
const SYNTAX = /[\\`*[\]|~]/g;

/** Prose: a sentence, a list item, a notice or a table cell. Control characters shown escaped. */
export function inertText(text: string): string {
  const escaped = showControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(SYNTAX, '\\$&')
    // Intraword underscores (STANDARD_IA) are never emphasis in GFM; the others may be.
    .replace(/(^|[^A-Za-z0-9])_|_(?=$|[^A-Za-z0-9])/g, (m) => m.replace('_', '\\_'))
    // What would start a list item, a numbered item or a heading underline at the start of a line.
    .replace(/^[-+=#]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
  return breakAutolinks(escaped);
}

/** Inline code for a name: shown verbatim, whatever backticks, pipes or markup it holds. */
export function codeSpan(text: string, inTable = false): string {
  let body = showControls(text);
  if (inTable) body = body.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A space on both sides is stripped by the renderer; it lets the body start or end with a backtick.
  const pad = body === '' || body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** URLs, www. addresses, e-mail addresses, @mentions and #123 references are linked by GitHub. */
function breakAutolinks(text: string): string {
  return text
    .replace(/:(?=\/\/)/g, `:${ZWSP}`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`)
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWSP}`)
    .replace(/(\\?#)(?=\d)/g, `$1${ZWSP}`)
    .replace(/\b(GH-)(?=\d)/gi, `$1${ZWSP}`);
}

/**
 * A sentence built by a describer that quotes names (`describeExpiry(e, quote)`): the prose is made
 * inert, and each quoted name becomes a code span.
 */
export function inertSentence(build: (quote: (name: string) => string) => string, inTable = false): string {
  // A private-use character the text does not hold marks where the names go.
  const plain = build((name) => name);
  let code = 0xe000;
  while (plain.includes(String.fromCharCode(code))) code++;
  const mark = String.fromCharCode(code);
  const names: string[] = [];
  const text = build((name) => `${mark}${names.push(name) - 1}${mark}`);
  return inertText(text).replace(new RegExp(`${mark}(\\d+)${mark}`, 'g'), (_, i: string) => codeSpan(names[Number(i)] ?? '', inTable));
}
