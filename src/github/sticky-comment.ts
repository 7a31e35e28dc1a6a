/**
 * One lifeguard comment per pull request and comment key, found by a hidden marker and updated in
 * place (or hidden and posted anew), never duplicated, always under GitHub's 65,536-character
 * limit. Only comments written by the identity lifeguard posts as are candidates: anyone can write
 * the marker into a comment of their own, and such a comment is never edited or hidden (ADR 0132).
 */
import { closeOpenBlocks, cutAtParagraph } from '../text/markdown-cut.js';
import { httpStatus, type GitHubClient, type RepoRef } from './client.js';

/** Every lifeguard marker starts so; the key follows (commentMarker). */
export const COMMENT_MARKER = '<!-- lifeguard:sticky-comment';
/** The key of the markers lifeguard wrote before comment keys existed. */
export const DEFAULT_COMMENT_KEY = 'default';
/** GITHUB_TOKEN's comments are written by this app account; GET /user refuses such tokens. */
export const ACTIONS_BOT = 'github-actions[bot]';

/** The hidden marker of one key. The key is percent-encoded so it cannot end the HTML comment. */
export function commentMarker(key: string): string {
  const encoded = encodeURIComponent(key).replace(/[-!'()*~.]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${COMMENT_MARKER} key=${encoded} -->`;
}

/** The default key: one comment per workflow and job, so two jobs (or workflows) never share one. */
export function defaultCommentKey(env: NodeJS.ProcessEnv): string {
  const parts = [env.GITHUB_WORKFLOW, env.GITHUB_JOB].filter((p): p is string => !!p);
  return parts.length ? parts.join('/') : DEFAULT_COMMENT_KEY;
}

/** Who lifeguard's comments are written by: the token's user, or github-actions[bot] for GITHUB_TOKEN. */
export async function commentIdentity(client: GitHubClient): Promise<string> {
  try {
    return (await client.rest.users.getAuthenticated()).data.login;
  } catch (err) {
    // An installation token (GITHUB_TOKEN) cannot read /user: GitHub answers 403 (or 401/404).
    const status = httpStatus(err);
    if (status === 401 || status === 403 || status === 404) return ACTIONS_BOT;
    throw err;
  }
}
/** GitHub rejects bodies over 65,536 characters; keep room for the marker and the notice. */
export const MAX_COMMENT_CHARS = 64_000;

export type CommentMode = 'update' | 'hide-and-new';

export interface StickyResult {
  /** skipped: `onlyIfExists` and there was no comment to update. */
  action: 'created' | 'updated' | 'unchanged' | 'recreated' | 'skipped';
  id?: number;
  url?: string;
  truncated: boolean;
}

/**
 * The body within GitHub's limit. When it must be cut, the notice says where the rest is only if
 * the caller names a place that holds it (`restAt`, e.g. "the job summary of this run"); there is
 * no claim of a file that was not written.
 */
export function fitComment(
  body: string,
  restAt?: string,
  marker = commentMarker(DEFAULT_COMMENT_KEY),
): { body: string; truncated: boolean } {
  const whole = `${body}\n${marker}\n`;
  if (whole.length <= MAX_COMMENT_CHARS) return { body: whole, truncated: false };
  const notice = `The comment was cut to fit GitHub's size limit of 65,536 characters${restAt ? `; ${restAt} has everything` : ''}.`;
  const tail = `\n\n> [!WARNING]\n> ${notice}\n`;
  // Room for the closing fence and </details> lines that closeOpenBlocks may add.
  const room = MAX_COMMENT_CHARS - tail.length - marker.length - 2 - 400;
  const head = closeOpenBlocks(cutAtParagraph(body, room));
  return { body: `${head}${tail}\n${marker}\n`, truncated: true };
}

/** The legacy marker, without a key: taken as the default key's. */
const LEGACY_MARKER = '<!-- lifeguard:sticky-comment -->';

/** The newest comment by `author` carrying the marker of `key`. */
export async function findStickyComment(client: GitHubClient, repo: RepoRef, issueNumber: number, author: string, key: string) {
  const comments = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  const marker = commentMarker(key);
  const ours = comments.filter((c) => {
    if (c.user?.login?.toLowerCase() !== author.toLowerCase()) return false;
    const body = c.body ?? '';
    return body.includes(marker) || (key === DEFAULT_COMMENT_KEY && body.includes(LEGACY_MARKER));
  });
  return ours.at(-1);
}

export async function upsertStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  markdown: string,
  /**
   * onlyIfExists: bring an earlier comment up to date, but start no new one (nothing to say now).
   * key: which of several lifeguard comments (comment-key); author: who lifeguard posts as (default:
   * asked of the API); restAt: where a cut comment's rest can be read.
   */
  options: { mode?: CommentMode; author?: string; onlyIfExists?: boolean; key?: string; restAt?: string } = {},
): Promise<StickyResult> {
  const key = options.key ?? DEFAULT_COMMENT_KEY;
  const marker = commentMarker(key);
  const { body, truncated } = fitComment(markdown, options.restAt, marker);
  const author = options.author ?? (await commentIdentity(client));
  const existing = await findStickyComment(client, repo, issueNumber, author, key);
  if (!existing && options.onlyIfExists) return { action: 'skipped', truncated };
  // The same report again is no news: neither an edit nor a new comment.
  if (existing?.body === body) return { action: 'unchanged', id: existing.id, url: existing.html_url, truncated };
  if (existing && (options.mode ?? 'update') === 'update') {
    const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
    return { action: 'updated', id: data.id, url: data.html_url, truncated };
  }
  if (existing) {
    await client.graphql(
      'mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { minimizedComment { isMinimized } } }',
      { id: existing.node_id },
    );
    // The hidden comment keeps the marker out of later searches.
    await client.rest.issues.updateComment({
      ...repo,
      comment_id: existing.id,
      body: (existing.body ?? '').replace(marker, '<!-- lifeguard:outdated -->').replace(LEGACY_MARKER, '<!-- lifeguard:outdated -->'),
    });
  }
  const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  return { action: existing ? 'recreated' : 'created', id: data.id, url: data.html_url, truncated };
}
