/**
 * The evidence for approvals, from the API: the pull request's label events and reviews, the pushes
 * to its head branch (the repository activity API, so that a label is tied to the head it was added
 * to), and for each person who labelled or approved, whether they may: listed in the base settings'
 * `approvers:` (a login, or a team the API says they belong to), or write access or more to the
 * repository. Anything that cannot be read makes the approvals it concerns not count, with a note.
 */
import type { ApprovalEvidence, Authority, LabelEvent, Push, Review } from '../gate/approval.js';
import { actorsOf } from '../gate/approval.js';
import { describeGitHubError, httpStatus, type GitHubClient, type RepoRef } from './client.js';

export interface ApprovalRequest {
  client: GitHubClient;
  repo: RepoRef;
  number: number;
  /** The head branch and its repository (owner/name). */
  headRef?: string;
  headRepo?: string;
  label: string;
  currentLabels: readonly string[];
  /** Base settings: logins and @org/team names. */
  approvers: readonly string[];
}

/** Pages of repository activity read at most (100 entries each). */
const MAX_ACTIVITY_PAGES = 5;

export async function gatherApprovalEvidence(r: ApprovalRequest): Promise<{ evidence: ApprovalEvidence; notes: string[] }> {
  const notes: string[] = [];
  const events = await r.client.paginate(r.client.rest.issues.listEvents, { ...r.repo, issue_number: r.number, per_page: 100 });
  const labelEvents: LabelEvent[] = [];
  for (const e of events as Array<{ event?: string; actor?: { login?: string } | null; label?: { name?: string }; created_at?: string }>) {
    if ((e.event === 'labeled' || e.event === 'unlabeled') && e.label?.name && e.actor?.login && e.created_at) {
      labelEvents.push({ event: e.event, actor: e.actor.login, label: e.label.name, at: e.created_at });
    }
  }
  const reviewList = await r.client.paginate(r.client.rest.pulls.listReviews, { ...r.repo, pull_number: r.number, per_page: 100 });
  const reviews: Review[] = reviewList.flatMap((v) =>
    v.user?.login && v.commit_id && v.submitted_at ? [{ user: v.user.login, state: v.state, commit: v.commit_id, at: v.submitted_at }] : [],
  );
  const pushes = await headPushes(r, notes);
  const base = { label: r.label, labelEvents, reviews };
  const authority = new Map<string, Authority>();
  for (const login of actorsOf(base)) authority.set(login, await authorityOf(r, login));
  return { evidence: { ...base, currentLabels: r.currentLabels, ...(pushes ? { pushes } : {}), authority }, notes };
}

async function headPushes(r: ApprovalRequest, notes: string[]): Promise<Push[] | undefined> {
  const [owner, repo] = (r.headRepo ?? '').split('/');
  if (!owner || !repo || !r.headRef) {
    notes.push(
      'the head branch of the pull request is not known, so labels approve nothing (an approving review of the head commit still does)',
    );
    return undefined;
  }
  try {
    const pushes: Push[] = [];
    let page = 0;
    for await (const res of r.client.paginate.iterator(r.client.rest.repos.listActivities, {
      owner,
      repo,
      ref: `refs/heads/${r.headRef}`,
      per_page: 100,
    })) {
      for (const a of res.data) if (a.after && !/^0+$/.test(a.after) && a.timestamp) pushes.push({ after: a.after, at: a.timestamp });
      if (++page >= MAX_ACTIVITY_PAGES) break;
    }
    return pushes;
  } catch (err) {
    notes.push(
      `the pushes to ${r.headRepo}:${r.headRef} could not be read (${describeGitHubError(err)}), so labels approve nothing (an approving review of the head commit still does)`,
    );
    return undefined;
  }
}

async function authorityOf(r: ApprovalRequest, login: string): Promise<Authority> {
  const lower = login.toLowerCase();
  for (const entry of r.approvers) {
    const name = entry.replace(/^@/, '');
    if (!name.includes('/')) {
      if (name.toLowerCase() === lower) return { ok: true, why: `listed in approvers (${entry})` };
      continue;
    }
    const [org, team] = name.split('/');
    try {
      const { data } = await r.client.rest.teams.getMembershipForUserInOrg({ org: org!, team_slug: team!, username: login });
      if (data.state === 'active') return { ok: true, why: `listed in approvers (${entry})` };
    } catch (err) {
      // 404: not a member. Anything else: unknown, so it does not count (a token without members: read says 403).
      if (httpStatus(err) !== 404) return { ok: false, why: `membership of ${entry} could not be checked (${describeGitHubError(err)})` };
    }
  }
  try {
    const { data } = await r.client.rest.repos.getCollaboratorPermissionLevel({ ...r.repo, username: login });
    const role = (data as { role_name?: string }).role_name ?? data.permission;
    if (data.permission === 'admin' || data.permission === 'write') return { ok: true, why: `${role} access` };
    return { ok: false, why: role === 'none' ? 'no access to the repository' : `${role} access only, not write` };
  } catch (err) {
    if (httpStatus(err) === 404) return { ok: false, why: 'not a collaborator of the repository' };
    return { ok: false, why: `their access could not be checked (${describeGitHubError(err)})` };
  }
}
