/**
 * One lifeguard comment per pull request, found by a hidden marker and updated in place (or hidden
 * and posted anew), never duplicated, always under GitHub's 65,536-character limit.
 */
import type { GitHubClient, RepoRef } from './client.js';

export const COMMENT_MARKER = '<!-- lifeguard:sticky-comment -->';
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

export function fitComment(body: string, notice = 'The comment was cut to fit GitHub\'s size limit; the job summary and the SARIF file have everything.'): { body: string; truncated: boolean } {
  const tail = `\n\n> [!WARNING]\n> ${notice}\n`;
  const whole = `${body}\n${COMMENT_MARKER}\n`;
  if (whole.length <= MAX_COMMENT_CHARS) return { body: whole, truncated: false };
  const room = MAX_COMMENT_CHARS - tail.length - COMMENT_MARKER.length - 2;
  let cut = body.lastIndexOf('\n\n', room);
  if (cut < room / 2) cut = room;
  let head = body.slice(0, cut);
  // Never end on half of a surrogate pair, and close an open <details> or code fence.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  if ((head.match(/```/g) ?? []).length % 2 === 1) head += '\n```';
  const opened = (head.match(/<details>/g) ?? []).length - (head.match(/<\/details>/g) ?? []).length;
  head += '\n</details>'.repeat(Math.max(0, opened));
  return { body: `${head}${tail}\n${COMMENT_MARKER}\n`, truncated: true };
}

/** The newest comment carrying our marker, preferring ones written by `author` when given. */
export async function findStickyComment(client: GitHubClient, repo: RepoRef, issueNumber: number, author?: string) {
  const comments = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  const ours = comments.filter((c) => (c.body ?? '').includes(COMMENT_MARKER) && (!author || c.user?.login === author));
  return ours.at(-1);
}

export async function upsertStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  markdown: string,
  /** onlyIfExists: bring an earlier comment up to date, but start no new one (nothing to say now). */
  options: { mode?: CommentMode; author?: string; onlyIfExists?: boolean } = {},
): Promise<StickyResult> {
  const { body, truncated } = fitComment(markdown);
  const existing = await findStickyComment(client, repo, issueNumber, options.author);
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
    await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: (existing.body ?? '').replace(COMMENT_MARKER, '<!-- lifeguard:outdated -->') });
  }
  const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  return { action: existing ? 'recreated' : 'created', id: data.id, url: data.html_url, truncated };
}
