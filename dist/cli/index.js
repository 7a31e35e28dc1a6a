#!/usr/bin/env node
// lifeguard CLI: built by scripts/build.mjs; the code is in ../lib, shared with the action.
await (await import('../lib/index.js')).cli();
