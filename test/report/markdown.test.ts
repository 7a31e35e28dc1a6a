/** The markdown report: table cells that cannot break the table, and the byte budget of job summaries. */
import { describe, expect, it } from 'vitest';
import { cell, formatMarkdown } from '../../src/report/markdown.js';
import { syntheticReport } from './fixture.js';

describe('markdown', () => {
  it('keeps pipes, HTML and line breaks from breaking a table cell', () => {
    // A line break is a control character in a name: shown escaped, never a break.
    expect(cell('a | b <script>\nc * [d]')).toBe('a \\| b &lt;script&gt;\\\\nc \\* \\[d\\]');
    expect(cell("'Days' must be >= 30 for STANDARD_IA")).toBe("'Days' must be &gt;= 30 for STANDARD_IA");
  });

  it('says so plainly when there is nothing to report', () => {
    expect(formatMarkdown(syntheticReport({}))).toBe('## lifeguard check\n\nNo problems in 3 files.\n');
  });

  it('cuts the list at the byte budget with a visible notice that counts what is left', () => {
    const big = syntheticReport({ error: 5000 });
    const budget = 20_000;
    const text = formatMarkdown(big, { maxBytes: budget, restAt: 'the SARIF file' });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(budget);
    const rows = text.split('\n').filter((l) => l.startsWith('| error |')).length;
    expect(rows).toBeGreaterThan(50);
    expect(text).toContain(`**The list stops here: ${5000 - rows} more findings did not fit.**`);
    expect(text).toContain('Every finding is in the SARIF file.');
  });

  it('lists every finding when they fit', () => {
    const text = formatMarkdown(syntheticReport({ error: 3, warning: 2 }), { maxBytes: 100_000 });
    expect(text.split('\n').filter((l) => /^\| (error|warning) \|/.test(l))).toHaveLength(5);
    expect(text).not.toContain('stops here');
  });

  it('links positions when given a link builder', () => {
    const text = formatMarkdown(syntheticReport({ error: 1 }), { linkPosition: (f, l) => `https://example.invalid/${f}#L${l}` });
    expect(text).toContain('| error | [1:3](https://example.invalid/configs/bucket-error.json#L1) |');
  });
});
