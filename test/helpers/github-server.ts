/**
 * A local stand-in for api.github.com: real-shaped REST and GraphQL answers (paginated with Link
 * headers like GitHub's), in-memory comments, files and labels, and a log of every request. The
 * client under test is the real Octokit pointed at it. Only the endpoints lifeguard uses exist;
 * anything else answers 404 so an unexpected call fails loudly.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { posix } from 'node:path';
import { issueEndpoints, type FakeIssue } from './github-issues.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization?: string;
}

export interface FakeComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; id: number; type: string };
  minimized?: boolean;
}

export interface FakeReviewComment {
  id: number;
  body: string;
  path: string;
  commit_id: string;
  line: number;
  start_line?: number;
  side: string;
}

export interface GitHubServerState {
  owner: string;
  repo: string;
  comments: Map<number, FakeComment[]>;
  /** Changed files of each pull request; `patch` is the diff GitHub gives (default: a one-line stand-in). */
  files: Map<number, Array<{ filename: string; status: string; patch?: string }>>;
  /** Review comments on each pull request's diff (POST and GET /pulls/{n}/comments). */
  reviewComments: Map<number, FakeReviewComment[]>;
  labels: Map<number, string[]>;
  /** Head commit of each pull request (GET /pulls/{n}). */
  heads: Map<number, string>;
  /** Fork PRs: every write answers 403 like a read-only GITHUB_TOKEN. */
  readOnly: boolean;
  /** Status to answer every request with (simulating an outage), when set. */
  failWith?: number;
  /** Login of the token's user (github-actions[bot] for GITHUB_TOKEN). */
  actor: string;
  /**
   * Files by commit (or branch) and repository-relative path, for the contents API (any repository of
   * the network). Their folders are listed too (GET of a folder: an array of entries, files and dirs).
   */
  contents: Map<string, Record<string, string>>;
  /** Symbolic links by commit: path → target, listed as type symlink in their folder (GitHub's shape). */
  links: Map<string, Record<string, string>>;
  /** Issue events of each pull request (labeled, unlabeled, …), oldest first. */
  events: Map<number, Array<{ event: string; actor: string; label?: string; at: string }>>;
  /** Reviews of each pull request, oldest first. */
  reviews: Map<number, Array<{ user: string; state: string; commit: string; at: string }>>;
  /** Repository permission by login: admin, maintain, write, triage, read, none (absent: read, as on a public repository). */
  permissions: Map<string, string>;
  /** Team members by "org/team-slug". */
  teams: Map<string, string[]>;
  /** Pushes by "owner/repo refs/heads/branch", oldest first. */
  activity: Map<string, Array<{ after: string; at: string; type?: string }>>;
  /** Head branch, head repository and base commit of each pull request (GET /pulls/{n}); defaults: mallory's fork, shorter-logs, bbbb…. */
  pulls: Map<number, { headRepo?: string; headRef?: string; baseSha?: string; labels?: string[] }>;
  /** Commit statuses set (POST /statuses/{sha}). */
  statuses: Array<{ sha: string; state: string; context: string; description?: string }>;
  /** Status to answer one kind of request with, by path pattern (e.g. /activity$). */
  failPaths: Array<{ pattern: RegExp; status: number }>;
  /** Issues (and the pull requests the issue list includes), by number (github-issues.ts). */
  issues: Map<number, FakeIssue>;
  /** Merged pull requests by commit sha (GET /commits/{sha}/pulls). */
  commitPulls: Map<string, number[]>;
  /** A personal token answers GET /user with its user; GITHUB_TOKEN (unset) gets 403, as on GitHub. */
  tokenUser?: string;
  /** Secondary rate limit: this many next requests answer 403 with retry-after (as GitHub does). */
  rateLimited?: number;
}

