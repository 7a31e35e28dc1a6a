/**
 * Hostile text in the comment and the job summary, rendered with the renderer the comment picture
 * uses (marked, GFM): no link, no image, no raw HTML, no mention or issue reference GitHub could
 * link, code spans that hold any backtick run, table cells that hold `|`.
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { codeSpan, inertText } from '../../src/report/inert-markdown.js';
import { renderApplyOutcome } from '../../src/report/apply-outcome.js';
import { renderDriftIssue, renderDriftSummary } from '../../src/report/drift-report.js';

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

describe('reports that quote commit subjects, branch names and error text', () => {
  // A squash merge's subject is the pull request's title, which anyone can write; S3 and git errors quote keys.
  for (const s of HOSTILE) {
    it(`keep ${JSON.stringify(s.slice(0, 40))} inert in the drift issue, its summary and the apply outcome`, () => {
      const since = { sha: 'a1b2c3d4e5', date: '2026-11-30T10:00:00Z', subject: s };
      const drift = {
        head: 'f00dfeed99',
        targets: [{ target: s, bucket: 'b`|x', sync: { state: 'lagging' as const, since, searched: 2 } }],
        drifted: [],
        lagging: [s],
        unknown: [],
      };
      const outcome = renderApplyOutcome([{ target: s, bucket: 'b', status: 'refused', message: s }], { head: 'f00dfeed99', branch: s });
      for (const md of [renderDriftIssue(drift, { branch: s }), renderDriftSummary(drift, { branch: s }), outcome]) {
        const out = html(md.replace(/\[run\]\([^)]*\)/g, ''));
        // The reports' own lists and bold labels are theirs; links, images, mentions and HTML are not.
        expect(out, md).not.toMatch(/<(a|img|details|summary|em|del|script)\b/);
        expect(linkable(out), out).toEqual([]);
        expect(md).not.toContain('\n::error');
      }
    });
  }
});
