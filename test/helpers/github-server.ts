/**
 * A local stand-in for api.github.com: real-shaped REST and GraphQL answers (paginated with Link
 * headers like GitHub's), in-memory comments, files and labels, and a log of every request. The
 * client under test is the real Octokit pointed at it. Only the endpoints lifeguard uses exist;
 * anything else answers 404 so an unexpected call fails loudly.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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

export interface GitHubServerState {
  owner: string;
  repo: string;
  comments: Map<number, FakeComment[]>;
  files: Map<number, Array<{ filename: string; status: string }>>;
  labels: Map<number, string[]>;
  /** Head commit of each pull request (GET /pulls/{n}). */
  heads: Map<number, string>;
  /** Fork PRs: every write answers 403 like a read-only GITHUB_TOKEN. */
  readOnly: boolean;
  /** Status to answer every request with (simulating an outage), when set. */
  failWith?: number;
  /** Login of the token's user (github-actions[bot] for GITHUB_TOKEN). */
  actor: string;
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
    labels: new Map(),
    heads: new Map(),
    readOnly: false,
    actor: 'github-actions[bot]',
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
  log.push({ method: req.method ?? 'GET', path: u.pathname, query: Object.fromEntries(u.searchParams), body, authorization: req.headers.authorization });
  const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-request-id': `TEST:${log.length}`, ...headers });
    res.end(data === undefined ? '' : JSON.stringify(data));
  };
  if (state.failWith) return send(state.failWith, { message: 'Server Error', documentation_url: 'https://docs.github.com/rest' });
  if (state.rateLimited) {
    state.rateLimited--;
    return send(403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' }, { 'retry-after': '1' });
  }
  if (u.pathname === '/user' && req.method === 'GET') {
    if (!state.tokenUser) return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' });
    return send(200, { login: state.tokenUser, id: 583231, type: 'User' });
  }
  const repoBase = `/repos/${state.owner}/${state.repo}`;
  const write = req.method !== 'GET';
  if (write && state.readOnly) {
    return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' });
  }
  let m: RegExpMatchArray | null;
  if ((m = u.pathname.match(new RegExp(`^${repoBase}/issues/(\\d+)/comments$`)))) {
    const n = Number(m[1]);
    const list = state.comments.get(n) ?? [];
    state.comments.set(n, list);
    if (req.method === 'GET') return page(list.map((c) => commentJson(c, state, n)), u, send, base());
    if (req.method === 'POST') {
      if (typeof body?.body !== 'string' || body.body.length > 65536) return send(422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] });
      const c: FakeComment = { id: nextId++, node_id: `IC_kwDO${nextId}`, body: body.body, user: state.tokenUser ? { login: state.tokenUser, id: 583231, type: 'User' } : { login: state.actor, id: 41898282, type: 'Bot' } };
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
      patch: '@@ -0,0 +1 @@',
    }));
    return page(files, u, send, base());
  }
  if ((m = u.pathname.match(new RegExp(`^${repoBase}/pulls/(\\d+)$`))) && req.method === 'GET') {
    const n = Number(m[1]);
    const sha = state.heads.get(n);
    if (!sha) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request', status: '404' });
    return send(200, {
      url: `https://api.github.com${repoBase}/pulls/${n}`,
      id: 1_900_000_000 + n,
      number: n,
      state: 'open',
      title: 'Shorter retention for training logs',
      head: { label: 'mallory:shorter-logs', ref: 'shorter-logs', sha, repo: { full_name: 'mallory/buckets', fork: true } },
      base: { label: `${state.owner}:main`, ref: 'main', sha: 'b'.repeat(40), repo: { full_name: `${state.owner}/${state.repo}`, fork: false } },
      merged: false,
    });
  }
  if ((m = u.pathname.match(new RegExp(`^${repoBase}/issues/(\\d+)/labels$`))) && req.method === 'GET') {
    const labels = (state.labels.get(Number(m[1])) ?? []).map((name, i) => ({ id: 100 + i, node_id: `LA_${i}`, url: '', name, color: 'ededed', default: false, description: null }));
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
