import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listChangedFiles, listLabels } from '../../src/github/changed-files.js';
import { makeClient } from '../../src/github/client.js';
import { COMMENT_MARKER, MAX_COMMENT_CHARS, commentMarker, fitComment, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { closeOpenBlocks } from '../../src/text/markdown-cut.js';
import { startGitHubServer, type GitHubTestServer } from '../helpers/github-server.js';

let gh: GitHubTestServer;
const repo = { owner: 'acme', repo: 'buckets' };

beforeEach(async () => {
  gh = await startGitHubServer();
});
afterEach(async () => {
  await gh.close();
});

describe('sticky comment', () => {
  it('creates the comment once, then updates it in place on the next run', async () => {
    // 130 comments by others first: the marker must be found across pages.
    gh.state.comments.set(
      7,
      Array.from({ length: 130 }, (_, i) => ({
        id: i + 1,
        node_id: `IC_${i}`,
        body: `comment ${i}`,
        user: { login: 'alice', id: 1, type: 'User' },
      })),
    );
    const client = makeClient('t0ken', gh.url);
    const first = await upsertStickyComment(client, repo, 7, '## lifeguard: pass');
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(client, repo, 7, '## lifeguard: fail');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const ours = gh.state.comments.get(7)!.filter((c) => c.body.includes(COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('lifeguard: fail');
    const third = await upsertStickyComment(client, repo, 7, '## lifeguard: fail');
    expect(third.action).toBe('unchanged');
    expect(gh.requests.filter((r) => r.method !== 'GET').map((r) => r.method)).toEqual(['POST', 'PATCH']);
    expect(gh.requests[0]!.authorization).toBe('token t0ken');
  });

  it('hides the old comment and posts a new one in hide-and-new mode', async () => {
    const client = makeClient('t', gh.url);
    const a = await upsertStickyComment(client, repo, 3, 'one', { mode: 'hide-and-new' });
    const b = await upsertStickyComment(client, repo, 3, 'two', { mode: 'hide-and-new' });
    expect(b.action).toBe('recreated');
    const list = gh.state.comments.get(3)!;
    expect(list.find((c) => c.id === a.id)!.minimized).toBe(true);
    expect(list.filter((c) => c.body.includes(COMMENT_MARKER)).map((c) => c.id)).toEqual([b.id]);
  });

  it('keeps a long report under the limit with a visible notice', async () => {
    const long = Array.from({ length: 3000 }, (_, i) => `| rule-${i} | ${'x'.repeat(30)} |`).join('\n\n');
    const fitted = fitComment(long);
    expect(fitted.truncated).toBe(true);
    expect(fitted.body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(fitted.body).toContain('cut to fit');
    expect(fitted.body).toContain(COMMENT_MARKER);
    const client = makeClient('t', gh.url);
    const r = await upsertStickyComment(client, repo, 9, long);
    expect(r.truncated).toBe(true);
  });

  it("leaves a user's comment that carries the marker alone and posts its own", async () => {
    const forged = {
      id: 1,
      node_id: 'IC_1',
      body: `pwned ${commentMarker('default')}\n${COMMENT_MARKER} -->`,
      user: { login: 'mallory', id: 66, type: 'User' },
    };
    gh.state.comments.set(4, [{ ...forged }]);
    const client = makeClient('t', gh.url);
    for (const mode of ['update', 'hide-and-new'] as const) {
      const r = await upsertStickyComment(client, repo, 4, `## lifeguard ${mode}`, { mode });
      expect(r.action).not.toBe('unchanged');
    }
    const list = gh.state.comments.get(4)!;
    expect(list[0]).toEqual(forged);
    expect(gh.requests.some((q) => q.path.endsWith('/comments/1') || JSON.stringify(q.body ?? '').includes('IC_1'))).toBe(false);
    expect(list.filter((c) => c.user.login === 'github-actions[bot]' && !c.minimized)).toHaveLength(1);
  });

  it('keeps one comment per key: two steps with different keys, two comments', async () => {
    const client = makeClient('t', gh.url);
    await upsertStickyComment(client, repo, 8, 'prod report', { key: 'ci/lifeguard-prod' });
    await upsertStickyComment(client, repo, 8, 'dev report', { key: 'ci/lifeguard-dev' });
    await upsertStickyComment(client, repo, 8, 'prod report 2', { key: 'ci/lifeguard-prod' });
    await upsertStickyComment(client, repo, 8, 'dev report 2', { key: 'ci/lifeguard-dev' });
    const bodies = gh.state.comments.get(8)!.map((c) => c.body.split('\n')[0]);
    expect(bodies).toEqual(['prod report 2', 'dev report 2']);
  });

  it("posts as the token's user when the token is a personal one, and finds only that user's comment", async () => {
    gh.state.tokenUser = 'release-bot';
    gh.state.comments.set(6, [
      {
        id: 2,
        node_id: 'IC_2',
        body: `old ${commentMarker('default')}`,
        user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      },
    ]);
    const client = makeClient('t', gh.url);
    const r = await upsertStickyComment(client, repo, 6, 'mine');
    expect(r.action).toBe('created');
    expect(gh.state.comments.get(6)!.map((c) => c.user.login)).toEqual(['github-actions[bot]', 'release-bot']);
  });

  it('a cut comment keeps <details> balanced (open or not) and names where the rest is only when given', () => {
    const block = (i: number) =>
      `<details${i % 2 ? ' open' : ''}><summary>s${i}</summary>\n\n| a |\n|---|\n${Array.from({ length: 200 }, (_, j) => `| \`<details>\` ${j} |`).join('\n')}\n\n</details>`;
    const long = Array.from({ length: 40 }, (_, i) => block(i)).join('\n\n');
    const without = fitComment(long);
    expect(without.truncated).toBe(true);
    const lines = without.body.split('\n');
    expect(lines.filter((l) => /^<details[\s>]/.test(l)).length).toBe(lines.filter((l) => l === '</details>').length);
    expect(closeOpenBlocks(without.body)).toBe(without.body);
    expect(without.body).not.toMatch(/SARIF|job summary/);
    expect(fitComment(long, 'the job summary of this run').body).toContain('the job summary of this run has everything');
  });

  it('surfaces a read-only token as a 403 the caller can handle', async () => {
    gh.state.readOnly = true;
    const client = makeClient('t', gh.url);
    await expect(upsertStickyComment(client, repo, 1, 'x')).rejects.toMatchObject({ status: 403 });
  });
});

describe('rate limits and timeouts', () => {
  it('honours a secondary rate limit: waits for retry-after, then goes on', async () => {
    gh.state.rateLimited = 2;
    const client = makeClient('t', gh.url);
    const start = Date.now();
    const r = await upsertStickyComment(client, repo, 11, 'after the limit');
    expect(r.action).toBe('created');
    expect(Date.now() - start).toBeGreaterThanOrEqual(1900);
    expect(gh.requests.filter((q) => q.method === 'POST')).toHaveLength(1);
  });

  it('a GitHub API that never answers fails at the run deadline with one sentence naming it', async () => {
    const { createServer } = await import('node:net');
    const sockets: import('node:net').Socket[] = [];
    const hole = createServer((sock) => void sockets.push(sock));
    await new Promise<void>((ok) => hole.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(hole.address() as { port: number }).port}`;
    const { startRunDeadline } = await import('../../src/net/deadline.js');
    startRunDeadline(1500);
    try {
      await expect(listChangedFiles(makeClient('t', url), repo, 1)).rejects.toThrow(
        `stopped at the run deadline (1.5 s) while waiting for the GitHub API at ${url}`,
      );
    } finally {
      startRunDeadline();
      for (const sock of sockets) sock.destroy();
      await new Promise<void>((ok) => hole.close(() => ok()));
    }
  });
});

describe('changed files and labels', () => {
  it('pages through every changed file', async () => {
    gh.state.files.set(
      5,
      Array.from({ length: 250 }, (_, i) => ({ filename: `lifecycle/b${i}.json`, status: 'modified' })),
    );
    gh.state.labels.set(5, ['lifeguard/approve-deletion']);
    const client = makeClient('t', gh.url);
    const files = await listChangedFiles(client, repo, 5);
    expect(files).toHaveLength(250);
    expect(files[249]!.filename).toBe('lifecycle/b249.json');
    expect(gh.requests.filter((r) => r.path.endsWith('/files')).map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(await listLabels(client, repo, 5)).toEqual(['lifeguard/approve-deletion']);
  });
});
