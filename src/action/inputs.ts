/**
 * The action's inputs, read once into a typed value and checked together, so a workflow with three
 * mistakes hears about all three in one run. Pure: it reads through the getter it is given
 * (core.getInput in the action, a table in tests).
 */
import { DEFAULT_DEADLINE_MS, parseDuration } from '../net/deadline.js';
import { FORMAT_NAMES } from '../report/index.js';
import { readGateInputs, type GateInputs } from './gate-inputs.js';
import { DEFAULT_HISTORY_DEPTH } from '../history/sync.js';

export type FailOn = 'error' | 'warning' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never'];
/** `comment` posts a report saved by an earlier run (the workflow_run half of the fork split). */
export const COMMANDS = ['check', 'plan', 'apply', 'comment', 'track'] as const;
export type ActionCommand = (typeof COMMANDS)[number];
export const COMMENT_MODES = ['update', 'hide-and-new', 'off'] as const;
export type CommentSetting = (typeof COMMENT_MODES)[number];
export const COMMENT_ON = ['always', 'changes', 'failures'] as const;
export type CommentOn = (typeof COMMENT_ON)[number];
export const ON_ERROR = ['fail', 'warn'] as const;
export const ON_DRIFT = ['stop', 'overwrite'] as const;
export const PRICES = ['bundled', 'live'] as const;

/** The cost projection's horizon when `cost-months` is not given (as `lifeguard cost`). */
export const DEFAULT_COST_MONTHS = 12;
/** Review comments with suggestions per run when `max-suggestions` is not given; the input's ceiling. */
export const DEFAULT_MAX_SUGGESTIONS = 10;
export const MAX_SUGGESTIONS_INPUT = 100;
/** Entries listed per bucket for the deletion projection when `max-objects` is not given. */
export const DEFAULT_MAX_OBJECTS = 10_000;

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
  /** For the API calls (changed files, labels, the comment); masked in the log. */
  githubToken?: string;
  comment: CommentSetting;
  commentOn: CommentOn;
  /** Which lifeguard comment this step keeps (several steps, several comments); unset: one per workflow and job. */
  commentKey?: string;
  /** Thresholds given as inputs; each overrides the same gate of .lifeguard.yml. */
  gates: GateInputs;
  onError: 'fail' | 'warn';
  /** Targets for apply (and plan outside pull requests): names, 'all', or undefined (those changed). */
  targets?: string[] | 'all';
  onDrift: 'stop' | 'overwrite';
  deleteAll: boolean;
  /** apply: decide and show what would be written and what it deletes, write nothing. */
  dryRun: boolean;
  /** Commits per target searched for the live rules (apply's drift guard, plan's drift check). */
  historyDepth: number;
  /** plan outside pull requests: keep one issue listing drifted and lagging targets, closed when they match again. */
  driftIssue: boolean;
  /** Entries listed per bucket for the deletion projection; 0 skips the listing. */
  maxObjects: number;
  /** Where to write the JSON report; for `comment`, the report to post. */
  reportJson?: string;
  /** Cost projections (targets with an inventory): the price catalog and the horizon in months. */
  prices: 'bundled' | 'live';
  costMonths: number;
  /** plan: where to write each projected target's tracking baseline; track: where to read them. */
  baselines?: string;
  /** The run's overall limit in milliseconds (input deadline). */
  deadlineMs: number;
  /** Review comments with suggested fixes per pull-request run; 0 posts none. */
  maxSuggestions: number;
}

export class InputError extends Error {
  override name = 'InputError';
}

export type InputGetter = (name: string) => string;

