/**
 * What the pull-request comment and the job summary show: per target, the rule changes, the cost
 * projection, the data the change would delete, the findings, and the gate verdicts. Built by the
 * action's pipeline from plan, cost and gate results; rendered by pure formatters.
 */
import type { ConfigurationDiff } from '../diff/diff.js';
import type { Approval, IgnoredApproval } from '../gate/approval.js';
import type { GateResult, Verdict } from '../gate/verdict.js';
import type { Diagnostic } from '../findings/types.js';
import type { DeletionSummary } from '../model/deletion.js';

export interface CostSummary {
  months: number;
  /** Monthly totals in USD, month 1 and month N, current and proposed rules. */
  first: { currentUsd: number; proposedUsd: number };
  last: { currentUsd: number; proposedUsd: number };
  /** Sum over the horizon: current − proposed. */
  savingsUsd: number;
  prices: { source: string; date: string };
  /** Fallbacks and other notices about the prices used. */
  notices: string[];
  /** Every month's totals, for the chart. */
  monthly?: Array<{ currentUsd: number; proposedUsd: number }>;
  /** What the figures assume (e.g. Intelligent-Tiering access), shown with them. */
  assumptions?: string[];
}

export type { DeletionSummary } from '../model/deletion.js';

export interface TargetSection {
  name: string;
  bucket: string;
  /** File (or policy stage) the proposed rules come from. */
  source: string;
  /** undefined when the live bucket was not read (see liveSkipped). */
  diff?: ConfigurationDiff;
  liveSkipped?: string;
  cost?: CostSummary;
  deleted?: DeletionSummary;
  /** What could not be judged (e.g. tag-filtered rules against an inventory without tags). */
  unknowns: string[];
  diagnostics: Diagnostic[];
  /** Set when the target could not be checked at all. */
  failure?: string;
}

export interface PullRequestReport {
  verdict: Verdict;
  /** Who approved what, at which commit, and approvals that did not count (with why). */
  approvals?: ApprovalSummary;
  /** Where the settings the run was judged by came from (the base commit's .lifeguard.yml, or the defaults). */
  settingsSource?: string;
  targets: TargetSection[];
  /** Findings in changed files that belong to no target. */
  otherDiagnostics: Diagnostic[];
  /** Notices for the whole run (e.g. "no AWS credentials: live state skipped"). */
  notices: string[];
  /** Links shown at the bottom (job summary, SARIF). */
  runUrl?: string;
}

export interface ApprovalSummary {
  /** The head commit the verdict is for. */
  head: string;
  /** Approvals that count for it (given on it, or kept from an older commit). */
  counted: Approval[];
  /** Approvals on older commits that do not carry over, with why. */
  stale: Array<Approval & { why: string }>;
  ignored: IgnoredApproval[];
  /** Evidence that could not be read (e.g. the head branch's pushes). */
  notes: string[];
}

export type { GateResult };