export interface GitHubTestServer {
  url: string;
  state: GitHubServerState;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

let nextId = 1000;

export async function startGitHubServer(init: Partial<GitHubServerState> = {}): Promise<GitHubTestServer> {
  const state: GitHubServerState = {
    owner: 'acme',
    repo: 'buckets',
    comments: new Map(),
    files: new Map(),
    reviewComments: new Map(),
    labels: new Map(),
    heads: new Map(),
    readOnly: false,
    actor: 'github-actions[bot]',
    contents: new Map(),
    links: new Map(),
    events: new Map(),
    reviews: new Map(),
    permissions: new Map(),
    teams: new Map(),
    activity: new Map(),
    pulls: new Map(),
    statuses: [],
    failPaths: [],
    issues: new Map(),
    commitPulls: new Map(),
    ...init,
  };
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    void handle(req, res, state, requests, () => url);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    state,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, state: GitHubServerState, log: RecordedRequest[], base: () => string) {
  const u = new URL(req.url ?? '/', 'http://localhost');
  const raw = await new Promise<string>((resolve) => {
    let s = '';
    req.on('data', (c) => (s += c));
    req.on('end', () => resolve(s));
  });
  const body = raw ? JSON.parse(raw) : undefined;
  log.push({
    method: req.method ?? 'GET',
    path: u.pathname,
    query: Object.fromEntries(u.searchParams),
    body,
    authorization: req.headers.authorization,
  });
  const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-request-id': `TEST:${log.length}`, ...headers });
    res.end(data === undefined ? '' : typeof data === 'string' && /raw/.test(headers['content-type'] ?? '') ? data : JSON.stringify(data));
  };
  if (state.failWith) return send(state.failWith, { message: 'Server Error', documentation_url: 'https://docs.github.com/rest' });
  if (state.rateLimited) {
    state.rateLimited--;
    return send(
      403,
      {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      },
      { 'retry-after': '1' },
    );
  }
  if (u.pathname === '/user' && req.method === 'GET') {
    if (!state.tokenUser)
      return send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        status: '403',
      });
    return send(200, { login: state.tokenUser, id: 583231, type: 'User' });
  }
  const failing = state.failPaths.find((f) => f.pattern.test(u.pathname));
  if (failing)
    return send(failing.status, {
      message: failing.status === 403 ? 'Resource not accessible by integration' : 'Server Error',
      documentation_url: 'https://docs.github.com/rest',
      status: String(failing.status),
    });
  const answered = more(req, u, body, state, send, base());
  if (answered) return;
  const repoBase = `/repos/${state.owner}/${state.repo}`;
  const write = req.method !== 'GET';
  if (write && state.readOnly) {
    return send(403, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403',
    });
  }
  let m: RegExpMatchArray | null;
  if ((m = u.pathname.match(new RegExp(`^${repoBase}/issues/(\\d+)/comments$`)))) {
    const n = Number(m[1]);
    const list = state.comments.get(n) ?? [];
    state.comments.set(n, list);
    if (req.method === 'GET')
      return page(
        list.map((c) => commentJson(c, state, n)),
        u,
        send,
        base(),
      );
    if (req.method === 'POST') {
      if (typeof body?.body !== 'string' || body.body.length > 65536)
        return send(422, {
          message: 'Validation Failed',
          errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
        });
      const c: FakeComment = {
        id: nextId++,
        node_id: `IC_kwDO${nextId}`,
        body: body.body,
        user: state.tokenUser ? { login: state.tokenUser, id: 583231, type: 'User' } : { login: state.actor, id: 41898282, type: 'Bot' },
      };
      list.push(c);
      return send(201, commentJson(c, state, n));
    }
  }
  if ((m = u.pathname.match(new RegExp(`^${repoBase}/issues/comments/(\\d+)$`))) && req.method === 'PATCH') {
    for (const [n, list] of state.comments) {
      const c = list.find((x) => x.id === Number(m![1]));
      if (c) {
        if (body.body.length > 65536) return send(422, { message: 'Validation Failed' });
        c.body = body.body;
        return send(200, commentJson(c, state, n));
      }
    }
    return send(404, { message: 'Not Found' });
  }
  if ((m = u.pathname.match(new RegExp(`^${repoBase}/pulls/(\\d+)/files$`))) && req.method === 'GET') {
    const files = (state.files.get(Number(m[1])) ?? []).map((f, i) => ({
      sha: `${i}`.padStart(40, '0'),
      filename: f.filename,
      status: f.status,
      additions: 1,
      deletions: 0,
      changes: 1,
      blob_url: `https://github.com/${state.owner}/${state.repo}/blob/HEAD/${f.filename}`,
      raw_url: `https://github.com/${state.owner}/${state.repo}/raw/HEAD/${f.filename}`,
      contents_url: `https://api.github.com${repoBase}/contents/${f.filename}`,
      patch: f.patch ?? '@@ -0,0 +1 @@',
    }));
    return page(files, u, send, base());
  }
  if ((m = u.pathname.match(new RegExp(`^${repoBase}/pulls/(\\d+)/comments$`)))) {
    const n = Number(m[1]);
    const list = state.reviewComments.get(n) ?? [];
    state.reviewComments.set(n, list);
    if (req.method === 'GET')
      return page(
        list.map((c) => reviewCommentJson(c, state, n)),
        u,
        send,
        base(),
      );
    if (req.method === 'POST') {
      // GitHub's rules for a comment on the diff: a line on the chosen side, inside a hunk of the file.
      const file = (state.files.get(n) ?? []).find((f) => f.filename === body?.path);
      const lines = file?.patch ? newSideLines(file.patch) : new Set<number>();
      const wanted = [body?.start_line ?? body?.line, body?.line];
      if (
        typeof body?.body !== 'string' ||
        typeof body?.commit_id !== 'string' ||
        body?.side !== 'RIGHT' ||
        !wanted.every((l) => Number.isInteger(l) && lines.has(l))
      ) {
        return send(422, {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'PullRequestReviewComment',
              code: 'custom',
              field: 'pull_request_review_thread.line',
              message: 'could not be resolved',
            },
          ],
          documentation_url: 'https://docs.github.com/rest/pulls/comments#create-a-review-comment-for-a-pull-request',
          status: '422',
        });
      }
      const c: FakeReviewComment = {
        id: nextId++,
        body: body.body,
        path: body.path,
        commit_id: body.commit_id,
        line: body.line,
        ...(body.start_line ? { start_line: body.start_line } : {}),
        side: body.side,
      };
      list.push(c);
      return send(201, reviewCommentJson(c, state, n));
    }
  }
  if ((m = u.pathname.match(new RegExp(`^${repoBase}/pulls/(\\d+)$`))) && req.method === 'GET') {
    const n = Number(m[1]);
    const sha = state.heads.get(n);
    if (!sha)
      return send(404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
        status: '404',
      });
    const info = state.pulls.get(n) ?? {};
    const headRepo = info.headRepo ?? 'mallory/buckets';
    const headRef = info.headRef ?? 'shorter-logs';
    return send(200, {
      user: { login: headRepo.split('/')[0], id: 777001, type: 'User' },
      labels: (state.labels.get(n) ?? []).map((name, i) => ({ id: 100 + i, name, color: 'ededed', default: false, description: null })),
      url: `https://api.github.com${repoBase}/pulls/${n}`,
      id: 1_900_000_000 + n,
      number: n,
      state: 'open',
      title: 'Shorter retention for training logs',
      head: {
        label: `${headRepo.split('/')[0]}:${headRef}`,
        ref: headRef,
        sha,
        repo: { full_name: headRepo, fork: headRepo !== `${state.owner}/${state.repo}` },
      },
      base: {
        label: `${state.owner}:main`,
        ref: 'main',
        sha: info.baseSha ?? 'b'.repeat(40),
        repo: { full_name: `${state.owner}/${state.repo}`, fork: false },
      },
      merged: false,
    });
  }
  if ((m = u.pathname.match(new RegExp(`^${repoBase}/issues/(\\d+)/labels$`))) && req.method === 'GET') {
    const labels = (state.labels.get(Number(m[1])) ?? []).map((name, i) => ({
      id: 100 + i,
      node_id: `LA_${i}`,
      url: '',
      name,
      color: 'ededed',
      default: false,
      description: null,
    }));
    return page(labels, u, send, base());
  }
  if (u.pathname === '/graphql' && req.method === 'POST') {
    const id = body?.variables?.id;
    for (const list of state.comments.values()) {
      const c = list.find((x) => x.node_id === id);
      if (c && /minimizeComment/.test(body.query)) {
        c.minimized = true;
        return send(200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } });
      }
    }
    return send(200, { data: null, errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${id}'` }] });
  }
  return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
}