/** `eventName` picks the default command: plan on pull requests, check otherwise. */
export function readInputs(get: InputGetter, eventName = ''): ActionInputs {
  const problems: string[] = [];
  const text = (name: string) => get(name).trim();
  const oneOf = <T extends string>(name: string, values: readonly T[], fallback: T | undefined): T | undefined => {
    const v = text(name);
    if (!v) return fallback;
    if ((values as readonly string[]).includes(v)) return v as T;
    problems.push(`input '${name}' is '${v}'; use one of ${values.join(', ')}`);
    return fallback;
  };
  const bool = (name: string): boolean => {
    const v = text(name);
    if (/^(true|True|TRUE)$/.test(v)) return true;
    if (v && !/^(false|False|FALSE)$/.test(v)) problems.push(`input '${name}' is '${v}'; use true or false`);
    return false;
  };

  const command = text('command') || (/^pull_request/.test(eventName) ? 'plan' : 'check');
  if (!(COMMANDS as readonly string[]).includes(command)) {
    problems.push(`input 'command' is '${command}'; this version of lifeguard offers: ${COMMANDS.join(', ')}`);
  }
  const format = text('format') || 'stylish';
  if (!FORMAT_NAMES.includes(format)) problems.push(`input 'format' is '${format}'; use one of ${FORMAT_NAMES.join(', ')}`);
  const failOn = oneOf('fail-on', FAIL_ON_VALUES, undefined);
  const comment = oneOf('comment', COMMENT_MODES, 'update')!;
  const commentOn = oneOf('comment-on', COMMENT_ON, 'changes')!;
  const onError = oneOf('on-error', ON_ERROR, 'fail')!;
  const onDrift = oneOf('on-drift', ON_DRIFT, 'stop')!;
  const deleteAll = bool('delete-all');
  const dryRun = bool('dry-run');
  const driftIssue = bool('drift-issue');
  const depthText = text('history-depth');
  const historyDepth = depthText ? Number(depthText) : DEFAULT_HISTORY_DEPTH;
  if (!Number.isSafeInteger(historyDepth) || historyDepth < 1 || historyDepth > 10_000)
    problems.push(`input 'history-depth' is '${depthText}'; use a whole number of commits from 1 to 10000`);
  const gates = readGateInputs(text, problems, bool);
  const maxObjectsText = text('max-objects');
  const maxObjects = maxObjectsText ? Number(maxObjectsText) : DEFAULT_MAX_OBJECTS;
  if (!Number.isSafeInteger(maxObjects) || maxObjects < 0)
    problems.push(`input 'max-objects' is '${maxObjectsText}'; use a whole number of entries (0 skips the listing)`);
  const maxSuggestionsText = text('max-suggestions');
  const maxSuggestions = maxSuggestionsText ? Number(maxSuggestionsText) : DEFAULT_MAX_SUGGESTIONS;
  if (!Number.isSafeInteger(maxSuggestions) || maxSuggestions < 0 || maxSuggestions > MAX_SUGGESTIONS_INPUT)
    problems.push(`input 'max-suggestions' is '${maxSuggestionsText}'; use a whole number from 0 (none) to ${MAX_SUGGESTIONS_INPUT}`);
  const prices = oneOf('prices', PRICES, 'bundled')!;
  const monthsText = text('cost-months');
  const costMonths = monthsText ? Number(monthsText) : DEFAULT_COST_MONTHS;
  if (!Number.isSafeInteger(costMonths) || costMonths < 1 || costMonths > 120)
    problems.push(`input 'cost-months' is '${monthsText}'; use a whole number of months from 1 to 120`);
  const deadlineText = text('deadline');
  const deadlineMs = deadlineText ? parseDuration(deadlineText) : DEFAULT_DEADLINE_MS;
  if (deadlineMs === undefined || deadlineMs <= 0)
    problems.push(`input 'deadline' is '${deadlineText}'; use a duration such as 90s, 10m or 1h`);
  const targetList = get('targets')
    .split(/[\s,]+/)
    .filter(Boolean);
  if (targetList.includes('all') && targetList.length > 1)
    problems.push(`input 'targets' mixes 'all' with target names; give one or the other`);
  if (problems.length) throw new InputError(problems.join('; ') + '.');

  return {
    command: command as ActionCommand,
    // One path per line or several on a line separated by spaces, as other actions take lists.
    paths: get('paths').split(/\s+/).filter(Boolean),
    format,
    failOn,
    sarifFile: text('sarif-file') || undefined,
    config: text('config') || undefined,
    githubToken: text('github-token') || undefined,
    comment,
    commentOn,
    commentKey: text('comment-key') || undefined,
    gates,
    onError,
    targets: targetList.length === 0 ? undefined : targetList[0] === 'all' ? 'all' : targetList,
    onDrift,
    deleteAll,
    dryRun,
    historyDepth,
    driftIssue,
    maxObjects,
    reportJson: text('report-json') || undefined,
    prices,
    costMonths,
    baselines: text('baselines') || undefined,
    deadlineMs: deadlineMs ?? DEFAULT_DEADLINE_MS,
    maxSuggestions,
  };
}

/** Whether findings of these counts fail the step under `failOn`. */
export function failsGate(failOn: FailOn, counts: { errors: number; warnings: number }): boolean {
  if (failOn === 'never') return false;
  return counts.errors > 0 || (failOn === 'warning' && counts.warnings > 0);
}
