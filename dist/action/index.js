// lifeguard GitHub Action: built by scripts/build.mjs; the code is in ../lib, shared with the CLI.
await (await import('../lib/index.js')).action();