/**
 * The endpoints of the trust checks, answered in GitHub's documented shapes: contents (raw or
 * base64 JSON), issue events, reviews, collaborator permission, team membership, repository
 * activity, commit statuses and the repository itself. Returns false for anything else.
 */
function more(
  req: IncomingMessage,
  u: URL,
  body: any,
  state: GitHubServerState,
  send: (s: number, d: unknown, h?: Record<string, string>) => void,
  base: string,
): boolean {
  const method = req.method ?? 'GET';
  if (issueEndpoints(req, u, body, state, send, (items) => page(items, u, send, base))) return true;
  let m: RegExpMatchArray | null;
  if ((m = u.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/contents(?:\/(.*))?$/)) && method === 'GET') {
    const ref = u.searchParams.get('ref') ?? 'main';
    const path = decodeURIComponent(m[3] ?? '').replace(/\/$/, '');
    const files = state.contents.get(ref) ?? {};
    const links = state.links.get(ref) ?? {};
    const link = links[path];
    // A link to a file of the commit is answered with that file (as GitHub does); any other link as itself.
    const text = link === undefined ? files[path] : files[posix.normalize(posix.join(posix.dirname(path), link))];
    if (link !== undefined && text === undefined) {
      send(200, { type: 'symlink', target: link, size: link.length, name: path.split('/').pop(), path, sha: 'e'.repeat(40) });
      return true;
    }
    const listing = text === undefined ? folderEntries(`/repos/${m[1]}/${m[2]}`, ref, path, files, links) : [];
    if (text === undefined && !listing.length) {
      send(404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
        status: '404',
      });
      return true;
    }
    // A folder is an array of entries, whatever media type is asked for (raw applies to files and links only).
    if (text === undefined) {
      send(200, listing);
      return true;
    }
    if (/raw/.test(String(req.headers.accept ?? ''))) {
      send(200, text, { 'content-type': 'application/vnd.github.raw; charset=utf-8' });
      return true;
    }
    send(200, {
      type: 'file',
      encoding: 'base64',
      size: Buffer.byteLength(text),
      name: path.split('/').pop(),
      path,
      content: Buffer.from(text).toString('base64'),
      sha: 'f'.repeat(40),
    });
    return true;
  }
  if ((m = u.pathname.match(new RegExp(`^/repos/${state.owner}/${state.repo}/issues/(\\d+)/events$`))) && method === 'GET') {
    const list = (state.events.get(Number(m[1])) ?? []).map((e, i) => ({
      id: 9_000_000 + i,
      node_id: `LE_${i}`,
      url: `https://api.github.com/repos/${state.owner}/${state.repo}/issues/events/${9_000_000 + i}`,
      actor: { login: e.actor, id: 1000 + i, type: 'User' },
      event: e.event,
      commit_id: null,
      commit_url: null,
      created_at: e.at,
      ...(e.label ? { label: { name: e.label, color: 'd93f0b' } } : {}),
      performed_via_github_app: null,
    }));
    page(list, u, send, base);
    return true;
  }
  if ((m = u.pathname.match(new RegExp(`^/repos/${state.owner}/${state.repo}/pulls/(\\d+)/reviews$`))) && method === 'GET') {
    const list = (state.reviews.get(Number(m[1])) ?? []).map((r, i) => ({
      id: 80_000_000 + i,
      node_id: `PRR_${i}`,
      user: { login: r.user, id: 2000 + i, type: 'User' },
      body: '',
      state: r.state,
      html_url: `https://github.com/${state.owner}/${state.repo}/pull/${m![1]}#pullrequestreview-${80_000_000 + i}`,
      pull_request_url: `https://api.github.com/repos/${state.owner}/${state.repo}/pulls/${m![1]}`,
      author_association: 'MEMBER',
      submitted_at: r.at,
      commit_id: r.commit,
    }));
    page(list, u, send, base);
    return true;
  }
  if ((m = u.pathname.match(new RegExp(`^/repos/${state.owner}/${state.repo}/collaborators/([^/]+)/permission$`))) && method === 'GET') {
    const login = decodeURIComponent(m[1]!);
    const role = state.permissions.get(login.toLowerCase()) ?? 'read';
    const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
    send(200, {
      permission,
      role_name: role,
      user: {
        login,
        id: 3000,
        type: 'User',
        permissions: {
          admin: role === 'admin',
          maintain: role === 'maintain',
          push: permission === 'write' || permission === 'admin',
          triage: role === 'triage',
          pull: role !== 'none',
        },
      },
    });
    return true;
  }
  if ((m = u.pathname.match(/^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/)) && method === 'GET') {
    const members = state.teams.get(`${m[1]}/${m[2]}`);
    if (!members?.some((x) => x.toLowerCase() === decodeURIComponent(m![3]!).toLowerCase()))
      send(404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user',
        status: '404',
      });
    else send(200, { url: `https://api.github.com/teams/1/memberships/${m[3]}`, role: 'member', state: 'active' });
    return true;
  }
  if ((m = u.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/activity$/)) && method === 'GET') {
    const ref = u.searchParams.get('ref') ?? '';
    const full = ref.startsWith('refs/') ? ref : `refs/heads/${ref}`;
    const pushes = [...(state.activity.get(`${m[1]}/${m[2]} ${full}`) ?? [])].reverse();
    page(
      pushes.map((p, i) => ({
        id: 5_000_000 + i,
        node_id: `A_${i}`,
        before: '0'.repeat(40),
        after: p.after,
        ref: full,
        timestamp: p.at,
        activity_type: p.type ?? 'push',
        actor: { login: m![1], id: 777001, type: 'User' },
      })),
      u,
      send,
      base,
    );
    return true;
  }
  if ((m = u.pathname.match(new RegExp(`^/repos/${state.owner}/${state.repo}/statuses/([0-9a-f]+)$`))) && method === 'POST') {
    state.statuses.push({ sha: m[1]!, state: body?.state, context: body?.context, description: body?.description });
    send(201, {
      id: 6_000_000 + state.statuses.length,
      state: body?.state,
      context: body?.context,
      description: body?.description,
      target_url: body?.target_url ?? null,
      created_at: '2026-11-20T10:05:00Z',
    });
    return true;
  }
  if (u.pathname === `/repos/${state.owner}/${state.repo}` && method === 'GET') {
    send(200, { id: 700_100, full_name: `${state.owner}/${state.repo}`, default_branch: 'main', private: false, fork: false });
    return true;
  }
  return false;
}

