/**
 * Fixes as review comments, through the committed action bundle against the local GitHub API
 * stand-in: a pull request that adds a configuration with two fixable findings gets two review
 * comments with `suggestion` blocks at the lines the fixes change, on the head commit; a rerun
 * adds none; lines the pull request did not change get none.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEvent, sha } from '../helpers/action-e2e.js';
import { pullRequestEvent } from '../helpers/events.js';
import { startGitHubServer, type GitHubTestServer } from '../helpers/github-server.js';
import { tempDir } from './run.js';

// Rule 'scratch' has neither Filter nor Prefix (AWS rejects it); the third rule repeats the ID 'logs'.
const CONFIG = `# Retention of the training bucket.
Rules:
  - ID: scratch
    Status: Enabled
    Expiration:
      Days: 30
  - ID: logs
    Filter:
      Prefix: logs/
    Status: Enabled
    Expiration:
      Days: 14
    AbortIncompleteMultipartUpload:
      DaysAfterInitiation: 7
  - ID: logs
    Filter:
      Prefix: tmp/
    Status: Enabled
    Expiration:
      Days: 3
`;

/** The diff GitHub gives for a file the pull request adds: every line is new. */
function addedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}

let ws: string;
let gh: GitHubTestServer;

beforeAll(async () => {
  ws = tempDir('lifeguard-suggest-');
  mkdirSync(join(ws, 'lifecycle'));
  writeFileSync(join(ws, 'lifecycle', 'training.yaml'), CONFIG);
  gh = await startGitHubServer();
});

afterAll(async () => {
  await gh?.close();
});

describe('suggested fixes on the pull request', () => {
  it('two fixable findings give two review comments with suggestion blocks at the right lines; a rerun adds none', async () => {
    gh.state.files.set(31, [{ filename: 'lifecycle/training.yaml', status: 'added', patch: addedPatch(CONFIG) }]);
    const event = pullRequestEvent({ number: 31, headSha: sha('3') });
    const first = await runEvent({ gh, workspace: ws, eventName: 'pull_request', payload: event, inputs: { paths: 'lifecycle' } });
    expect(first.outputs.verdict, first.stdout).toBe('fail');
    const comments = gh.state.reviewComments.get(31) ?? [];
    expect(comments.map((c) => [c.path, c.start_line ?? c.line, c.line, c.side, c.commit_id])).toEqual([
      ['lifecycle/training.yaml', 6, 6, 'RIGHT', sha('3')],
      ['lifecycle/training.yaml', 15, 15, 'RIGHT', sha('3')],
    ]);
    // The first suggestion keeps line 6 and adds the Filter below it; the second renames the ID.
    expect(comments[0]!.body).toContain('```suggestion\n      Days: 30\n    Filter: {}\n```');
    expect(comments[0]!.body).toContain('[`filter-or-prefix`]');
    expect(comments[1]!.body).toContain('```suggestion\n  - ID: logs-2\n```');
    for (const c of comments) expect(c.body).toMatch(/^<!-- lifeguard-suggestion: [0-9a-f]{16} -->\n/);
    expect(first.summary).toContain('Suggested 2 fixes as review comments.');

    const rerun = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 31, action: 'synchronize', headSha: sha('3') }),
      inputs: { paths: 'lifecycle' },
    });
    expect(rerun.outputs.verdict).toBe('fail');
    expect(gh.state.reviewComments.get(31)).toHaveLength(2);
    expect(rerun.summary).toContain('Suggested 0 fixes as review comments (2 already on the pull request).');
  });

  it('lines the pull request did not change get no suggestion, and max-suggestions bounds the rest', async () => {
    const lines = CONFIG.split('\n');
    // The pull request changed only the third rule's prefix (line 17).
    const patch = [
      '@@ -14,5 +14,5 @@',
      ...lines.slice(13, 16).map((l) => ` ${l}`),
      '-      Prefix: scratch/',
      `+${lines[16]}`,
      ` ${lines[17]}`,
    ].join('\n');
    gh.state.files.set(32, [{ filename: 'lifecycle/training.yaml', status: 'modified', patch }]);
    const run = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 32, headSha: sha('4') }),
      inputs: { paths: 'lifecycle', 'max-suggestions': '1' },
    });
    expect(run.outputs.verdict).toBe('fail');
    const comments = gh.state.reviewComments.get(32) ?? [];
    // Line 15 (the repeated ID) is inside the hunk but unchanged; line 6 is outside it.
    expect(comments).toEqual([]);

    gh.state.files.set(33, [{ filename: 'lifecycle/training.yaml', status: 'added', patch: addedPatch(CONFIG) }]);
    const bounded = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 33, headSha: sha('5') }),
      inputs: { paths: 'lifecycle', 'max-suggestions': '1' },
    });
    expect(gh.state.reviewComments.get(33)).toHaveLength(1);
    expect(bounded.summary).toContain('1 more not posted (max-suggestions: 1)');
    expect(readFileSync(join(ws, 'lifecycle', 'training.yaml'), 'utf8')).toBe(CONFIG);
  });
});
