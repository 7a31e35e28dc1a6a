/**
 * What the runner tells the action about the run, read once from the environment: the event and its
 * payload (GITHUB_EVENT_PATH), the repository, the API and web URLs, the workspace. Plain values,
 * so the flows can be run with a hand-made context.
 */
import { readFileSync } from 'node:fs';
import type { RepoRef } from '../github/client.js';

export interface RunContext {
  eventName: string;
  payload: unknown;
  repo?: RepoRef;
  apiUrl: string;
  serverUrl: string;
  /** Link to this run's page (its job summary), when the runner names the run. */
  runUrl?: string;
  sha?: string;
  cwd: string;
  /** The repository checkout: changed-file paths and annotation paths are relative to it. */
  root: string;
  runnerTemp?: string;
  env: NodeJS.ProcessEnv;
}

export class ContextError extends Error {
  override name = 'ContextError';
}

export function readContext(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: unknown = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch (err) {
      throw new ContextError(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(err as Error).message}`);
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const context: RunContext = {
    eventName,
    payload,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl,
    cwd,
    root: env.GITHUB_WORKSPACE || cwd,
    env,
  };
  if (owner && repo) context.repo = { owner, repo };
  if (owner && repo && env.GITHUB_RUN_ID) context.runUrl = `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`;
  if (env.GITHUB_SHA) context.sha = env.GITHUB_SHA;
  if (env.RUNNER_TEMP) context.runnerTemp = env.RUNNER_TEMP;
  return context;
}
