// Writes examples/expected/<example>.txt: what `lifeguard check examples/<example>` prints with
// the committed CLI bundle, and its exit status. test/e2e/examples.test.ts re-runs the CLI and
// compares, so these expectations cannot rot; when a new rule changes what an example reports,
// rebuild (`npm run build`) and run `npm run examples:expected`, then review the diff.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';

export const EXAMPLE = /\.(json|ya?ml)$/;

export function checkExample(name) {
  const r = spawnSync(process.execPath, ['dist/cli/index.js', 'check', `examples/${name}`], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return `$ lifeguard check examples/${name}\n${r.stdout}${r.stderr}exit status: ${r.status}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of readdirSync('examples')
    .filter((n) => EXAMPLE.test(n))
    .sort()) {
    writeFileSync(`examples/expected/${name.replace(EXAMPLE, '')}.txt`, checkExample(name));
    console.log(`examples/expected/${name.replace(EXAMPLE, '')}.txt`);
  }
}
