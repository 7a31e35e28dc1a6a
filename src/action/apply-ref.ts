/**
 * Where `apply` may run: only from the repository's default branch, whatever the event (push,
 * workflow_dispatch, schedule, issue_comment, workflow_run), unless the default branch's own
 * .lifeguard.yml names other refs under `apply.refs`. The ref is the one the runner reports
 * (GITHUB_REF), and the checkout must be that ref's commit (GITHUB_SHA): a workflow that checks out
 * a pull request's head on a comment is refused, whatever ref the event carries.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describeGitHubError, makeClient, type GitHubClient } from '../github/client.js';
import { isObj } from '../model/values.js';
import { readBaseSettings } from '../trust/base-settings.js';
import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';

const run = promisify(execFile);

export type ApplyPlace = { ok: true; ref: string; defaultBranch: string } | { ok: false; reason: string };

export async function applyPlace(inputs: ActionInputs, ctx: RunContext): Promise<ApplyPlace> {
  const payload = isObj(ctx.payload) ? ctx.payload : {};
  if (/^pull_request/.test(ctx.eventName)) {
    return {
      ok: false,
      reason:
        'command apply does not run on pull requests (it would apply unmerged rules); use command plan there and apply on push to the default branch',
    };
  }
  if (ctx.eventName === 'issue_comment' && isObj(payload.issue) && payload.issue.pull_request) {
    return {
      ok: false,
      reason:
        'command apply does not run on a comment on a pull request (it would apply unmerged rules); merge the pull request, and apply on push to the default branch',
    };
  }
  const ref = ctx.env.GITHUB_REF || (typeof payload.ref === 'string' ? payload.ref : '');
  if (!ref)
    return {
      ok: false,
      reason: 'the run names no ref (GITHUB_REF), so it is not known whether this is the default branch; nothing was applied',
    };
  const client = inputs.githubToken && ctx.repo ? makeClient(inputs.githubToken, ctx.apiUrl) : undefined;
  const defaultBranch = await defaultBranchOf(payload, client, ctx);
  if (typeof defaultBranch !== 'string') return { ok: false, reason: `${defaultBranch.reason}; nothing was applied` };
  const allowed = [`refs/heads/${defaultBranch}`];
  const extra = await extraRefs(inputs, ctx, client, defaultBranch);
  if (typeof extra === 'string') return { ok: false, reason: `${extra}; nothing was applied` };
  allowed.push(...extra.map((r) => (r.startsWith('refs/') ? r : `refs/heads/${r}`)));
  if (!allowed.some((a) => matches(a, ref))) {
    const others = extra.length ? ` or the refs the default branch's .lifeguard.yml names (${extra.join(', ')})` : '';
    return {
      ok: false,
      reason: `command apply runs only from the default branch (${defaultBranch})${others}; this ${ctx.eventName || 'run'} is on ${ref}, so nothing was applied`,
    };
  }
  const head = await checkoutHead(ctx.root);
  const expected = ctx.env.GITHUB_SHA || (typeof payload.after === 'string' ? payload.after : undefined);
  if (!head) return { ok: false, reason: `${ctx.root} is not a git checkout; apply needs the checkout of the commit it applies` };
  if (expected && head !== expected) {
    return {
      ok: false,
      reason: `the checkout is at ${head.slice(0, 12)}, not at ${ref}'s commit ${expected.slice(0, 12)} that this run is for; apply only what is on ${ref}`,
    };
  }
  return { ok: true, ref, defaultBranch };
}

async function defaultBranchOf(
  payload: Record<string, unknown>,
  client: GitHubClient | undefined,
  ctx: RunContext,
): Promise<string | { reason: string }> {
  const repo = isObj(payload.repository) ? payload.repository : undefined;
  if (typeof repo?.default_branch === 'string') return repo.default_branch;
  if (!client || !ctx.repo) return { reason: 'the event does not say which branch is the default one and there is no github-token to ask' };
  try {
    return (await client.rest.repos.get({ ...ctx.repo })).data.default_branch;
  } catch (err) {
    return { reason: `GitHub: the default branch could not be read (${describeGitHubError(err)})` };
  }
}

/** apply.refs of the default branch's .lifeguard.yml (never of the checkout, which may be another ref). */
async function extraRefs(
  inputs: ActionInputs,
  ctx: RunContext,
  client: GitHubClient | undefined,
  defaultBranch: string,
): Promise<string[] | string> {
  let commit = defaultBranch;
  for (const candidate of [`origin/${defaultBranch}`, defaultBranch]) {
    try {
      await run('git', ['-C', ctx.root, 'rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
      commit = candidate;
      break;
    } catch {
      // not in the checkout: the API is asked below
    }
  }
  const read = await readBaseSettings({
    files: { root: ctx.root, ...(client ? { client } : {}), ...(ctx.repo ? { repo: ctx.repo } : {}) },
    cwd: ctx.cwd,
    root: ctx.root,
    ...(inputs.config ? { configFile: inputs.config } : {}),
    commit,
  });
  if (read.failure) {
    // Without the default branch's settings only the default branch itself may apply.
    return [];
  }
  return read.config?.apply?.refs ?? [];
}

/** `release/*` matches one level of names; anything else must be equal. */
function matches(pattern: string, ref: string): boolean {
  if (!pattern.includes('*')) return pattern === ref;
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );
  return re.test(ref);
}

async function checkoutHead(root: string): Promise<string | undefined> {
  try {
    return (await run('git', ['-C', root, 'rev-parse', 'HEAD'])).stdout.trim();
  } catch {
    return undefined;
  }
}
