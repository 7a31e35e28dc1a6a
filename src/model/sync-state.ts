/**
 * Where a bucket stands against the default branch, as data and in words (pure; the search is in
 * history/sync.ts): in sync, lagging (an earlier commit's rules), drifted (rules no commit had), or unknown.
 */
/** A commit as the history search names it. */
export interface CommitInfo {
  sha: string;
  /** Committer date, ISO 8601. */
  date: string;
  /** The first line of the message. */
  subject: string;
}

export type SyncState =
  | { state: 'in-sync' }
  /** `since`: the newest commit whose rules the bucket holds; `desiredSince`: the commit that introduced the rules being applied. */
  | { state: 'lagging'; since: CommitInfo; desiredSince?: CommitInfo; searched: number }
  | { state: 'drifted'; searched: number; complete: boolean; desiredSince?: CommitInfo }
  | { state: 'unknown'; reason: string };

/** One phrase for a state, for logs, summaries and comments: "lagging: holds the rules of a1b2c3d (…)". */
export function describeSync(s: SyncState): string {
  switch (s.state) {
    case 'in-sync':
      return 'in sync with the branch';
    case 'lagging':
      return `lagging: the bucket holds the rules of ${commitWords(s.since)}`;
    case 'drifted':
      return `drifted: the bucket's rules match none of the ${s.searched} version${s.searched === 1 ? '' : 's'} of the target's rules in the branch's ${s.complete ? 'whole history' : `last ${s.searched} changes`}, so something changed them outside git`;
    case 'unknown':
      return `not known whether lagging or drifted: ${s.reason}`;
  }
}

export function commitWords(c: CommitInfo): string {
  return `${c.sha.slice(0, 7)} (${c.date.slice(0, 10)}, "${c.subject.length > 60 ? `${c.subject.slice(0, 59)}…` : c.subject}")`;
}

/** One target's place against the branch (plan --drift, the drift outputs). */
export interface TargetDrift {
  target: string;
  bucket: string;
  sync: SyncState;
}

export interface DriftReport {
  /** The commit the targets' rules were read at. */
  head: string;
  targets: TargetDrift[];
  drifted: string[];
  lagging: string[];
  /** Not in sync, but whether lagging or drifted is not known (no or shallow history). */
  unknown: string[];
}
