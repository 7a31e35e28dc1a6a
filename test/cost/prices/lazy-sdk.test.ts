/**
 * The AWS SDK stays out of every path that does not ask for live prices: the bundled catalog must
 * not even resolve @aws-sdk/client-pricing. Checked in a fresh Node process that records every
 * module specifier it resolves.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const HOOKS = new URL('../../../scripts/lib/ts-source-hooks.mjs', import.meta.url).pathname;
const CATALOG = new URL('../../../src/cost/prices/catalog.ts', import.meta.url).href;

function resolvedWhile(call: string): string[] {
  const script = `
    import { registerHooks } from 'node:module';
    const seen = [];
    registerHooks({ resolve(s, c, next) { seen.push(s); return next(s, c); } });
    const { loadPriceCatalog } = await import(${JSON.stringify(CATALOG)});
    await ${call};
    process.stdout.write(JSON.stringify(seen));`;
  const out = execFileSync(process.execPath, ['--import', HOOKS, '--input-type=module', '--eval', script], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', AWS_EC2_METADATA_DISABLED: 'true', AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' },
  });
  return (JSON.parse(out) as string[]).filter((s) => s.includes('@aws-sdk') || s.includes('live-source'));
}

describe('the Price List SDK', () => {
  it('is not loaded for bundled prices', () => {
    expect(resolvedWhile(`loadPriceCatalog({ source: 'bundled', region: 'eu-west-1' })`)).toEqual([]);
  });

  it('is loaded, by dynamic import, when live prices are asked for', () => {
    const seen = resolvedWhile(`loadPriceCatalog({ source: 'live', region: 'eu-west-1', endpoint: 'http://127.0.0.1:9', maxAttempts: 1 })`);
    expect(seen).toEqual(expect.arrayContaining(['./live-source.js', '@aws-sdk/client-pricing']));
  });
});
