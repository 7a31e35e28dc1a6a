/**
 * `lifeguard cost --format html` opened in a real browser (Debian's Chromium through
 * playwright-core): the page shows the monthly cost curve and the storage-by-class charts, each
 * with labelled axes and a legend, and needs nothing from outside the file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costCommand } from '../../src/cli/cost-command.js';
import type { Io } from '../../src/cli/io.js';
import { GiB, obj, testCatalog } from './helpers.js';
import { writeInventory } from './inventory-fixture.js';

let browser: BrowserContext;
const ROOT = join(import.meta.dirname, '../..');

beforeAll(async () => {
  // Installs chromium from Debian's packages when it is not there (idempotent).
  execFileSync('bash', [join(ROOT, 'scripts/browser/install.sh')], { stdio: 'inherit' });
  // A fresh profile each run (playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lg-chromium-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 900, height: 800 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

async function htmlReport(): Promise<string> {
  const inv = writeInventory(
    [
      ...Array.from({ length: 60 }, (_, i) =>
        obj(`ckpt/${i}`, 10 * GiB, new Date(Date.parse('2025-09-01T00:00:00Z') + i * 86_400_000).toISOString()),
      ),
      obj('logs/a', 5 * GiB, '2025-06-01T00:00:00Z', 'STANDARD_IA'),
      obj('arch/b', 50 * GiB, '2025-01-01T00:00:00Z', 'GLACIER'),
    ],
    { format: 'CSV.gz', creation: '2026-01-01T12:00:00Z' },
  );
  const dir = mkdtempSync(join(tmpdir(), 'lifeguard-html-'));
  writeFileSync(
    join(dir, 'proposed.json'),
    JSON.stringify({
      Rules: [
        {
          ID: 'tier <ckpt>',
          Status: 'Enabled',
          Filter: { Prefix: 'ckpt/' },
          Transitions: [
            { Days: 30, StorageClass: 'STANDARD_IA' },
            { Days: 90, StorageClass: 'GLACIER_IR' },
          ],
          Expiration: { Days: 200 },
        },
      ],
    }),
  );
  const out = { stderr: '' };
  const io: Io = { cwd: dir, color: false, env: {}, stdout: () => undefined, stderr: (t) => void (out.stderr += t) };
  const file = join(dir, 'cost.html');
  const code = await costCommand(
    ['--proposed', 'proposed.json', '--inventory', inv, '--region', 'us-east-1', '--growth', 'observed', '--format', 'html', '-o', file],
    io,
    { loadCatalog: async () => testCatalog() },
  );
  expect(code, out.stderr).toBe(0);
  return file;
}

describe('the HTML cost report in Chromium', () => {
  it('shows the cost curve and the stacked charts by storage class, with labelled axes', async () => {
    const file = await htmlReport();
    const html = readFileSync(file, 'utf8');
    // Self-contained: no script, no link to anything.
    expect(html).not.toMatch(/<script|<link|src=|href=/i);
    // A rule ID from the file is text, not markup.
    expect(html).toContain('tier &lt;ckpt&gt;');
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file}`);
    for (const id of ['cost-curve', 'by-class-current', 'by-class-proposed']) {
      const chart = page.locator(`svg#${id}`);
      const box = await chart.boundingBox();
      expect(box!.width, id).toBeGreaterThan(500);
      expect(box!.height, id).toBeGreaterThan(200);
      expect(await chart.locator('text.x-label').textContent()).toBe('Month of the projection');
      expect(await chart.locator('text.y-label').textContent()).toBe('USD per month');
      expect(await chart.locator('text.x-tick').allTextContents()).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
      expect((await chart.locator('text.y-tick').allTextContents())[0]).toBe('$0.00');
      expect(await chart.locator('text.y-tick').count()).toBe(5);
    }
    const curve = page.locator('svg#cost-curve');
    expect(await curve.locator('text.legend').allTextContents()).toEqual(['current rules', 'proposed rules']);
    for (const line of await curve.locator('polyline.series').all())
      expect((await line.getAttribute('points'))!.split(' ')).toHaveLength(12);
    const proposed = page.locator('svg#by-class-proposed');
    const legend = await proposed.locator('text.legend').allTextContents();
    expect(legend).toEqual(
      expect.arrayContaining(['S3 Standard', 'S3 Standard-IA', 'S3 Glacier Instant Retrieval', 'S3 Glacier Flexible Retrieval']),
    );
    expect(await proposed.locator('rect.bar').count()).toBeGreaterThan(24);
    expect(await page.locator('svg#by-class-current rect.bar[data-series="S3 Standard"]').count()).toBe(12);
    // Rendered, not only present: the bars have height on screen.
    const bar = await proposed.locator('rect.bar').first().boundingBox();
    expect(bar!.height).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await page.screenshot({ path: join(ROOT, '.artifacts', 'cost-report.png'), fullPage: true }).catch(() => undefined);
    await page.close();
  });
});
