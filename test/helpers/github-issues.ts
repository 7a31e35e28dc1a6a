/**
 * The GitHub API stand-in's issues and commit endpoints, in GitHub's documented shapes: list, create
 * and update issues (the drift issue), and the pull requests associated with a commit (apply's
 * outcome on the merged pull request). Returns false for anything else.
 */
import type { IncomingMessage } from 'node:http';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  labels: string[];
  user: string;
  /** Set on pull requests: the issues list includes them, as GitHub's does. */
  pullRequest?: boolean;
}

export interface IssueState {
  owner: string;
  repo: string;
  actor: string;
  issues: Map<number, FakeIssue>;
  /** Merged pull requests by commit (GET /commits/{sha}/pulls). */
  commitPulls: Map<string, number[]>;
}

type Send = (status: number, data: unknown, headers?: Record<string, string>) => void;
type Page = (items: unknown[]) => void;

export function issueEndpoints(req: IncomingMessage, u: URL, body: any, state: IssueState, send: Send, page: Page): boolean {
  const method = req.method ?? 'GET';
  const repoBase = `/repos/${state.owner}/${state.repo}`;
  const html = (n: number) => `https://github.com/${state.owner}/${state.repo}/issues/${n}`;
  const json = (i: FakeIssue) => ({
    id: 3_000_000 + i.number,
    node_id: `I_kwDO${i.number}`,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason ?? null,
    labels: i.labels.map((name, k) => ({ id: 700 + k, name, color: 'd93f0b', default: false, description: null })),
    user: { login: i.user, id: 41898282, type: i.user.endsWith('[bot]') ? 'Bot' : 'User' },
    html_url: html(i.number),
    url: `https://api.github.com${repoBase}/issues/${i.number}`,
    created_at: '2026-11-20T10:00:00Z',
    updated_at: '2026-11-20T10:00:00Z',
    ...(i.pullRequest ? { pull_request: { url: `https://api.github.com${repoBase}/pulls/${i.number}` } } : {}),
  });
  let m: RegExpMatchArray | null;
  if (u.pathname === `${repoBase}/issues` && method === 'GET') {
    const want = u.searchParams.get('state') ?? 'open';
    const creator = u.searchParams.get('creator');
    const list = [...state.issues.values()]
      .filter((i) => (want === 'all' || i.state === want) && (!creator || i.user === creator))
      .sort((a, b) => b.number - a.number);
    page(list.map(json));
    return true;
  }
  if (u.pathname === `${repoBase}/issues` && method === 'POST') {
    if (typeof body?.title !== 'string' || !body.title) {
      send(422, { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }] });
      return true;
    }
    const number = Math.max(100, ...state.issues.keys()) + 1;
    const issue: FakeIssue = {
      number,
      title: body.title,
      body: body.body ?? '',
      state: 'open',
      labels: body.labels ?? [],
      user: state.actor,
    };
    state.issues.set(number, issue);
    send(201, json(issue));
    return true;
  }
  if ((m = u.pathname.match(new RegExp(`^${repoBase}/issues/(\\d+)$`))) && method === 'PATCH') {
    const issue = state.issues.get(Number(m[1]));
    if (!issue) {
      send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/issues/issues#update-an-issue', status: '404' });
      return true;
    }
    if (typeof body?.body === 'string') issue.body = body.body;
    if (typeof body?.title === 'string') issue.title = body.title;
    if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state;
    if (body?.state_reason !== undefined) issue.state_reason = body.state_reason;
    send(200, json(issue));
    return true;
  }
  if ((m = u.pathname.match(new RegExp(`^${repoBase}/commits/([0-9a-f]{7,40})/pulls$`))) && method === 'GET') {
    const numbers = state.commitPulls.get(m[1]!) ?? [];
    page(
      numbers.map((n) => ({
        number: n,
        id: 1_900_000_000 + n,
        state: 'closed',
        title: `Pull request ${n}`,
        merged_at: '2026-11-20T10:00:00Z',
        merge_commit_sha: m![1],
        html_url: `https://github.com/${state.owner}/${state.repo}/pull/${n}`,
        base: { ref: 'main' },
        user: { login: 'alice', id: 583231, type: 'User' },
      })),
    );
    return true;
  }
  return false;
}
