/**
 * The CLI: pick the command, run it, map every failure to an exit status. Nothing escapes as a
 * stack trace: usage errors exit 2 with one sentence, anything unexpected exits 2 with its message.
 */
import { checkCommand } from './check-command.js';
import { costCommand } from './cost-command.js';
import type { Io } from './io.js';
import { MAIN_HELP, UsageError } from './usage.js';
import { VERSION } from '../version.js';

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  cost: costCommand,
};

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      io.stdout(MAIN_HELP);
      return name === undefined ? 2 : 0;
    }
    if (name === '-v' || name === '--version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command '${name}'`);
    return await command(rest, io);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (err instanceof UsageError || (typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`lifeguard: ${usageMessage(e)}. Run 'lifeguard ${name && COMMANDS[name] ? name + ' ' : ''}--help' for usage.\n`);
      return 2;
    }
    io.stderr(`lifeguard: ${e.message ?? String(err)}\n`);
    if (io.env.LIFEGUARD_DEBUG) io.stderr(`${e.stack ?? ''}\n`);
    return 2;
  }
}

function usageMessage(e: Error): string {
  // node:util parseArgs: "Unknown option '--x'. To specify a positional argument starting with a '-', …"
  return e.message.split('. ')[0]!.replace(/^Unknown option/, 'unknown option').replace(/\.$/, '');
}