/**
 * The entries directly in folder `dir` (`''`: the root) of a commit's files and links, as the contents
 * API lists them: files, folders (`dir`) and links (`symlink`), each with its urls; none when it is no folder.
 */
function folderEntries(repo: string, ref: string, dir: string, files: Record<string, string>, links: Record<string, string>) {
  const prefix = dir ? `${dir}/` : '';
  const seen = new Map<string, 'file' | 'dir' | 'symlink'>();
  for (const [path, type] of [
    ...Object.keys(files).map((p) => [p, 'file'] as const),
    ...Object.keys(links).map((p) => [p, 'symlink'] as const),
  ]) {
    if (!path.startsWith(prefix)) continue;
    const [name, ...rest] = path.slice(prefix.length).split('/');
    if (name) seen.set(name, rest.length ? 'dir' : type);
  }
  return [...seen]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, type]) => {
      const path = prefix + name;
      const sha = Buffer.from(path).toString('hex').padEnd(40, '0').slice(0, 40);
      const url = `https://api.github.com${repo}/contents/${path}?ref=${ref}`;
      const git = `https://api.github.com${repo}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`;
      const html = `https://github.com${repo.replace(/^\/repos/, '')}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${path}`;
      return {
        type,
        size: type === 'file' ? Buffer.byteLength(files[path]!) : type === 'symlink' ? links[path]!.length : 0,
        name,
        path,
        sha,
        url,
        git_url: git,
        html_url: html,
        download_url: type === 'dir' ? null : `https://raw.githubusercontent.com${repo.replace(/^\/repos/, '')}/${ref}/${path}`,
        _links: { self: url, git, html },
      };
    });
}

