/**
 * Which approvals count, and for which commit. An approval is a person's decision about one state
 * of the pull request, so it is bound to the head commit it was given on: a review to its
 * `commit_id`, a label to the head that was current when it was added (the latest push before it,
 * from the head branch's activity). Only people with write access or more, or listed in the base
 * settings' `approvers:`, can approve; everything else is listed as ignored, with the reason. Pure:
 * the GitHub edge (src/github/approvals.ts) gathers the evidence.
 */

export interface Approval {
  /** Login of the person who approved. */
  by: string;
  via: 'label' | 'review';
  /** The head commit the approval was given on. */
  commit: string;
  /** When (ISO time). */
  at: string;
  /** Why this person may approve: "write access", "listed in approvers (@acme/storage)". */
  authority: string;
  /** Given on an older commit and kept: the head deletes and costs no more than that commit did. */
  carried?: boolean;
}

export interface IgnoredApproval {
  by: string;
  via: 'label' | 'review';
  at: string;
  reason: string;
}

export interface LabelEvent {
  event: 'labeled' | 'unlabeled';
  actor: string;
  label: string;
  at: string;
}

export interface Review {
  user: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED (as GitHub spells them). */
  state: string;
  commit: string;
  at: string;
}

export interface Push {
  /** The branch's commit after the push. */
  after: string;
  at: string;
}

export interface Authority {
  ok: boolean;
  /** "write access", "listed in approvers (alice)", or why not: "read access only". */
  why: string;
}

export interface ApprovalEvidence {
  /** The label that approves (gates.deletion-approval-label of the base settings). */
  label: string;
  /** Labels on the pull request now. */
  currentLabels: readonly string[];
  labelEvents: readonly LabelEvent[];
  reviews: readonly Review[];
  /** Pushes to the head branch; undefined when they could not be read (labels then approve nothing). */
  pushes?: readonly Push[];
  /** By login, lower case. */
  authority: ReadonlyMap<string, Authority>;
}

export interface Approvals {
  approvals: Approval[];
  ignored: IgnoredApproval[];
}

export function approvalsOf(e: ApprovalEvidence): Approvals {
  const out: Approvals = { approvals: [], ignored: [] };
  labelApproval(e, out);
  reviewApprovals(e, out);
  out.approvals.sort((a, b) => byTime(a.at, b.at));
  return out;
}

/** The approvals given on `commit`. */
export function approvalsAt(all: readonly Approval[], commit: string): Approval[] {
  return all.filter((a) => a.commit === commit);
}

/** Logins whose authority the evidence needs (label actors and reviewers who approved). */
export function actorsOf(e: Pick<ApprovalEvidence, 'label' | 'labelEvents' | 'reviews'>): string[] {
  const names = [
    ...e.labelEvents.filter((l) => l.event === 'labeled' && l.label === e.label).map((l) => l.actor),
    ...e.reviews.filter((r) => r.state === 'APPROVED').map((r) => r.user),
  ];
  return [...new Set(names.map((n) => n.toLowerCase()))];
}

function labelApproval(e: ApprovalEvidence, out: Approvals): void {
  let held: Approval | undefined;
  const events = e.labelEvents.filter((l) => l.label === e.label).sort((a, b) => byTime(a.at, b.at));
  for (const ev of events) {
    if (ev.event === 'unlabeled') {
      held = undefined;
      continue;
    }
    const authority = authorityOf(e, ev.actor);
    if (!authority.ok) {
      out.ignored.push({ by: ev.actor, via: 'label', at: ev.at, reason: authority.why });
      continue;
    }
    const commit = commitAt(e.pushes, ev.at);
    if (!commit.sha) {
      out.ignored.push({ by: ev.actor, via: 'label', at: ev.at, reason: commit.why });
      continue;
    }
    held = { by: ev.actor, via: 'label', commit: commit.sha, at: ev.at, authority: authority.why };
  }
  // A label removed since (or never on the pull request now) approves nothing.
  if (held && e.currentLabels.includes(e.label)) out.approvals.push(held);
}

function reviewApprovals(e: ApprovalEvidence, out: Approvals): void {
  const latest = new Map<string, Review>();
  for (const r of [...e.reviews].sort((a, b) => byTime(a.at, b.at))) {
    // A comment-only review changes nothing; a later approval, change request or dismissal does.
    if (r.state === 'COMMENTED' || r.state === 'PENDING') continue;
    latest.set(r.user.toLowerCase(), r);
  }
  for (const r of latest.values()) {
    if (r.state !== 'APPROVED') continue;
    const authority = authorityOf(e, r.user);
    if (!authority.ok) out.ignored.push({ by: r.user, via: 'review', at: r.at, reason: authority.why });
    else out.approvals.push({ by: r.user, via: 'review', commit: r.commit, at: r.at, authority: authority.why });
  }
}

function authorityOf(e: ApprovalEvidence, login: string): Authority {
  return e.authority.get(login.toLowerCase()) ?? { ok: false, why: 'their access could not be checked' };
}

/**
 * The head commit when something happened at `at`: the latest push strictly before it. A push in
 * the same second counts as after (the stricter side).
 */
function commitAt(pushes: readonly Push[] | undefined, at: string): { sha?: string; why: string } {
  if (!pushes) return { why: "the head branch's pushes could not be read, so it is not known which commit the label was added to" };
  let found: Push | undefined;
  for (const p of pushes) if (Date.parse(p.at) < Date.parse(at) && (!found || Date.parse(p.at) >= Date.parse(found.at))) found = p;
  return found ? { sha: found.after, why: '' } : { why: 'added before the first recorded push of the head branch' };
}

function byTime(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}
