/**
 * The GitHub API edge. Everything that talks to GitHub goes through an Octokit made here, so tests
 * can point it at a local server (`baseUrl`) and the action at GITHUB_API_URL. Every request has a
 * timeout and carries the run's deadline; rate limits are honoured as Octokit's throttling plugin
 * does (wait for `retry-after` or the reset, then retry), and a server error or a dropped
 * connection on a request that is safe to repeat is retried with backoff, all within the deadline
 * (ADR 0134).
 */
import { getOctokit } from '@actions/github';

// Read by modules that must not load Octokit (the CLI's history reader): they import errors.ts.
export { describeGitHubError, httpStatus } from './errors.js';
import { deadlinePassed, deadlineWords, remainingMs, runSignal } from '../net/deadline.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** One request, connection included; GitHub answers in well under a second. */
export const GITHUB_REQUEST_TIMEOUT_MS = 30_000;
/** A call made after the run's deadline, to publish the failed verdict. */
const LATE_REQUEST_TIMEOUT_MS = 4_000;
/** Retries after a rate limit, a 5xx or a dropped connection. */
export const GITHUB_RETRIES = 2;
/** A secondary rate limit without retry-after: GitHub's documentation says to wait at least a minute. */
const SECONDARY_WAIT_MS = 60_000;

export function makeClient(token: string, baseUrl?: string): GitHubClient {
  const octokit = getOctokit(token, baseUrl ? { baseUrl } : {});
  const api = baseUrl ?? 'https://api.github.com';
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      // Past the deadline only the verdict is still published (comment, labels read for it): each such
      // call gets a short timeout of its own, and the entry point's hard stop bounds them all.
      const late = deadlinePassed();
      const signals = [AbortSignal.timeout(late ? LATE_REQUEST_TIMEOUT_MS : GITHUB_REQUEST_TIMEOUT_MS)];
      const run = runSignal();
      if (run && !late) signals.push(run);
      const signal = AbortSignal.any(signals);
      try {
        // Raced rather than passed to fetch: the fetch @actions/github configures does not see a
        // signal given here, so a call that never answers is left behind (and ends with the process).
        return await raced(Promise.resolve(request(options)), signal);
      } catch (err) {
        const wait = attempt < GITHUB_RETRIES ? retryAfterMs(err, String(options.method)) : undefined;
        // No retry that would outlast the run: the caller fails now, with the reason.
        if (wait === undefined || wait >= remainingMs()) throw withReason(err, api);
        await new Promise((ok) => setTimeout(ok, wait));
      }
    }
  });
  return octokit;
}

let abandoned = 0;

/** Requests given up on (timeout, deadline) whose connections may still be open: the entry point exits. */
export function abandonedRequests(): number {
  return abandoned;
}

/** The request's result, or a rejection when `signal` aborts first (the request is then left behind). */
function raced<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = () => {
      abandoned++;
      reject(Object.assign(new Error('aborted'), { name: 'AbortError', cause: signal.reason }));
    };
    // The request is always awaited, so a late rejection is never an unhandled one.
    pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
}

/** How long to wait before trying again, or undefined when the request must not be repeated. */
function retryAfterMs(err: unknown, method: string): number | undefined {
  const e = err as {
    status?: number;
    response?: { headers?: Record<string, string | undefined>; data?: { message?: string } };
    cause?: { name?: string };
  };
  if (aborted(err)) return undefined;
  const headers = e.response?.headers ?? {};
  const message = e.response?.data?.message ?? '';
  if (e.status === 403 || e.status === 429) {
    const after = Number(headers['retry-after']);
    if (Number.isFinite(after) && after >= 0) return after * 1000;
    if (/secondary rate limit/i.test(message)) return SECONDARY_WAIT_MS;
    if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset'])
      return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - Date.now()) + 1000;
    return undefined;
  }
  // A POST that got no answer may have landed (a second comment): only safe requests are repeated.
  const safe = method !== 'POST';
  const noAnswer = e.status === undefined || (e.status === 500 && e.cause !== undefined);
  if (safe && (noAnswer || (e.status !== undefined && e.status >= 500))) return 1000;
  return undefined;
}

/** The request was stopped by its timeout or by the run's deadline. */
function aborted(err: unknown): boolean {
  const cause = (err as { cause?: { name?: string } }).cause;
  const name = (err as { name?: string }).name;
  return [cause?.name, name].some((n) => n === 'TimeoutError' || n === 'AbortError' || n === 'DeadlineError');
}

/** A timeout or the deadline in one sentence naming the API; other errors as they are. */
function withReason(err: unknown, api: string): unknown {
  if (!aborted(err)) return err;
  const message = deadlinePassed()
    ? `stopped at ${deadlineWords()} while waiting for the GitHub API at ${api}`
    : `the GitHub API at ${api} did not answer within ${GITHUB_REQUEST_TIMEOUT_MS / 1000} s`;
  return Object.assign(new Error(message), { name: 'GitHubTimeout' });
}
