/**
 * The AWS SDK stays out of the lint path: no module reachable from the CLI entry through static
 * (non-type) imports may import @aws-sdk/*. Commands that talk to S3 load it with import().
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** './x.js' is x.ts in src/, or a real .js (the generated validators). */
function sourceOf(path: string): string {
  const ts = path.replace(/\.js$/, '.ts');
  return existsSync(ts) ? ts : path;
}

function staticGraph(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [resolve(entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(STATIC_IMPORT)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) queue.push(sourceOf(resolve(dirname(file), spec)));
      else packages.set(spec, file);
    }
  }
  return { files, packages };
}

describe('the AWS SDK is loaded lazily', () => {
  it('is not statically imported by anything the CLI loads at start', () => {
    const { files, packages } = staticGraph('src/cli.ts');
    expect(files.size).toBeGreaterThan(20);
    expect(
      [...files].some((f) => f.endsWith('src/s3/state.ts')),
      'plan code is in the graph',
    ).toBe(true);
    const sdk = [...packages].filter(([p]) => p.startsWith('@aws-sdk/'));
    expect(sdk, 'static imports of the SDK').toEqual([]);
  });

  it('is loaded by the S3 client module with a dynamic import', () => {
    expect(readFileSync('src/s3/client.ts', 'utf8')).toMatch(/import\('@aws-sdk\/client-s3'\)/);
  });
});
