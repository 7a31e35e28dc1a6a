/**
 * Every formatter, snapshot-tested on the same report fixture (Spectral's and Redocly's practice).
 * The snapshots are files under __snapshots__/ so a reviewer reads the real output.
 */
import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/report/github.js';
import { FORMATTERS } from '../../src/report/index.js';
import { formatJson } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { describeRule, report, sources } from './fixture.js';

// As if lifeguard ran in test/fixtures/reports of a checkout at /repo.
const base = { cwd: '/repo/test/fixtures/reports', root: '/repo' };

describe('formatter snapshots', () => {
  it('sarif', async () => {
    await expect(formatSarif(report, { ...base, describeRule })).toMatchFileSnapshot('__snapshots__/report.sarif');
  });

  it('github', async () => {
    await expect(formatGithub(report, base)).toMatchFileSnapshot('__snapshots__/report.github.txt');
  });

  it('markdown', async () => {
    await expect(formatMarkdown(report)).toMatchFileSnapshot('__snapshots__/report.md');
  });

  it('stylish', async () => {
    await expect(formatStylish(report, sources, { color: false })).toMatchFileSnapshot('__snapshots__/report.stylish.txt');
  });

  it('json', async () => {
    await expect(formatJson(report)).toMatchFileSnapshot('__snapshots__/report.json');
  });

  it('the registry offers exactly the documented formats', () => {
    expect(Object.keys(FORMATTERS).sort()).toEqual(['github', 'json', 'markdown', 'sarif', 'stylish']);
  });
});
