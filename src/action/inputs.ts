/**
 * The action's inputs, read once into a typed value and checked together, so a workflow with three
 * mistakes hears about all three in one run. Pure: it reads through the getter it is given
 * (core.getInput in the action, a table in tests).
 */
import { FORMAT_NAMES } from '../report/index.js';

export type FailOn = 'error' | 'warning' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never'];
export const COMMANDS = ['check'] as const;
export type ActionCommand = (typeof COMMANDS)[number];

export interface ActionInputs {
  command: ActionCommand;
  /** Files or folders to check; `.` (the workspace) when none are given. */
  paths: string[];
  /** Format of the full report printed in the step's log. */
  format: string;
  /** Unset: `gates.fail-on` of .lifeguard.yml, else 'error'. */
  failOn?: FailOn;
  /** Where to write a SARIF log for github/codeql-action/upload-sarif; unset: none. */
  sarifFile?: string;
  /** .lifeguard.yml to use; unset: .lifeguard.yml in the working directory when present. */
  config?: string;
  /** For the API calls of later commands (PR comments); masked in the log. */
  githubToken?: string;
}

export class InputError extends Error {
  override name = 'InputError';
}

export type InputGetter = (name: string) => string;

export function readInputs(get: InputGetter): ActionInputs {
  const problems: string[] = [];
  const text = (name: string) => get(name).trim();

  const command = text('command') || 'check';
  if (!(COMMANDS as readonly string[]).includes(command)) {
    problems.push(`input 'command' is '${command}'; this version of lifeguard offers: ${COMMANDS.join(', ')}`);
  }
  const format = text('format') || 'stylish';
  if (!FORMAT_NAMES.includes(format)) problems.push(`input 'format' is '${format}'; use one of ${FORMAT_NAMES.join(', ')}`);
  const failOn = text('fail-on');
  if (failOn && !(FAIL_ON_VALUES as readonly string[]).includes(failOn)) {
    problems.push(`input 'fail-on' is '${failOn}'; use one of ${FAIL_ON_VALUES.join(', ')}`);
  }
  if (problems.length) throw new InputError(problems.join('; ') + '.');

  return {
    command: command as ActionCommand,
    // One path per line or several on a line separated by spaces, as other actions take lists.
    paths: get('paths').split(/\s+/).filter(Boolean),
    format,
    failOn: (failOn || undefined) as FailOn | undefined,
    sarifFile: text('sarif-file') || undefined,
    config: text('config') || undefined,
    githubToken: text('github-token') || undefined,
  };
}

/** Whether findings of these counts fail the step under `failOn`. */
export function failsGate(failOn: FailOn, counts: { errors: number; warnings: number }): boolean {
  if (failOn === 'never') return false;
  return counts.errors > 0 || (failOn === 'warning' && counts.warnings > 0);
}
