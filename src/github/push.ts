/**
 * What the action needs from a push event: the commits before and after it, the branch, and the
 * repository's default branch (apply runs only there).
 */
import { isObj } from '../model/values.js';

export interface PushContext {
  /** The branch's commit before the push; undefined when the push created the branch. */
  before?: string;
  after?: string;
  /** refs/heads/<branch> */
  ref: string;
  defaultBranch?: string;
  forced: boolean;
}

const NO_COMMIT = /^0+$/;

export function pushOf(eventName: string, payload: unknown): PushContext | undefined {
  if (eventName !== 'push' || !isObj(payload) || typeof payload.ref !== 'string') return undefined;
  const repo = isObj(payload.repository) ? payload.repository : {};
  const sha = (v: unknown) => (typeof v === 'string' && !NO_COMMIT.test(v) ? v : undefined);
  const before = sha(payload.before);
  const after = sha(payload.after);
  return {
    ref: payload.ref,
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
    ...(typeof repo.default_branch === 'string' ? { defaultBranch: repo.default_branch } : {}),
    forced: payload.forced === true,
  };
}

export function isDefaultBranch(push: PushContext): boolean {
  return push.defaultBranch !== undefined && push.ref === `refs/heads/${push.defaultBranch}`;
}
