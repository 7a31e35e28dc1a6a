// Renders a pull-request comment (GitHub-flavoured Markdown) to HTML with GitHub's own stylesheet
// and takes a headless Chromium screenshot of it (Debian's chromium package). GitHub draws ```mermaid
// blocks on the client with the Mermaid library; so does this page, with the mermaid package
// (node_modules/mermaid/dist/mermaid.min.js) run in the page before the screenshot.
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
// marked leaves a mermaid block as <pre><code class="language-mermaid">; Mermaid reads <pre class="mermaid">.
const body = marked
  .parse(readFileSync(input, 'utf8'), { gfm: true })
  .replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.frame { width: ${Number(width) - 34}px; margin: 16px; border: 1px solid #d0d7de; border-radius: 6px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; font: 14px -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #57606a; border-radius: 6px 6px 0 0; }
.markdown-body { padding: 16px; font-family: -apple-system, "Segoe UI", "DejaVu Sans", "Noto Color Emoji", sans-serif; }
.markdown-body pre.mermaid { background: #fff; border: 1px solid #d0d7de; }
</style></head><body><div class="frame"><div class="head"><b>github-actions</b> bot commented</div><article class="markdown-body">${body}</article></div></body></html>`;
const dir = mkdtempSync(join(tmpdir(), 'lg-shot-'));
writeFileSync(join(dir, 'comment.html'), html);
// playwright-core drives Debian's Chromium (no browser download) for a full-page screenshot, with a
// fresh profile and nothing reaching out.
const context = await playwright.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lg-chromium-')), {
  executablePath: chromium,
  headless: true,
  viewport: { width: Number(width), height: 400 },
  deviceScaleFactor: 1,
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
try {
  const page = await context.newPage();
  await page.goto(`file://${join(dir, 'comment.html')}`);
  if (await page.locator('pre.mermaid').count()) {
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    await page.evaluate(async () => {
      globalThis.mermaid.initialize({ startOnLoad: false, theme: 'default' });
      await globalThis.mermaid.run({ querySelector: 'pre.mermaid' });
    });
  }
  await page.screenshot({ path: resolve(output), fullPage: true });
} finally {
  await context.close();
}
console.log(`wrote ${output}`);
