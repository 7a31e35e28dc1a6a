/**
 * Hostile text in the comment and the job summary, rendered with the renderer the comment picture
 * uses (marked, GFM): no link, no image, no raw HTML, no mention or issue reference GitHub could
 * link, code spans that hold any backtick run, table cells that hold `|`.
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { codeSpan, inertText } from '../../src/report/inert-markdown.js';

const HOSTILE = [
  'x\n::error file=README.md,line=1::FORGED',
  '![pixel](https://evil.example/track.png)',
  '[click me](https://evil.example/)',
  '<img src=x onerror=alert(1)> <details open><summary>hi</summary>',
  '@octocat please look, cc @acme/security and mail a@b.example',
  'see #12 and GH-7 and https://evil.example/x and www.evil.example',
  '**bold** _em_ ~~strike~~ `code` | pipe | \\ backslash',
  '# heading',
  '- item',
  '1. numbered',
  '<https://evil.example/auto>',
  '&#64;octocat &lt;b&gt;',
];

function html(md: string): string {
  return marked.parse(md, { gfm: true, async: false });
}

/** Text GitHub would turn into a mention, an issue link or an autolink (it scans text outside code). */
function linkable(rendered: string): string[] {
  const text = rendered.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, '');
  const decoded = text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
  return [...decoded.matchAll(/@[A-Za-z0-9]|#\d|https?:\/\/|www\.|GH-\d/gi)].map((m) => m[0]);
}

describe('inert markdown', () => {
  for (const s of HOSTILE) {
    it(`renders ${JSON.stringify(s.slice(0, 40))} as plain text`, () => {
      for (const md of [`Rules from ${inertText(s)}.`, `| a | b |\n|---|---|\n| ${inertText(s)} | x |`, `> [!NOTE]\n> ${inertText(s)}`]) {
        const out = html(md);
        expect(out, md).not.toMatch(/<(a|img|details|summary|em|strong|del|h\d|li|ol|ul|script)\b/);
        expect(linkable(out), out).toEqual([]);
        expect(out).not.toContain('\n::error');
      }
    });
  }

  it('keeps the characters: the rendered text reads as the input (controls shown escaped)', () => {
    const s = 'a_b *c* [d](e) <f> #1 @g | h';
    const out = html(inertText(s))
      .replace(/<\/?p>\n?/g, '')
      .replace(/\u200b/g, '');
    expect(out.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).toBe(s);
    expect(inertText('a\nb')).toBe('a\\\\nb');
  });

  it('code spans hold any run of backticks, and pipes in table cells', () => {
    for (const s of ['a`b', '``x``', '`', 'p|q', ' x ', '<details>', '@octocat']) {
      const cellMd = `| f |\n|---|\n| ${codeSpan(s, true)} |`;
      const code = /<code>([\s\S]*?)<\/code>/.exec(html(cellMd))?.[1];
      expect(code?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'), cellMd).toBe(s === ' x ' ? ' x ' : s);
      const inline = /<code>([\s\S]*?)<\/code>/.exec(html(`in ${codeSpan(s)} here`))?.[1];
      expect(inline?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).toBe(s === ' x ' ? ' x ' : s);
    }
  });
});
