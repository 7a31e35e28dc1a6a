#!/usr/bin/env node
import { main } from './cli/main.js';
import { processIo } from './cli/io.js';
import { deadlinePassed, deadlineWords, onDeadline } from './net/deadline.js';
import { isCheckWorker, serveCheckWorker } from './pipeline/check-workers.js';

/** Time the command gets after the deadline to report the calls that failed at it. */
const DEADLINE_GRACE_MS = 5_000;

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

  // Every call in flight fails at the deadline and the command reports it; should anything still hold
  // the process a little later (a call that ignores its signal), the run ends here, not hours on.
  onDeadline(() => {
    setTimeout(() => {
      process.stderr.write(
        `lifeguard: stopped: ${deadlineWords()} passed and the run had not finished; what was still waiting was not done.\n`,
      );
      process.exit(2);
    }, DEADLINE_GRACE_MS).unref();
  });
  process.exitCode = await main(process.argv.slice(2), processIo());
  // Idle keep-alive sockets of a client aborted at the deadline must not hold the exit either.
  if (deadlinePassed()) process.exit();
}
