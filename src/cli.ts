#!/usr/bin/env node
import { main } from './cli/main.js';
import { processIo } from './cli/io.js';
import { isCheckWorker, serveCheckWorker } from './pipeline/check-workers.js';

if (isCheckWorker()) {
  // This bundle also runs as a worker thread of `check` on large folders (pipeline/check-workers.ts).
  await serveCheckWorker();
} else {
  await runCli();
}

async function runCli(): Promise<void> {
  // A closed pipe (`lifeguard check | head`) is the reader's choice, not a failure to report.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  // Last line of defence: whatever escapes main() is still one sentence and exit status 2.
  process.on('uncaughtException', (err) => {
    process.stderr.write(`lifeguard: internal error: ${err.message.split('\n')[0]}\n`);
    if (process.env.LIFEGUARD_DEBUG) process.stderr.write(`${err.stack ?? ''}\n`);
    process.exit(2);
  });

  process.exitCode = await main(process.argv.slice(2), processIo());
}