/** New-side line numbers inside the hunks of a patch: where GitHub lets a review comment sit. */
function newSideLines(patch: string): Set<number> {
  const out = new Set<number>();
  let line = 0;
  for (const raw of patch.split('\n')) {
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(raw);
    if (h) line = Number(h[1]);
    else if (line && !raw.startsWith('-') && !raw.startsWith('\\')) out.add(line++);
  }
  return out;
}

function reviewCommentJson(c: FakeReviewComment, state: GitHubServerState, pr: number) {
  return {
    id: c.id,
    node_id: `PRRC_${c.id}`,
    url: `https://api.github.com/repos/${state.owner}/${state.repo}/pulls/comments/${c.id}`,
    pull_request_review_id: 90_000_000 + c.id,
    diff_hunk: '@@',
    path: c.path,
    commit_id: c.commit_id,
    original_commit_id: c.commit_id,
    user: { login: state.actor, id: 41898282, type: 'Bot' },
    body: c.body,
    created_at: '2026-11-20T10:00:00Z',
    updated_at: '2026-11-20T10:00:00Z',
    html_url: `https://github.com/${state.owner}/${state.repo}/pull/${pr}#discussion_r${c.id}`,
    pull_request_url: `https://api.github.com/repos/${state.owner}/${state.repo}/pulls/${pr}`,
    author_association: 'NONE',
    line: c.line,
    original_line: c.line,
    side: c.side,
    ...(c.start_line
      ? { start_line: c.start_line, original_start_line: c.start_line, start_side: c.side }
      : { start_line: null, start_side: null }),
  };
}

