/**
 * The CLI: pick the command, run it, map every failure to an exit status. Nothing escapes as a
 * stack trace: usage errors exit 2 with one sentence, anything unexpected exits 2 with its message.
 */
import { applyCommand } from './apply-command.js';
import { checkCommand } from './check-command.js';
import { compileCommand } from './compile-command.js';
import { costCommand } from './cost-command.js';
import type { Io } from './io.js';
import { orphansCommand } from './orphans-command.js';
import { planCommand } from './plan-command.js';
import { MAIN_HELP, UsageError } from './usage.js';
import { VERSION } from '../version.js';

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  plan: planCommand,
  apply: applyCommand,
  compile: compileCommand,
  orphans: orphansCommand,
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
    if (!command)
      throw new UsageError(name.startsWith('-') ? `unknown option '${name}'; options come after the command` : `unknown command '${name}'`);
    return await command(rest, io);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (err instanceof UsageError || (typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`lifeguard: ${usageMessage(e)}. Run 'lifeguard ${name && COMMANDS[name] ? name + ' ' : ''}--help' for usage.\n`);
      return 2;
    }
    io.stderr(`lifeguard: internal error: ${oneLine(e.message ?? String(err))} (set LIFEGUARD_DEBUG=1 for details)\n`);
    if (io.env.LIFEGUARD_DEBUG) io.stderr(`${e.stack ?? ''}\n`);
    return 2;
  }
}

/** node:util parseArgs messages, as one short sentence in our voice. */
export function usageMessage(e: NodeJS.ErrnoException): string {
  const option = /'(?:-\w, )?(--?[\w-]+)(?: <value>)?'/.exec(e.message)?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${option ?? e.message}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(e.message) ? `option '${option}' needs a value` : `option '${option}' takes no value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument: ${e.message}`;
    default:
      return oneLine(e.message).replace(/\.$/, '');
  }
}

function oneLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
