/**
 * Judging a commit of a pull request from copies of its files (src/trust/materialize.ts): for the
 * privileged half of the fork split (the fork's head), and to measure an older head an approval was
 * given on. The copies are data in a fresh folder; evidence about existing targets stays the
 * trusted checkout's.
 */
import { join, posix } from 'node:path';
import type { GitHubClient, RepoRef } from '../github/client.js';
import type { PullRequestRun } from '../pipeline/pull-request.js';
import { materializeCommit, type Materialized } from '../trust/materialize.js';
import { judgePullRequest, type JudgeRequest } from './judge.js';

export interface CommitSource {
  /** The checkout git may read from, the API client and the repository holding the commits. */
  root?: string;
  client?: GitHubClient;
  repo?: RepoRef;
  /** Repository-relative path of .lifeguard.yml. */
  configPath: string;
  /** More files to copy (the pull request's changed files). */
  extra?: readonly string[];
}

export type CommitJudgeBase = Omit<JudgeRequest, 'cwd' | 'root' | 'head' | 'judgeCommit' | 'skipApprovals' | 'failures' | 'notices'>;

/**
 * The folder of copies, or why there is none. A commit without .lifeguard.yml gives copies without
 * a config (the defaults apply, as in a checkout); one whose file cannot be read or used gives why.
 */
export async function copiesOf(source: CommitSource, sha: string): Promise<Materialized | string> {
  const m = await materializeCommit({
    files: {
      ...(source.root ? { root: source.root } : {}),
      ...(source.client ? { client: source.client } : {}),
      ...(source.repo ? { repo: source.repo } : {}),
    },
    commit: sha,
    configPath: source.configPath,
    ...(source.extra ? { extra: source.extra } : {}),
  });
  if (m.failure) return m.failure;
  if (!m.config && !m.configAbsent) return m.problems[0] ?? `${source.configPath} at ${sha.slice(0, 7)} could not be read`;
  return m;
}

export function cwdOf(m: Materialized, configPath: string): string {
  return join(
    m.root,
    ...posix
      .dirname(configPath)
      .split('/')
      .filter((p) => p !== '.'),
  );
}

/** A judge of older commits, for approvals given on an earlier head. */
export function commitJudge(base: CommitJudgeBase, source: CommitSource): (sha: string) => Promise<PullRequestRun | string> {
  return async (sha) => {
    const m = await copiesOf(source, sha);
    if (typeof m === 'string') return m;
    if (!m.config) return `${source.configPath} is not in commit ${sha.slice(0, 7)}`;
    if (m.problems.length) return m.problems[0]!;
    const judged = await judgePullRequest({
      ...base,
      ...(base.pr ? { pr: { ...base.pr, headSha: sha } } : {}),
      cwd: cwdOf(m, source.configPath),
      root: m.root,
      head: { config: m.config!, ...(m.doc ? { doc: m.doc } : {}) },
      failures: [],
      notices: [],
      skipApprovals: true,
    });
    return judged.result;
  };
}