function commentJson(c: FakeComment, state: GitHubServerState, issue: number) {
  return {
    id: c.id,
    node_id: c.node_id,
    url: `https://api.github.com/repos/${state.owner}/${state.repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${state.owner}/${state.repo}/pull/${issue}#issuecomment-${c.id}`,
    issue_url: `https://api.github.com/repos/${state.owner}/${state.repo}/issues/${issue}`,
    body: c.body,
    user: { ...c.user, node_id: 'MDM6Qm90NDE4OTgyODI=', html_url: `https://github.com/apps/github-actions` },
    created_at: '2026-11-20T10:00:00Z',
    updated_at: '2026-11-20T10:00:00Z',
    author_association: 'NONE',
    performed_via_github_app: null,
  };
}

/** GitHub-style pagination: per_page (default 30) and page, with a Link header for the next page. */
function page(items: unknown[], u: URL, send: (s: number, d: unknown, h?: Record<string, string>) => void, base: string) {
  const per = Math.min(100, Number(u.searchParams.get('per_page') ?? 30));
  const p = Number(u.searchParams.get('page') ?? 1);
  const slice = items.slice((p - 1) * per, p * per);
  const last = Math.max(1, Math.ceil(items.length / per));
  const headers: Record<string, string> = {};
  if (p < last) {
    const next = new URL(u.pathname, base);
    next.searchParams.set('per_page', String(per));
    next.searchParams.set('page', String(p + 1));
    const lastUrl = new URL(next);
    lastUrl.searchParams.set('page', String(last));
    headers.link = `<${next}>; rel="next", <${lastUrl}>; rel="last"`;
  }
  send(200, slice, headers);
}
