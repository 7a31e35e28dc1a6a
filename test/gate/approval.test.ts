/** Which approvals count and for which commit: label events tied to the push before them, reviews to their commit. */
import { describe, expect, it } from 'vitest';
import { approvalsAt, approvalsOf, type ApprovalEvidence, type Authority } from '../../src/gate/approval.js';

const A = 'a'.repeat(40);
const C = 'c'.repeat(40);
const LABEL = 'lifeguard/approve-deletion';
const t = (m: number) => new Date(Date.parse('2026-11-20T10:00:00Z') + m * 60_000).toISOString();
const write: Authority = { ok: true, why: 'write access' };
const read: Authority = { ok: false, why: 'read access only, not write' };

function evidence(e: Partial<ApprovalEvidence>): ApprovalEvidence {
  return {
    label: LABEL,
    currentLabels: [LABEL],
    labelEvents: [],
    reviews: [],
    pushes: [
      { after: A, at: t(0) },
      { after: C, at: t(30) },
    ],
    authority: new Map([
      ['alice', write],
      ['mallory', read],
    ]),
    ...e,
  };
}

describe('label approvals', () => {
  it('bind a label to the head that was current when it was added', () => {
    const before = approvalsOf(evidence({ labelEvents: [{ event: 'labeled', actor: 'alice', label: LABEL, at: t(10) }] }));
    expect(before.approvals).toEqual([{ by: 'alice', via: 'label', commit: A, at: t(10), authority: 'write access' }]);
    expect(approvalsAt(before.approvals, C)).toEqual([]);
    const after = approvalsOf(evidence({ labelEvents: [{ event: 'labeled', actor: 'alice', label: LABEL, at: t(31) }] }));
    expect(approvalsAt(after.approvals, C)).toHaveLength(1);
  });

  it('count a push in the same second as after the label (the stricter side)', () => {
    expect(
      approvalsOf(evidence({ labelEvents: [{ event: 'labeled', actor: 'alice', label: LABEL, at: t(30) }] })).approvals[0]!.commit,
    ).toBe(A);
  });

  it('ignore people without write access, and approve nothing when the pushes are unknown', () => {
    const m = approvalsOf(evidence({ labelEvents: [{ event: 'labeled', actor: 'mallory', label: LABEL, at: t(40) }] }));
    expect(m).toEqual({ approvals: [], ignored: [{ by: 'mallory', via: 'label', at: t(40), reason: 'read access only, not write' }] });
    const unknown = approvalsOf(
      evidence({ pushes: undefined, labelEvents: [{ event: 'labeled', actor: 'alice', label: LABEL, at: t(40) }] }),
    );
    expect(unknown.approvals).toEqual([]);
    expect(unknown.ignored[0]!.reason).toContain('pushes could not be read');
  });

  it('forget a label removed since, or re-added by someone who may not approve', () => {
    const removed = [
      { event: 'labeled' as const, actor: 'alice', label: LABEL, at: t(40) },
      { event: 'unlabeled' as const, actor: 'bob', label: LABEL, at: t(41) },
      { event: 'labeled' as const, actor: 'mallory', label: LABEL, at: t(42) },
    ];
    expect(approvalsOf(evidence({ labelEvents: removed })).approvals).toEqual([]);
    expect(approvalsOf(evidence({ currentLabels: [], labelEvents: removed.slice(0, 1) })).approvals).toEqual([]);
    // Another label approves nothing.
    expect(approvalsOf(evidence({ labelEvents: [{ event: 'labeled', actor: 'alice', label: 'lgtm', at: t(40) }] })).approvals).toEqual([]);
  });
});

describe('review approvals', () => {
  it('count the latest decisive review of each person, for the commit it was given on', () => {
    const reviews = [
      { user: 'alice', state: 'APPROVED', commit: A, at: t(5) },
      { user: 'alice', state: 'COMMENTED', commit: C, at: t(35) },
      { user: 'mallory', state: 'APPROVED', commit: C, at: t(36) },
    ];
    const r = approvalsOf(evidence({ reviews }));
    expect(r.approvals.map((a) => [a.by, a.commit])).toEqual([['alice', A]]);
    expect(r.ignored.map((i) => i.by)).toEqual(['mallory']);
    const dismissed = approvalsOf(evidence({ reviews: [...reviews, { user: 'alice', state: 'DISMISSED', commit: A, at: t(50) }] }));
    expect(dismissed.approvals).toEqual([]);
    const changes = approvalsOf(
      evidence({
        reviews: [
          { user: 'alice', state: 'APPROVED', commit: C, at: t(40) },
          { user: 'alice', state: 'CHANGES_REQUESTED', commit: C, at: t(41) },
        ],
      }),
    );
    expect(changes.approvals).toEqual([]);
  });
});
