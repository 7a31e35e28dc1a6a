// Lets a plain Node script import the TypeScript sources directly: Node 24 strips the types, and
// this hook maps the `.js` specifiers the sources use (NodeNext style) to the `.ts` files beside
// them. Scripts then run the same code the tests run, with no build step.
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      const ts = new URL(specifier.slice(0, -3) + '.ts', context.parentURL);
      if (existsSync(fileURLToPath(ts))) return nextResolve(ts.href, context);
    }
    return nextResolve(specifier, context);
  },
});
