/**
 * Webhook payloads of the shape GitHub writes to GITHUB_EVENT_PATH (after the examples in GitHub's
 * "Webhook events and payloads" reference: pull_request, push, workflow_run), trimmed of URL fields
 * nothing reads but keeping every field an action commonly reads, with the values a test chooses.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OWNER = {
  login: 'acme',
  id: 9919,
  node_id: 'O_kgDOAAAmuw',
  type: 'Organization',
  site_admin: false,
  html_url: 'https://github.com/acme',
};
const ALICE = {
  login: 'alice',
  id: 583231,
  node_id: 'MDQ6VXNlcjU4MzIzMQ==',
  type: 'User',
  site_admin: false,
  html_url: 'https://github.com/alice',
};
const MALLORY = {
  login: 'mallory',
  id: 777001,
  node_id: 'U_kgDOAAvaKQ',
  type: 'User',
  site_admin: false,
  html_url: 'https://github.com/mallory',
};

function repository(fullName: string, fork: boolean) {
  const [owner, name] = fullName.split('/');
  return {
    id: fork ? 800_100 : 700_100,
    node_id: fork ? 'R_kgDOAAw1hA' : 'R_kgDOAArV5A',
    name,
    full_name: fullName,
    private: false,
    owner: owner === 'acme' ? OWNER : MALLORY,
    html_url: `https://github.com/${fullName}`,
    description: 'S3 buckets and their lifecycle rules',
    fork,
    url: `https://api.github.com/repos/${fullName}`,
    default_branch: 'main',
    visibility: 'public',
  };
}

export interface PullRequestEventOptions {
  number: number;
  action?: 'opened' | 'synchronize' | 'labeled' | 'reopened';
  headSha: string;
  baseSha?: string;
  /** The head branch lives in a fork (mallory/buckets). */
  fork?: boolean;
  labels?: string[];
}

export function pullRequestEvent(o: PullRequestEventOptions) {
  const base = repository('acme/buckets', false);
  const head = o.fork ? repository('mallory/buckets', true) : base;
  const author = o.fork ? MALLORY : ALICE;
  return {
    action: o.action ?? 'opened',
    number: o.number,
    pull_request: {
      url: `https://api.github.com/repos/acme/buckets/pulls/${o.number}`,
      id: 1_900_000_000 + o.number,
      node_id: `PR_kwDOAArV5M5xYz${o.number}`,
      html_url: `https://github.com/acme/buckets/pull/${o.number}`,
      number: o.number,
      state: 'open',
      locked: false,
      title: 'Shorter retention for training logs',
      user: author,
      body: 'Keeps training logs for 14 days instead of 30.',
      created_at: '2026-11-20T09:12:44Z',
      updated_at: '2026-11-20T09:40:02Z',
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      labels: (o.labels ?? []).map((name, i) => ({
        id: 5_000 + i,
        node_id: `LA_kwDOAArV5M8AAAAB${i}`,
        url: `https://api.github.com/repos/acme/buckets/labels/${encodeURIComponent(name)}`,
        name,
        color: 'd93f0b',
        default: false,
        description: null,
      })),
      draft: false,
      head: { label: `${author.login}:shorter-logs`, ref: 'shorter-logs', sha: o.headSha, user: author, repo: head },
      base: { label: 'acme:main', ref: 'main', sha: o.baseSha ?? 'b'.repeat(40), user: OWNER, repo: base },
      author_association: o.fork ? 'CONTRIBUTOR' : 'MEMBER',
      merged: false,
      mergeable: null,
      comments: 0,
      commits: 1,
      additions: 4,
      deletions: 2,
      changed_files: 1,
    },
    ...(o.action === 'labeled' && o.labels?.length ? { label: { name: o.labels.at(-1) } } : {}),
    repository: base,
    organization: { login: 'acme', id: 9919, node_id: 'O_kgDOAAAmuw' },
    sender: author,
  };
}

export function pushEvent(o: { before: string; after: string; ref?: string; created?: boolean }) {
  const repo = repository('acme/buckets', false);
  return {
    ref: o.ref ?? 'refs/heads/main',
    before: o.before,
    after: o.after,
    repository: { ...repo, pushed_at: 1_790_000_000, master_branch: 'main' },
    pusher: { name: 'alice', email: 'alice@example.com' },
    organization: { login: 'acme', id: 9919, node_id: 'O_kgDOAAAmuw' },
    sender: ALICE,
    created: o.created ?? false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/acme/buckets/compare/${o.before.slice(0, 12)}...${o.after.slice(0, 12)}`,
    commits: [],
    head_commit: {
      id: o.after,
      tree_id: 'f'.repeat(40),
      distinct: true,
      message: 'Merge pull request #7 from acme/shorter-logs',
      timestamp: '2026-11-20T10:02:11Z',
      author: { name: 'Alice', email: 'alice@example.com', username: 'alice' },
    },
  };
}

export function workflowRunEvent(o: { headSha: string; prNumber?: number; fork?: boolean }) {
  const base = repository('acme/buckets', false);
  const head = o.fork ? repository('mallory/buckets', true) : base;
  return {
    action: 'completed',
    workflow_run: {
      id: 11_223_344_556,
      name: 'lifeguard',
      node_id: 'WFR_kwLOAArV5M8AAAACnJ4',
      head_branch: 'shorter-logs',
      head_sha: o.headSha,
      event: 'pull_request',
      status: 'completed',
      conclusion: 'success',
      workflow_id: 998877,
      run_number: 42,
      run_attempt: 1,
      // GitHub leaves this empty for pull requests from forks.
      pull_requests:
        o.fork || o.prNumber === undefined
          ? []
          : [{ number: o.prNumber, head: { ref: 'shorter-logs', sha: o.headSha }, base: { ref: 'main', sha: 'b'.repeat(40) } }],
      head_repository: head,
      repository: base,
    },
    repository: base,
    organization: { login: 'acme', id: 9919, node_id: 'O_kgDOAAAmuw' },
    sender: o.fork ? MALLORY : ALICE,
  };
}

/** Writes a payload where GITHUB_EVENT_PATH will point. */
export function writeEvent(dir: string, payload: unknown, name = 'event.json'): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(payload, null, 2));
  return path;
}
