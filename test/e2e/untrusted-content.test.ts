/**
 * A hostile contributor's files, through the committed bundles as the runner runs them: rule IDs,
 * prefixes and file names that try to start workflow commands (`::error`, `##[error]`, `::add-mask`)
 * and Markdown that tries to ping, link and show images. No format may let one through to the
 * runner, and the comment rendered by the comment picture's renderer (marked) shows none of it live.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEvent, sha, stickyComments } from '../helpers/action-e2e.js';
import { pullRequestEvent } from '../helpers/events.js';
import { startGitHubServer, type GitHubTestServer } from '../helpers/github-server.js';
import { forgedCommands, runnerCommands } from '../helpers/runner-commands.js';
import { commentMarker } from '../../src/github/sticky-comment.js';
import { runAction, runCli, tempDir } from './run.js';

const HOSTILE_IDS = [
  'x\n::error file=README.md,line=1::FORGED by a rule ID',
  '##[error]FORGED in the middle of a line',
  'y\r::add-mask::ghp_secret',
  '@octocat ![pixel](https://evil.example/p.png) [click](https://evil.example/) `tick` | pipe',
];

let ws: string;
let gh: GitHubTestServer;

beforeAll(async () => {
  ws = tempDir('lifeguard-hostile-');
  const rules = HOSTILE_IDS.map((ID) => ({
    ID,
    Filter: { Prefix: 'p\n::warning file=README.md::FORGED by a prefix/' },
    Status: 'Enabled',
    Expiration: { Days: 0 },
  }));
  mkdirSync(join(ws, 'lifecycle'));
  writeFileSync(join(ws, 'lifecycle', 'hostile.json'), JSON.stringify({ Rules: rules }, null, 2));
  // File names carry commands too (and a backtick for the comment's code spans).
  writeFileSync(
    join(ws, 'lifecycle', '::error file=README.md::FORGED by a file name.json'),
    '{"Rules": [{"ID": "a", "Status": "Enabled", "Expiration": {"Days": 0}}]}',
  );
  writeFileSync(
    join(ws, 'lifecycle', '##[warning]FORGED `name`.yaml'),
    'Rules:\n  - ID: b\n    Status: Enabled\n    Expiration: {Days: 0}\n',
  );
  writeFileSync(
    join(ws, '.lifeguard.yml'),
    'targets:\n  - name: logs\n    bucket: acme-logs\n    source:\n      lifecycle: lifecycle/hostile.json\n',
  );
  gh = await startGitHubServer();
});

afterAll(async () => {
  await gh?.close();
});

describe('no file-derived text starts a workflow command', () => {
  for (const format of ['stylish', 'json', 'markdown', 'sarif', 'github']) {
    it(`lifeguard check --format ${format} under GitHub Actions`, () => {
      const run = runCli(['check', 'lifecycle', '--format', format], ws, { env: { GITHUB_ACTIONS: 'true' } });
      expect(run.status).toBe(1);
      expect(forgedCommands(run.stdout)).toEqual([]);
      expect(forgedCommands(run.stderr)).toEqual([]);
      // The report is all there, fenced (or, for github, as annotations of our own).
      if (format === 'github') expect(runnerCommands(run.stdout).filter((c) => c.command === 'error').length).toBeGreaterThan(3);
      else expect(run.stdout).toMatch(/^::stop-commands::[0-9a-f]{32}$/m);
    });
  }

  it('in a terminal, names are one line each with their control characters shown', () => {
    const run = runCli(['check', 'lifecycle'], ws);
    expect(run.stdout).toContain("rule 'x\\n::error file=README.md,line=1::FORGED by a rule ID'");
    expect(run.stdout).toContain("rule 'y\\r::add-mask::ghp_secret'");
    expect(run.stdout.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
  });

  for (const format of ['stylish', 'json', 'markdown', 'sarif']) {
    it(`the action's check, format ${format}: only lifeguard's own commands reach the runner`, () => {
      const run = runAction({ command: 'check', paths: 'lifecycle', format }, ws);
      expect(forgedCommands(run.stdout)).toEqual([]);
      const ours = runnerCommands(run.stdout);
      expect(ours.some((c) => c.command === 'error' && c.properties.title === 'expiration-days-positive')).toBe(true);
      expect(run.outputs.verdict).toBe('fail');
    });
  }

  it("the check's job summary quotes a file name it could not read as text, never as links or images", () => {
    const dir = tempDir('lifeguard-hostile-link-');
    mkdirSync(join(dir, 'lifecycle'));
    const name = '[click](evil.example) ![pixel](evil.png) @octocat.json';
    symlinkSync(join(tempDir('lifeguard-elsewhere-'), 'x.json'), join(dir, 'lifecycle', name)); // leads outside the repository
    const run = runAction({ command: 'check', paths: 'lifecycle' }, dir);
    expect(run.summary).toContain('Could not read');
    const html = marked.parse(run.summary, { gfm: true, async: false });
    expect(html).not.toMatch(/<img\b|<a href="evil/);
    expect(html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, '')).not.toMatch(/@octocat/);
  });

  it('the pull-request flow: log, annotations and the comment, rendered as the comment picture is', async () => {
    gh.state.files.set(9, [
      { filename: 'lifecycle/hostile.json', status: 'modified' },
      { filename: 'lifecycle/##[warning]FORGED `name`.yaml', status: 'added' },
    ]);
    const run = await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 9, headSha: sha('9') }),
    });
    expect(forgedCommands(run.stdout, ['::add-mask::ghs_testtoken'])).toEqual([]);
    expect(run.outputs.verdict).toBe('fail');
    const [comment] = stickyComments(gh, 9);
    expect(comment, run.stdout).toBeDefined();
    const html = marked.parse(comment!.body, { gfm: true, async: false });
    expect(html).not.toMatch(/<img\b/);
    // The only links are lifeguard's own: rule pages and the run's job summary.
    for (const [, href] of html.matchAll(/<a href="([^"]*)"/g))
      expect(href).toMatch(/^https:\/\/github\.com\/(lifeguard-dev\/lifeguard\/blob|acme\/buckets\/actions\/runs)\//);
    const text = html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/@[A-Za-z0-9]/);
    expect(text).not.toMatch(/https?:\/\/evil/);
    expect(html).toContain('<code>lifecycle/hostile.json:');
    // Backticks in a name stay inside their code span.
    expect(html).toContain('<code>lifecycle/##[warning]FORGED `name`.yaml:');
    expect(run.summary).not.toMatch(/!\[pixel\]\(https/);
  });
});

describe('the sticky comment belongs to lifeguard and to its key', () => {
  it("two steps with different comment-keys keep two comments; a user's comment with the marker is left alone", async () => {
    const userComment = {
      id: 1,
      node_id: 'IC_1',
      body: `I can write markers too ${commentMarker('checks/lint')}`,
      user: { login: 'mallory', id: 66, type: 'User' },
    };
    gh.state.comments.set(21, [{ ...userComment }]);
    gh.state.files.set(21, [{ filename: 'lifecycle/hostile.json', status: 'modified' }]);
    const event = (n: string) => pullRequestEvent({ number: 21, action: 'synchronize', headSha: sha(n) });
    for (const round of ['a', 'b']) {
      for (const key of ['prod', 'dev']) {
        await runEvent({
          gh,
          workspace: ws,
          eventName: 'pull_request',
          payload: event(round),
          inputs: { 'comment-key': key, 'comment-on': 'always' },
          env: { GITHUB_WORKFLOW: 'checks', GITHUB_JOB: 'lint' },
        });
      }
    }
    const comments = gh.state.comments.get(21)!;
    expect(comments[0]).toEqual(userComment);
    const ours = comments.slice(1);
    expect(ours.map((c) => c.user.login)).toEqual(['github-actions[bot]', 'github-actions[bot]']);
    expect(ours.map((c) => [c.body.includes(commentMarker('prod')), c.body.includes(commentMarker('dev'))])).toEqual([
      [true, false],
      [false, true],
    ]);
    // Without a key, the step keeps one comment per workflow and job, and never the user's.
    await runEvent({
      gh,
      workspace: ws,
      eventName: 'pull_request',
      payload: event('c'),
      inputs: { 'comment-on': 'always' },
      env: { GITHUB_WORKFLOW: 'checks', GITHUB_JOB: 'lint' },
    });
    expect(gh.state.comments.get(21)![0]).toEqual(userComment);
    expect(
      gh.state.comments.get(21)!.filter((c) => c.body.includes(commentMarker('checks/lint')) && c.user.login === 'github-actions[bot]'),
    ).toHaveLength(1);
  });
});
