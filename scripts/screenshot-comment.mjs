// Renders a pull-request comment (GitHub-flavoured Markdown) to HTML with GitHub's own stylesheet
// and takes a headless Chromium screenshot of it (Debian's chromium package).
// Usage: node scripts/screenshot-comment.mjs COMMENT.md OUT.png [width]
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { marked } from 'marked';
import { chromium as playwright } from 'playwright-core';

const [input, output, width = '900'] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/screenshot-comment.mjs COMMENT.md OUT.png [width]');
  process.exit(2);
}
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromium) {
  console.error('chromium is not installed: apt-get install --no-install-recommends chromium');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const body = marked.parse(readFileSync(input, 'utf8'), { gfm: true });
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.frame { width: ${Number(width) - 34}px; margin: 16px; border: 1px solid #d0d7de; border-radius: 6px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; font: 14px -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #57606a; border-radius: 6px 6px 0 0; }
.markdown-body { padding: 16px; font-family: -apple-system, "Segoe UI", "DejaVu Sans", "Noto Color Emoji", sans-serif; }
</style></head><body><div class="frame"><div class="head"><b>github-actions</b> bot commented</div><article class="markdown-body">${body}</article></div></body></html>`;
const dir = mkdtempSync(join(tmpdir(), 'lg-shot-'));
writeFileSync(join(dir, 'comment.html'), html);
// playwright-core drives Debian's Chromium (no browser download) for a full-page screenshot.
const browser = await playwright.launch({
  executablePath: chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 400 }, deviceScaleFactor: 1 });
  await page.goto(`file://${join(dir, 'comment.html')}`);
  await page.screenshot({ path: resolve(output), fullPage: true });
} finally {
  await browser.close();
}
console.log(`wrote ${output}`);
