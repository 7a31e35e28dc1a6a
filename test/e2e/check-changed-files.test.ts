/**
 * The action's check on a pull request annotates findings only in the files the pull request
 * changes, and in every file when GitHub's list of changed files stops at its cap (3,000): a
 * finding in file 3,001 must not go unannotated.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, runEvent, sha } from '../helpers/action-e2e.js';
import { pullRequestEvent } from '../helpers/events.js';
import { startGitHubServer, type GitHubTestServer } from '../helpers/github-server.js';
import { tempDir } from './run.js';

let ws: string;
let gh: GitHubTestServer;

beforeAll(async () => {
  ws = tempDir('lifeguard-changed-');
  mkdirSync(join(ws, 'lifecycle'));
  for (const name of ['a', 'b'])
    writeFileSync(
      join(ws, 'lifecycle', `${name}.json`),
      JSON.stringify({ Rules: [{ ID: name, Status: 'Enabled', Expiration: { Days: 0 } }] }),
    );
  gh = await startGitHubServer();
});
afterAll(() => gh?.close());

const check = (number: number) =>
  runEvent({
    gh,
    workspace: ws,
    eventName: 'pull_request',
    payload: pullRequestEvent({ number, headSha: sha(`${number}`) }),
    inputs: { command: 'check', paths: 'lifecycle' },
  });
const annotatedFiles = (stdout: string) =>
  [...new Set(commands(stdout, 'error').flatMap((l) => l.match(/^::error file=([^,]+),/)?.[1] ?? []))].sort();

describe("the action's check on a pull request", () => {
  it('annotates only the changed files', async () => {
    gh.state.files.set(40, [{ filename: 'lifecycle/a.json', status: 'modified' }]);
    const run = await check(40);
    expect(annotatedFiles(run.stdout)).toEqual(['lifecycle/a.json']);
    expect(run.outputs.verdict).toBe('fail');
  });

  it('annotates every file, and says why, when GitHub lists only the first 3,000 changed files', async () => {
    gh.state.files.set(
      41,
      Array.from({ length: 3000 }, (_, i) => ({ filename: `data/f${i}.txt`, status: 'added' })),
    );
    const run = await check(41);
    expect(annotatedFiles(run.stdout)).toEqual(['lifecycle/a.json', 'lifecycle/b.json']);
    expect(commands(run.stdout, 'notice').join('\n')).toContain(
      'GitHub lists only the first 3,000 changed files of pull request #41, so findings in every file are annotated.',
    );
  });
});
