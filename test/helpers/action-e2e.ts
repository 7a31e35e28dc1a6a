/**
 * The action's end-to-end runs as the runner makes them: the committed bundle in a child process,
 * GITHUB_* variables with an event payload file, the GitHub API served by the local stand-in, and
 * the credentials of the RGW test server in the environment (or none at all, like a fork's run).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMENT_MARKER } from '../../src/github/sticky-comment.js';
import { runActionAsync, tempDir, type ActionRun } from '../e2e/run.js';
import type { GitHubTestServer } from './github-server.js';
import { s3Server } from './s3.js';
import { writeEvent } from './events.js';

// Children get only the AWS variables a test hands them; never this process's own.
for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];

/** The RGW test server's keys, where the SDK's default chain looks first. */
export function awsEnv(): NodeJS.ProcessEnv {
  const s = s3Server();
  return { AWS_ACCESS_KEY_ID: s.accessKeyId, AWS_SECRET_ACCESS_KEY: s.secretAccessKey, AWS_REGION: s.region };
}

/** Nothing for the default chain to find: no shared files, no instance metadata. */
export const NO_AWS: NodeJS.ProcessEnv = {
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
  AWS_CONFIG_FILE: '/nonexistent/config',
  AWS_EC2_METADATA_DISABLED: 'true',
};

export interface EventRun {
  gh: GitHubTestServer;
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  /** Extra environment, e.g. awsEnv(). */
  env?: NodeJS.ProcessEnv;
  sha?: string;
}

export async function runEvent(o: EventRun): Promise<ActionRun> {
  const dir = tempDir('lifeguard-event-');
  const eventPath = writeEvent(dir, o.payload);
  return runActionAsync({ 'github-token': 'ghs_testtoken', ...o.inputs }, o.workspace, {
    ...NO_AWS,
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/buckets',
    GITHUB_API_URL: o.gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '11223344556',
    ...(o.sha ? { GITHUB_SHA: o.sha } : {}),
    ...o.env,
  });
}

/** The lifeguard comments on a pull request (those carrying the marker). */
export function stickyComments(gh: GitHubTestServer, pr: number) {
  return (gh.state.comments.get(pr) ?? []).filter((c) => c.body.includes(COMMENT_MARKER));
}

export function writes(gh: GitHubTestServer) {
  return gh.requests.filter((r) => r.method !== 'GET');
}

/** Lines of the step's stdout that are workflow commands of one kind. */
export function commands(stdout: string, kind: 'error' | 'warning' | 'notice'): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${kind}`));
}

/** Keeps what an e2e run produced where scripts/screenshot-comment.mjs can pick it up. */
export function keepArtifact(name: string, text: string): void {
  const dir = join(import.meta.dirname, '../../.artifacts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), text);
}

export const sha = (c: string) => c.repeat(40).slice(0, 40);

/** The base commit of the payloads' pull requests (pullRequestEvent's default). */
export const BASE_SHA = 'b'.repeat(40);

/** Files of a commit as the contents API serves them (the base's .lifeguard.yml, a fork's head). */
export function commitFiles(gh: GitHubTestServer, commit: string, files: Record<string, string>): void {
  gh.state.contents.set(commit, { ...(gh.state.contents.get(commit) ?? {}), ...files });
}

/** Minutes after a fixed time, as GitHub writes timestamps. */
export const at = (minutes: number) => new Date(Date.parse('2026-11-20T10:00:00Z') + minutes * 60_000).toISOString().replace('.000Z', 'Z');
