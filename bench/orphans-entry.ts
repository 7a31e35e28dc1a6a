/** The benchmark's entry: `lifeguard orphans` or `lifeguard check` exactly as the CLI runs them, then the peak RSS. */
import { main } from '../src/cli/main.js';
import { processIo } from '../src/cli/io.js';

async function run(): Promise<void> {
  const io = { ...processIo(), stdout: () => undefined };
  const code = await main(process.argv.slice(2), io);
  process.stderr.write(`BENCH maxRSS_KiB=${process.resourceUsage().maxRSS}\n`);
  process.exitCode = code;
}

void run();
