/**
 * What the action needs from the event payload: the pull request, whether it comes from a fork
 * (read-only token: no comment), its labels, and the base/head commits.
 */
import { isObj } from '../model/values.js';

export interface PullRequestContext {
  number: number;
  /** Head repository differs from the base repository: the token is read-only. */
  fromFork: boolean;
  labels: string[];
  baseSha?: string;
  headSha?: string;
  baseRef?: string;
  /** The head branch and the repository it lives in (owner/name; a fork's for fork pull requests). */
  headRef?: string;
  headRepo?: string;
}

export function pullRequestOf(eventName: string, payload: unknown): PullRequestContext | undefined {
  if (!isObj(payload)) return undefined;
  const pr = isObj(payload.pull_request) ? payload.pull_request : undefined;
  if (!pr || !/^pull_request/.test(eventName)) return undefined;
  const number = typeof pr.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined;
  if (number === undefined) return undefined;
  const base = isObj(pr.base) ? pr.base : {};
  const head = isObj(pr.head) ? pr.head : {};
  const baseRepo = isObj(base.repo) ? base.repo.full_name : undefined;
  const headRepo = isObj(head.repo) ? head.repo.full_name : undefined;
  // A deleted fork has head.repo null: treat as a fork (the safe side).
  const fromFork = headRepo === undefined || headRepo === null || (typeof baseRepo === 'string' && headRepo !== baseRepo);
  const labels = Array.isArray(pr.labels)
    ? pr.labels.map((l) => (isObj(l) && typeof l.name === 'string' ? l.name : '')).filter(Boolean)
    : [];
  return {
    number,
    fromFork,
    labels,
    baseSha: typeof base.sha === 'string' ? base.sha : undefined,
    headSha: typeof head.sha === 'string' ? head.sha : undefined,
    baseRef: typeof base.ref === 'string' ? base.ref : undefined,
    headRef: typeof head.ref === 'string' ? head.ref : undefined,
    headRepo: typeof headRepo === 'string' ? headRepo : undefined,
  };
}
