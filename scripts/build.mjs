// Builds everything that is committed from sources: the standalone schema validators, then one ncc
// bundle (dist/lib) that the CLI and the action share, and a stub for each in dist/cli and dist/action
// (docs/adr/0158). CI checks that a clean build changes nothing.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { canonicalImportNames } from './canonical-imports.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run(process.execPath, ['scripts/gen-validators.mjs']);

const LIB = 'dist/lib';
for (const out of [LIB, 'dist/cli', 'dist/action']) rmSync(out, { recursive: true, force: true });
run(process.execPath, [
  'node_modules/@vercel/ncc/dist/ncc/cli.js',
  'build',
  'src/bundle.ts',
  '-o',
  LIB,
  '--minify',
  '--license',
  'licenses.txt',
  '--quiet',
  // No persistent cache: a build here and CI's clean build take the same path through webpack.
  '--no-cache',
]);
// Webpack's import names, numbered the same wherever the bundle is built (scripts/canonical-imports.mjs).
for (const f of readdirSync(LIB).filter((f) => f.endsWith('.js'))) {
  const text = readFileSync(`${LIB}/${f}`, 'utf8');
  const canonical = canonicalImportNames(text);
  if (canonical !== text) writeFileSync(`${LIB}/${f}`, canonical);
}
// The HCL parser's WebAssembly, read next to the bundle's chunks at run time (src/iac/hcl/parse.ts).
copyFileSync('node_modules/web-tree-sitter/web-tree-sitter.wasm', `${LIB}/web-tree-sitter.wasm`);
copyFileSync('node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm', `${LIB}/tree-sitter-terraform.wasm`);

// The entry points users and the runner name (package.json `bin`, action.yml `runs.main`).
const stubs = {
  'dist/cli': [
    '#!/usr/bin/env node',
    '// lifeguard CLI: built by scripts/build.mjs; the code is in ../lib, shared with the action.',
    "await (await import('../lib/index.js')).cli();",
  ],
  'dist/action': [
    '// lifeguard GitHub Action: built by scripts/build.mjs; the code is in ../lib, shared with the CLI.',
    "await (await import('../lib/index.js')).action();",
  ],
};
for (const [dir, lines] of Object.entries(stubs)) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/index.js`, lines.join('\n') + '\n', { mode: 0o755 });
  writeFileSync(`${dir}/package.json`, '{"type":"module"}\n');
}
const size = (dir) => readdirSync(dir).reduce((s, f) => s + statSync(`${dir}/${f}`).size, 0);
const files = readdirSync(LIB);
console.log(
  `${LIB}: ${files.length} files, ${(size(LIB) / 1024).toFixed(0)} KiB; dist/: ${((size(LIB) + size('dist/cli') + size('dist/action')) / 1024).toFixed(0)} KiB`,
);
