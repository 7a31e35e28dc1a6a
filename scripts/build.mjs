// Builds everything that is committed from sources: the standalone schema validators, then one ncc
// bundle for the CLI and one for the action. CI checks that a clean build changes nothing.
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync, readdirSync, statSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run(process.execPath, ['scripts/gen-validators.mjs']);
for (const [entry, out] of [
  ['src/cli.ts', 'dist/cli'],
  ['src/action.ts', 'dist/action'],
]) {
  rmSync(out, { recursive: true, force: true });
  run(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--minify', '--license', 'licenses.txt', '--quiet']);
  // The HCL parser's WebAssembly, read next to the bundle at run time (src/iac/hcl/parse.ts).
  copyFileSync('node_modules/web-tree-sitter/web-tree-sitter.wasm', `${out}/web-tree-sitter.wasm`);
  copyFileSync('node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm', `${out}/tree-sitter-terraform.wasm`);
  const files = readdirSync(out).map((f) => `${f} ${(statSync(`${out}/${f}`).size / 1024).toFixed(0)} KiB`);
  console.log(`${out}: ${files.join(', ')}`);
}
