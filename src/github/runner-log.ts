/**
 * The edge where lifeguard writes to a GitHub Actions runner's log. Output that carries text from
 * files is fenced with `stop-commands` and a fresh random token, so no line of it can act as a
 * workflow command; standard error, which the runner reads on another pipe (no order with the
 * fence), is escaped line by line instead. Outside Actions nothing changes (ADR 0130).
 */
import { randomBytes } from 'node:crypto';
import { fenceCommands, neutralizeCommands } from '../text/log-safe.js';

export function underActions(env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

/** 128 random bits, new for every fence. */
export function stopToken(): string {
  return randomBytes(16).toString('hex');
}

/** Text for standard output: fenced under Actions, as it is elsewhere. */
export function forStdout(text: string, env: NodeJS.ProcessEnv): string {
  return underActions(env) && text !== '' ? fenceCommands(text, stopToken()) : text;
}

/** Text for standard error: command markers broken under Actions. */
export function forStderr(text: string, env: NodeJS.ProcessEnv): string {
  return underActions(env) ? neutralizeCommands(text) : text;
}

/** A block of the action's log that holds file-derived text (reports, plans, per-target lines). */
export function logBlock(text: string): void {
  process.stdout.write(fenceCommands(text, stopToken()));
}
